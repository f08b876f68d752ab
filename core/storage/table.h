#pragma once

#include "storage/database.h"
#include "storage/mapping.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <optional>

namespace wzsw {

class TableMessages
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::Table)
public:
    static Error notFound(const QString &table, Id id)
    {
        return Error::make(Error::Kind::NotFound,
                           tr("Record %1 of %2 does not exist (any more).").arg(id).arg(table));
    }
    static Error changedMeanwhile()
    {
        return Error::make(Error::Kind::Conflict,
                           tr("This record was changed or removed by someone else meanwhile. "
                              "Reopen it to see the current version."));
    }
};

/// The plain reads and writes of one entity table, driven by its Mapping. Repositories build
/// on it and add the queries their aggregate needs.
///
/// Updates are optimistic: they name the version they started from and fail with a Conflict
/// when someone else changed the row meanwhile.
template <typename T> class Table
{
    using M = Mapping<T>;

public:
    explicit Table(Database &db) : m_db(db) {}

    static QString selectSql()
    {
        return QStringLiteral("SELECT id, version, ") + M::columns().join(QStringLiteral(", ")) +
               QStringLiteral(" FROM ") + M::table();
    }

    /// Names of the columns whose values differ between two versions of a record (for the
    /// audit log, which records what changed but never the values).
    static QStringList changedColumns(const T &before, const T &after)
    {
        const QVariantList old = M::values(before);
        const QVariantList now = M::values(after);
        QStringList changed;
        for (qsizetype i = 0; i < old.size(); ++i)
            if (old.at(i) != now.at(i))
                changed.append(M::columns().at(i));
        return changed;
    }

    /// Stores a new record and its child rows; sets `value.id` and `value.version`.
    Status insert(T &value)
    {
        static const QString sql = insertSql<T>();
        QSqlQuery query = prepare(m_db, sql);
        bindAll(query, M::values(value));
        if (Status status = exec(query); !status)
            return status;
        value.id = query.lastInsertId().toLongLong();
        value.version = 1;
        return M::writeChildren(m_db, value);
    }

    /// Stores a removed record again under its old `value.id` (undo of a delete, redo of a
    /// create), so whatever refers to it by id still finds it; sets `value.version` to 1.
    Status insertKeepingId(T &value)
    {
        static const QString sql =
            QStringLiteral("INSERT INTO ") + M::table() + QStringLiteral(" (id, ") +
            M::columns().join(QStringLiteral(", ")) + QStringLiteral(") VALUES (?") +
            QStringLiteral(", ?").repeated(M::columns().size()) + QStringLiteral(")");
        QSqlQuery query = prepare(m_db, sql);
        bindAll(query, QVariantList{qlonglong(value.id)} + M::values(value));
        if (Status status = exec(query); !status)
            return status;
        value.version = 1;
        return M::writeChildren(m_db, value);
    }

    /// Stores changes to an existing record, if nobody changed it since it was read.
    Status update(T &value)
    {
        static const QString sql = []() -> QString {
            QStringList sets;
            for (const QString &column : M::columns())
                sets.append(column + QStringLiteral(" = ?"));
            return QStringLiteral("UPDATE ") + M::table() +
                   QStringLiteral(" SET version = version + 1, ") +
                   sets.join(QStringLiteral(", ")) +
                   QStringLiteral(" WHERE id = ? AND version = ?");
        }();
        QSqlQuery query = prepare(m_db, sql);
        bindAll(query, M::values(value) + QVariantList{qlonglong(value.id), value.version});
        if (Status status = exec(query); !status)
            return status;
        if (query.numRowsAffected() != 1)
            return TableMessages::changedMeanwhile();
        ++value.version;
        return M::writeChildren(m_db, value);
    }

    Status remove(Id id)
    {
        QSqlQuery query = prepare(m_db, QStringLiteral("DELETE FROM ") + M::table() +
                                            QStringLiteral(" WHERE id = ?"));
        query.bindValue(0, qlonglong(id));
        if (Status status = exec(query); !status)
            return status;
        if (query.numRowsAffected() != 1)
            return TableMessages::notFound(M::table(), id);
        return {};
    }

    Result<T> find(Id id) const
    {
        Result<std::optional<T>> found = findWhere(QStringLiteral("id = ?"), {qlonglong(id)});
        if (!found)
            return found.error();
        if (!found->has_value())
            return TableMessages::notFound(M::table(), id);
        return std::move(**found);
    }

    /// The record with this id, or nothing when there is none (id 0 included).
    Result<std::optional<T>> findIfExists(Id id) const
    {
        if (id == 0)
            return std::optional<T>();
        return findWhere(QStringLiteral("id = ?"), {qlonglong(id)});
    }

    /// The first record matching `where` (with `?` placeholders), or nothing.
    Result<std::optional<T>> findWhere(const QString &where, const QVariantList &params) const
    {
        std::optional<T> result;
        Status status = forEach(where, params, QString(), [&result](T &value) {
            result = std::move(value);
            return false;
        });
        if (!status)
            return status.error();
        return result;
    }

    Result<QList<T>> list(const QString &where = {}, const QVariantList &params = {},
                          const QString &orderBy = QStringLiteral("id")) const
    {
        QList<T> rows;
        Status status = forEach(where, params, orderBy, [&rows](T &value) {
            rows.append(std::move(value));
            return true;
        });
        if (!status)
            return status.error();
        return rows;
    }

    /// Streams matching records, child rows included, until `visit` returns false.
    Status forEach(const QString &where, const QVariantList &params, const QString &orderBy,
                   const std::function<bool(T &)> &visit) const
    {
        QString sql = selectSql();
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        if (!orderBy.isEmpty())
            sql += QStringLiteral(" ORDER BY ") + orderBy;
        QSqlQuery query = prepare(m_db, sql);
        bindAll(query, params);
        if (Status status = exec(query); !status)
            return status;
        while (query.next()) {
            T value;
            value.id = query.value(0).toLongLong();
            value.version = query.value(1).toInt();
            M::read(query, 2, value);
            if (Status status = M::readChildren(m_db, value); !status)
                return status;
            if (!visit(value))
                break;
        }
        return {};
    }

    /// Whether a record with this id exists (false for id 0).
    Result<bool> exists(Id id) const
    {
        if (id == 0)
            return false;
        const Result<qint64> found = count(QStringLiteral("id = ?"), {qlonglong(id)});
        if (!found)
            return found.error();
        return *found > 0;
    }

    Result<qint64> count(const QString &where = {}, const QVariantList &params = {}) const
    {
        QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + M::table();
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        QSqlQuery query = prepare(m_db, sql);
        bindAll(query, params);
        if (Status status = exec(query); !status)
            return status.error();
        query.next();
        return query.value(0).toLongLong();
    }

private:
    Database &m_db;
};

} // namespace wzsw
