#include "storage/changemark.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wzsw {

Result<ChangeMark> ChangeMark::of(const Database &db)
{
    // Used by the automatic backups of a local file only.
    if (Status file =
            db.requireFile(QCoreApplication::translate("wzsw::Database", "The automatic backup"));
        !file)
        return file.error();
    const Result<QVariant> dataVersion = scalar(db, u"PRAGMA data_version"_s);
    if (!dataVersion)
        return dataVersion.error();
    const Result<QVariant> ownChanges = scalar(db, u"SELECT total_changes()"_s);
    if (!ownChanges)
        return ownChanges.error();
    return ChangeMark{dataVersion->toLongLong(), ownChanges->toLongLong()};
}

} // namespace wzsw
