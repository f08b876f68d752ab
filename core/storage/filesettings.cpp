#include "storage/filesettings.h"

#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Result<QString> FileSettings::value(const QString &key, const QString &fallback) const
{
    QSqlQuery query = prepare(m_db, u"SELECT value FROM file_settings WHERE key = ?"_s);
    query.bindValue(0, key);
    if (Status status = exec(query); !status)
        return status.error();
    return query.next() ? query.value(0).toString() : fallback;
}

Status FileSettings::setValue(const QString &key, const QString &value)
{
    // DELETE + INSERT rather than an upsert: portable to every SQL back end.
    QSqlQuery remove = prepare(m_db, u"DELETE FROM file_settings WHERE key = ?"_s);
    remove.bindValue(0, key);
    if (Status status = exec(remove); !status)
        return status;
    QSqlQuery insert = prepare(m_db, u"INSERT INTO file_settings (key, value) VALUES (?, ?)"_s);
    insert.bindValue(0, key);
    insert.bindValue(1, value);
    return exec(insert);
}

} // namespace wzsw
