#pragma once

#include <QString>
#include <QStringList>

namespace wzsw {

/// What differs between the SQL of SQLite (the local data file) and PostgreSQL (the regional
/// server), kept in one place so the rest of storage writes one portable SQL.
class SqlDialect
{
public:
    enum class Backend
    {
        Sqlite,
        Postgres
    };

    explicit SqlDialect(Backend backend) : m_backend(backend) {}
    Backend backend() const { return m_backend; }

    /// Column type of an auto-numbered primary key.
    QString idColumn() const;
    /// Starts a transaction that takes the write lock at once, so two writers never both
    /// read, then collide on their first write.
    QString beginWrite() const;
    /// Expands the schema placeholders `%ID%` and `%REAL%` in DDL.
    QString ddl(QString statement) const;
    /// Case-insensitive LIKE operator.
    QString caseInsensitiveLike() const;
    /// The values of `expression` over a group joined by `|`, in no particular order.
    QString joinedList(const QString &expression) const;
    /// `expression` in a form the planner cannot answer from an index, for a condition that
    /// a full pass answers faster than an index lookup per row (SQLite's unary `+`).
    QString withoutIndex(const QString &expression) const;
    /// The smaller of two values in one row (SQLite's two-argument MIN, PostgreSQL's LEAST).
    QString smallerOf(const QString &a, const QString &b) const;
    /// Rows whose integer column `column` holds something else (SQLite stores any type in any
    /// column); PostgreSQL's column types allow none, so the condition there is false.
    QString notStoredAsInteger(const QString &column) const;
    /// Lists the indexes of one table (`?`) that can be dropped and made again: name and the
    /// statement that creates it. Indexes behind a primary key or UNIQUE constraint are left out.
    QString droppableIndexes() const;

    /// Reads the schema version: SQLite keeps it in the file header (`PRAGMA user_version`),
    /// PostgreSQL in the one-row table `wzsw_schema`.
    QString schemaVersion() const;
    /// Stores schema version `version`.
    QString setSchemaVersion(int version) const;
    /// Reads the mark that says the data is ours (Database::applicationId).
    QString applicationId() const;
    /// The statements that make a new, empty store recognisable as ours, at version 0.
    QStringList markAsOurs(qint32 applicationId) const;
    /// Whether the data already holds a wzsw schema (one row: true or false). PostgreSQL only:
    /// a new SQLite file is new by its path.
    QString holdsSchema() const;
    /// Whether the connection may pass by row-level security: a superuser or a member of the
    /// tables' owner (one row: true or false). Always false on SQLite, which has no roles.
    QString connectsAsOwner() const;
    /// The last hash of the audit log (one row, NULL when empty). On PostgreSQL it is read
    /// through a function that sees the whole chain, which a leader's own view does not, and
    /// locks the log until the transaction ends, so concurrent writers chain one after another.
    QString previousAuditHash() const;
    /// The highest number in the codes of `table` (clients or providers) that match the LIKE
    /// pattern `?`. On PostgreSQL counted over the whole region, also the rows the connected
    /// role cannot see, since codes are unique in the region.
    QString highestCodeNumber(const QString &table) const;
    /// Whether results are read forward only, row by row. Qt's PostgreSQL driver streams such a
    /// result and drops its unread rows as soon as another statement runs on the connection;
    /// storage often reads while it asks more, so on PostgreSQL results are fetched whole.
    bool forwardOnlyResults() const { return m_backend == Backend::Sqlite; }

private:
    Backend m_backend;
};

} // namespace wzsw
