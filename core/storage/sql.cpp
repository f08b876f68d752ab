#include "storage/sql.h"

#include "common/values.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

class StorageMessages
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::Storage)
public:
    static Error fromSqlite(int primaryCode, const QString &detail)
    {
        switch (primaryCode) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Error::make(Error::Kind::Conflict,
                               tr("The data file is in use by another program. Try again in a "
                                  "moment."));
        case 8: // SQLITE_READONLY
            return Error::make(Error::Kind::Storage,
                               tr("The data file is read-only: nothing was changed."));
        case 10: // SQLITE_IOERR
            return Error::make(Error::Kind::Storage,
                               tr("The data file could not be read or written (%1).").arg(detail));
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return Error::make(Error::Kind::Storage,
                               tr("The data file is damaged (%1).").arg(detail));
        case 13: // SQLITE_FULL
            return Error::make(Error::Kind::Storage,
                               tr("The disk is full: nothing was changed. Free some space and "
                                  "try again."));
        case 19: // SQLITE_CONSTRAINT
            return Error::make(Error::Kind::Invalid,
                               tr("The change breaks a rule of the data file (%1).").arg(detail));
        default:
            return Error::make(Error::Kind::Storage,
                               tr("The data file reported an error: %1").arg(detail));
        }
    }
};

} // namespace

Error storageError(const QSqlError &error)
{
    bool isNumber = false;
    const int native = error.nativeErrorCode().toInt(&isNumber);
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    return StorageMessages::fromSqlite(isNumber ? (native & 0xff) : -1, detail);
}

QSqlQuery prepare(const Database &db, const QString &sql, bool *ok)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    const bool prepared = query.prepare(sql);
    if (ok)
        *ok = prepared;
    return query;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
}

Status exec(QSqlQuery &query)
{
    if (!query.exec())
        return storageError(query.lastError());
    return {};
}

Status execSql(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return storageError(query.lastError());
    return {};
}

Result<QVariant> scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return storageError(query.lastError());
    if (!query.next())
        return QVariant();
    return query.value(0);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType::fromType<QString>());
}

QVariant idOrNull(Id id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(id));
}

QString textOf(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

Id idOf(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

} // namespace wzsw
