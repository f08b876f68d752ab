#pragma once

#include "storage/sql.h"
#include "storage/table.h"

namespace wzsw {

/// How an import stores records: new ones and changed ones, inside the import's transaction.
/// The one place the importer touches storage for writing. The INSERT is prepared once and
/// reused for every row (preparing costs as much as running it); this is what the bulk
/// inserter of core/storage does, and it takes this class's place once it is there.
template <typename T> class ImportWriter
{
public:
    explicit ImportWriter(Database &db) : m_db(db), m_table(db) {}

    /// Stores a new record with its child rows; sets its id.
    Status insert(T &value)
    {
        if (!m_insert) {
            if (Status status = prepareInsert(); !status)
                return status;
        }
        // Named placeholders: Qt binds a value by name several times faster than by position
        // (it formats a name for every positional value).
        const QVariantList values = Mapping<T>::values(value);
        for (qsizetype i = 0; i < values.size(); ++i)
            m_insert->bindValue(m_names.at(i), values.at(i));
        if (Status status = exec(*m_insert); !status)
            return status;
        value.id = m_insert->lastInsertId().toLongLong();
        value.version = 1;
        return Mapping<T>::writeChildren(m_db, value);
    }
    /// Stores a changed record; `value` carries the stored version.
    Status update(T &value) { return m_table.update(value); }

private:
    Status prepareInsert()
    {
        QStringList columns = Mapping<T>::columns();
        for (qsizetype i = 0; i < columns.size(); ++i)
            m_names.append(QStringLiteral(":v") + QString::number(i));
        bool prepared = false;
        m_insert =
            prepare(m_db,
                    QStringLiteral("INSERT INTO ") + Mapping<T>::table() + QStringLiteral(" (") +
                        columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                        m_names.join(QStringLiteral(", ")) + QStringLiteral(")"),
                    &prepared);
        if (!prepared)
            return storageError(m_insert->lastError());
        return {};
    }

    Database &m_db;
    Table<T> m_table;
    std::optional<QSqlQuery> m_insert;
    QStringList m_names;
};

} // namespace wzsw
