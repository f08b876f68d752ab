#pragma once

#include "domain/ids.h"

#include <QHash>
#include <QList>
#include <QString>

#include <unordered_map>

namespace wzsw {

/// The records of one coded entity (municipalities, clients, ...) as an import sees them: those
/// stored before it started, replaced or joined by those its files add. Rows refer to them by
/// code; the map is loaded once, so resolving a code costs no query.
template <typename T> class CodedRecords
{
public:
    void put(const T &value)
    {
        m_byCode.insert_or_assign(value.code, value);
        m_codeById.insert(value.id, value.code);
    }
    /// The record with this code, or nullptr. Stays valid: map nodes never move.
    const T *find(const QString &code) const
    {
        // Files sorted by client (as the export writes them) name the same code row after
        // row: comparing with the last one found is cheaper than hashing again.
        if (m_last && code == m_lastCode)
            return m_last;
        const auto it = m_byCode.find(code);
        if (it == m_byCode.cend())
            return nullptr;
        m_lastCode = code;
        m_last = &it->second;
        return m_last;
    }
    /// The code of the record with this id; empty for 0 or an unknown id.
    QString codeOf(Id id) const { return m_codeById.value(id); }

private:
    /// FNV-1a over the UTF-16 units: codes are a few characters long, and resolving three of
    /// them per delivery row with Qt's general-purpose string hash showed in the profile.
    struct CodeHash
    {
        std::size_t operator()(const QString &code) const noexcept
        {
            std::size_t hash = 14695981039346656037ull;
            for (const QChar c : code)
                hash = (hash ^ c.unicode()) * 1099511628211ull;
            return hash;
        }
    };

    std::unordered_map<QString, T, CodeHash> m_byCode;
    QHash<Id, QString> m_codeById;
    mutable QString m_lastCode;
    mutable const T *m_last = nullptr;
};

/// The stored records of an entity without a code, grouped by natural key (a delivery's client,
/// provider, service type and date, ...), each group in id order. The k-th row of a file with a
/// key takes the k-th stored record with that key: so importing the same file twice changes
/// nothing, and two identical deliveries on one day stay two.
template <typename T> class KeyedRecords
{
public:
    /// Adds a stored record; call in id order.
    void addStored(const QString &key, T value) { m_stored[key].append(std::move(value)); }
    bool isEmpty() const { return m_stored.isEmpty(); }
    /// Every stored record, group by group.
    template <typename Visit> void forEachStored(Visit visit) const
    {
        for (const QList<T> &group : m_stored)
            for (const T &value : group)
                visit(value);
    }

    /// The stored record the next row with this key updates, or nullptr when that row is new.
    const T *nextMatch(const QString &key)
    {
        const qsizetype occurrence = m_seen[key]++;
        const auto group = m_stored.constFind(key);
        if (group == m_stored.cend() || occurrence >= group->size())
            return nullptr;
        return &group->at(occurrence);
    }

private:
    QHash<QString, QList<T>> m_stored;
    QHash<QString, qsizetype> m_seen;
};

} // namespace wzsw
