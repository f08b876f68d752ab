#include "storage/transaction.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/writegate.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wzsw {

WriteTransaction::WriteTransaction(Database &db) : m_db(db)
{
    if (db.isReadOnly()) {
        m_status = Error::make(Error::Kind::Storage,
                               tr("The data file is open read-only: nothing can be changed."));
        return;
    }
    // Writes wait while the file check on opening runs (and stay refused when it failed).
    m_status = WriteGate::pass(db);
    if (!m_status)
        return;
    m_status = execSql(db, db.dialect().beginWrite());
    m_open = m_status.ok();
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_status.ok() ? Status(Error::make(Error::Kind::Storage,
                                                  tr("The transaction was already ended.")))
                             : m_status;
    QSqlQuery query(m_db.connection());
    if (query.exec(u"COMMIT"_s)) {
        m_open = false;
        return {};
    }
    if (lostConnection(query)) {
        // The COMMIT may have reached the server before the connection broke: unlike a loss
        // earlier in the transaction, nobody can say here whether it was stored.
        m_open = false;
        return Error::make(Error::Kind::Storage,
                           tr("The connection to the regional server was lost while the change "
                              "was being saved; it is not certain whether it was stored. Open "
                              "the data again and look before entering it anew."));
    }
    const Status status = storageError(query);
    rollback();
    return status;
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    (void)execSql(m_db, u"ROLLBACK"_s);
}

Status probeWrite(Database &db)
{
    WriteTransaction tx(db);
    if (!tx.ok())
        return tx.error();
    // Rewriting the schema version with its own value changes page 1 in the cache only; the
    // rollback below never lets it reach the file.
    const Result<QVariant> version = scalar(db, db.dialect().schemaVersion());
    if (!version)
        return version.error();
    return execSql(db, db.dialect().setSchemaVersion(version->toInt()));
}

ReadTransaction::ReadTransaction(const Database &db) : m_db(db)
{
    // A deferred BEGIN takes no lock until the first read, and works on read-only files too.
    m_status = execSql(db, u"BEGIN"_s);
}

ReadTransaction::~ReadTransaction()
{
    if (m_status.ok())
        (void)execSql(m_db, u"ROLLBACK"_s);
}

} // namespace wzsw
