#include "storage/backup.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wzsw {

Status Backup::verify(const QString &path)
{
    // A copy made before a schema update holds the older version: it is verified as it is
    // (restoring it brings it up to date).
    Result<std::unique_ptr<Database>> copy =
        Database::open(path, Database::Mode::ReadOnly, Database::SchemaUpdate::ByCaller);
    if (!copy)
        return copy.error();
    const Result<QVariant> answer = scalar(**copy, u"PRAGMA integrity_check"_s);
    if (!answer)
        return answer.error();
    if (answer->toString() != u"ok"_s)
        return Error::make(
            Error::Kind::Storage,
            tr("The copy %1 failed the integrity check: %2").arg(path, answer->toString()));
    return {};
}

Status Backup::copyTo(const Database &db, const QString &target)
{
    // The server's backups are the administrator's (pg_dump, base backups), not the program's.
    if (Status file = db.requireFile(tr("A backup copy")); !file)
        return file;
    const QFileInfo targetInfo(target);
    if (!targetInfo.dir().exists())
        return Error::make(Error::Kind::Io, tr("The folder of %1 does not exist.").arg(target));
    // A name in the target's own folder, so the final rename never crosses file systems.
    const QString temporary =
        targetInfo.dir().filePath(u"."_s + targetInfo.fileName() + u".part-"_s +
                                  QString::number(QCoreApplication::applicationPid()));
    QFile::remove(temporary);

    QSqlQuery vacuum(db.connection());
    if (!vacuum.prepare(u"VACUUM INTO ?"_s)) {
        return storageError(vacuum);
    }
    vacuum.bindValue(0, temporary);
    if (!vacuum.exec()) {
        const Error error = storageError(vacuum);
        QFile::remove(temporary);
        return error;
    }
    vacuum.finish();

    if (Status verified = verify(temporary); !verified) {
        QFile::remove(temporary);
        return verified;
    }
    QFile::remove(target);
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return Error::make(Error::Kind::Io, tr("The copy could not be saved as %1.").arg(target));
    }
    return {};
}

} // namespace wzsw
