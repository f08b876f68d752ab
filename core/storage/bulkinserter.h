#pragma once

#include "storage/database.h"
#include "storage/mapping.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <algorithm>
#include <utility>
#include <vector>

namespace wzsw {

/// Inserts many new records of one entity quickly: the INSERT of the record and those of its
/// child rows are prepared once and reused for every record (preparing a statement costs as
/// much as running it a few times). For the importer and the demo generator.
///
/// It only writes: the caller checks the rules, holds the WriteTransaction around the whole
/// batch (one transaction, not one per record) and writes the audit entry.
///
///     BulkInserter<Delivery> deliveries(db);
///     for (...) if (Status status = deliveries.insert(delivery); !status) return status;
template <typename T> class BulkInserter
{
    using M = Mapping<T>;

public:
    explicit BulkInserter(Database &db)
        : m_db(db), m_placeholders(placeholders(M::columns().size()))
    {
        bool prepared = false;
        m_insert = prepare(db, insertSql<T>(m_placeholders), &prepared);
        if (!prepared)
            m_status = storageError(m_insert);
    }

    /// Stores a new record and its child rows; sets `value.id` and `value.version`.
    Status insert(T &value)
    {
        if (!m_status)
            return m_status;
        const QVariantList values = M::values(value);
        for (qsizetype i = 0; i < values.size(); ++i)
            m_insert.bindValue(m_placeholders.at(i), values.at(i));
        if (Status status = exec(m_insert); !status)
            return status;
        value.id = m_insert.lastInsertId().toLongLong();
        value.version = 1;
        for (const ChildRows &rows : M::children(value)) {
            QSqlQuery *child = childInsert(rows);
            if (!child)
                return m_status;
            for (const QVariant &childValue : rows.values) {
                child->bindValue(m_placeholders.at(0), qlonglong(value.id));
                child->bindValue(m_placeholders.at(1), childValue);
                if (Status status = exec(*child); !status)
                    return status;
            }
        }
        ++m_count;
        return {};
    }

    /// How many records this inserter stored.
    qint64 count() const { return m_count; }

private:
    /// Named placeholders `:v0`, `:v1`, ...: Qt 6.4 binds a value by name about a quarter faster
    /// than by position (measured with QSQLITE), which counts over a million rows.
    static QStringList placeholders(qsizetype count)
    {
        QStringList names;
        for (qsizetype i = 0; i < std::max<qsizetype>(count, 2); ++i)
            names.append(QStringLiteral(":v") + QString::number(i));
        return names;
    }

    /// The prepared INSERT for one child table, prepared on first use.
    QSqlQuery *childInsert(const ChildRows &rows)
    {
        for (auto &[table, query] : m_childInserts)
            if (table == rows.table)
                return &query;
        bool prepared = false;
        QSqlQuery query = prepare(
            m_db,
            QStringLiteral("INSERT INTO ") + rows.table + QStringLiteral(" (") + rows.ownerColumn +
                QStringLiteral(", ") + rows.valueColumn + QStringLiteral(") VALUES (:v0, :v1)"),
            &prepared);
        if (!prepared) {
            m_status = storageError(query);
            return nullptr;
        }
        m_childInserts.emplace_back(rows.table, std::move(query));
        return &m_childInserts.back().second;
    }

    Database &m_db;
    const QStringList m_placeholders;
    QSqlQuery m_insert;
    std::vector<std::pair<QString, QSqlQuery>> m_childInserts;
    Status m_status;
    qint64 m_count = 0;
};

} // namespace wzsw
