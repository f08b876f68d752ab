#pragma once

#include <QString>

namespace wzsw {

/// What differs between the SQL of SQLite and PostgreSQL, kept in one place so the rest of
/// storage writes one portable SQL. Only the local SQLite file exists today; the regional
/// PostgreSQL set-up (planned) adds its answers here.
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
    /// Lists the indexes of one table (`?`) that can be dropped and made again: name and the
    /// statement that creates it. Indexes behind a primary key or UNIQUE constraint are left out.
    QString droppableIndexes() const;

private:
    Backend m_backend;
};

} // namespace wzsw
