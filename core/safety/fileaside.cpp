#include "safety/fileaside.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

class AsideMessages
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::FileAside)

public:
    static Error cannotMove(const QString &from, const QString &to)
    {
        return Error::make(Error::Kind::Io, tr("%1 could not be renamed to %2.").arg(from, to));
    }
};

} // namespace

QString journalPathOf(const QString &dataFile)
{
    return dataFile + u"-journal"_s;
}

Result<QString> moveAside(const QString &dataFile, const QString &label)
{
    const QFileInfo info(dataFile);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString base = info.completeBaseName() + u'.' + label + u'-' + stamp;
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    QString target = info.dir().filePath(base + suffix);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = info.dir().filePath(base + u'-' + QString::number(n) + suffix);
    if (!QFile::rename(dataFile, target))
        return AsideMessages::cannotMove(dataFile, target);
    const QString journal = journalPathOf(dataFile);
    if (QFileInfo::exists(journal) && !QFile::rename(journal, journalPathOf(target))) {
        // Without its journal the moved file may be inconsistent, and the journal would be
        // played into the next file of this name: put the file back and say so.
        QFile::rename(target, dataFile);
        return AsideMessages::cannotMove(journal, journalPathOf(target));
    }
    return target;
}

} // namespace wzsw
