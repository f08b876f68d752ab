#include "shell/demofile.h"

#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace wzsw {

QString DemoFile::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"demo.wzsw"_s);
}

Status DemoFile::create(const QString &path, const std::function<bool(int)> &progress)
{
    if (QFileInfo::exists(path))
        return Error::make(Error::Kind::Io, tr("%1 already exists.").arg(path));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(Error::Kind::Io, tr("The folder of %1 could not be made.").arg(path));
    const QString partial = path + u".part"_s;
    QFile::remove(partial);
    Status status;
    {
        Result<std::unique_ptr<Database>> db = Database::create(partial);
        if (!db)
            return db.error();
        DemoOptions options;
        options.clients = clientCount;
        const Result<DemoSummary> made = generateDemo(**db, options, progress);
        if (!made)
            status = made.error();
    } // closed before it is renamed
    if (status && !QFile::rename(partial, path))
        status = Error::make(Error::Kind::Io, tr("%1 could not be written.").arg(path));
    if (!status)
        QFile::remove(partial);
    return status;
}

} // namespace wzsw
