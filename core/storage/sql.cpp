#include "storage/sql.h"

#include "common/values.h"
#include "storage/database.h"
#include "storage/rowsecurity.h"

#include <QCoreApplication>
#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// SQLSTATE class 08 (connection exception) or 57 (the server ended the session: shut down,
// pg_terminate_backend); libpq gives no state at all when the socket closed under it.
bool isLostConnection(const QString &state)
{
    return state.startsWith(u"08"_s) || state.startsWith(u"57"_s) || state.isEmpty();
}

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

    // PostgreSQL names its errors by SQLSTATE: two characters of class, three of detail.
    static Error fromPostgres(const QString &state, const QString &detail)
    {
        const QString errorClass = state.left(2);
        if (std::optional<Error> refused = RowSecurity::refusedWrite(state, detail))
            return *refused;
        if (std::optional<Error> duplicate = RowSecurity::hiddenDuplicate(state, detail))
            return *duplicate;
        if (state == u"40001"_s || state == u"40P01"_s || state == u"55P03"_s)
            return Error::make(Error::Kind::Conflict,
                               tr("The data is in use by another program. Try again in a "
                                  "moment."));
        if (state == u"25006"_s)
            return Error::make(Error::Kind::Storage,
                               tr("The data file is read-only: nothing was changed."));
        if (state == u"53100"_s)
            return Error::make(Error::Kind::Storage,
                               tr("The disk is full: nothing was changed. Free some space and "
                                  "try again."));
        if (errorClass == u"23"_s)
            return Error::make(Error::Kind::Invalid,
                               tr("The change breaks a rule of the data file (%1).").arg(detail));
        if (state == u"42501"_s || errorClass == u"28"_s)
            return Error::make(
                Error::Kind::Storage,
                tr("The regional server does not allow this for your role (%1).").arg(detail));
        if (isLostConnection(state))
            return Error::make(Error::Kind::Storage,
                               tr("The connection to the regional server was lost: nothing was "
                                  "stored of the last change (%1).")
                                   .arg(detail));
        return Error::make(Error::Kind::Storage,
                           tr("The data file reported an error: %1").arg(detail));
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

Error storageError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        QString detail = error.databaseText();
        if (detail.isEmpty())
            detail = error.text();
        // simplified(): libpq words a closed connection over several indented lines.
        return StorageMessages::fromPostgres(error.nativeErrorCode(), detail.simplified());
    }
    return storageError(error);
}

bool lostConnection(const QSqlQuery &query)
{
    return query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL &&
           query.lastError().type() != QSqlError::NoError &&
           isLostConnection(query.lastError().nativeErrorCode());
}

QSqlQuery prepare(const Database &db, const QString &sql, bool *ok)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(db.dialect().forwardOnlyResults());
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
        return storageError(query);
    return {};
}

Status execSql(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return storageError(query);
    return {};
}

Result<QVariant> scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(db.dialect().forwardOnlyResults());
    if (!query.exec(sql))
        return storageError(query);
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
