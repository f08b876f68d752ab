#pragma once

#include "domain/enums.h"
#include "domain/ids.h"
#include "storage/mapping.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <optional>

namespace wzsw {

class Database;

/// Collects a record's column values in order, so a mapping reads like its column list.
class Binder
{
public:
    Binder() = default;
    QVariantList take() { return std::move(m_values); }

    Binder &text(const QString &value) { return put(textOrNull(value)); }
    Binder &date(const QDate &value) { return put(dateOrNull(value)); }
    Binder &id(Id value) { return put(idOrNull(value)); }
    Binder &integer(qint64 value) { return put(QVariant(qlonglong(value))); }
    Binder &real(double value) { return put(QVariant(value)); }
    Binder &boolean(bool value) { return put(QVariant(value ? 1 : 0)); }
    template <typename E> Binder &code(E value) { return put(QVariant(toCode(value))); }
    template <typename E> Binder &code(const std::optional<E> &value)
    {
        return value ? code(*value) : put(textOrNull(QString()));
    }

private:
    Binder &put(const QVariant &value)
    {
        m_values.append(value);
        return *this;
    }

    QVariantList m_values;
};

/// Reads values one after the other from consecutive columns.
class Reader
{
public:
    Reader(const QSqlQuery &query, int first) : m_query(query), m_position(first) {}

    QString text() { return textOf(next()); }
    QDate date() { return dateOf(next()); }
    Id id() { return idOf(next()); }
    qint64 integer() { return next().toLongLong(); }
    double real() { return next().toDouble(); }
    bool boolean() { return next().toInt() != 0; }
    template <typename E> E code(E fallback)
    {
        return fromCode<E>(next().toString()).value_or(fallback);
    }
    template <typename E> std::optional<E> optionalCode()
    {
        const QVariant value = next();
        return value.isNull() ? std::nullopt : fromCode<E>(value.toString());
    }

private:
    QVariant next() { return m_query.value(m_position++); }

    const QSqlQuery &m_query;
    int m_position;
};

/// Child rows of a set-valued field (target groups, scopes, service types): replace all and
/// load all, for one owner.
Status replaceChildValues(Database &db, const QString &table, const QString &ownerColumn,
                          const QString &valueColumn, Id owner, const QVariantList &values);
/// Replaces every set of child rows a record owns.
Status replaceChildren(Database &db, Id owner, const QList<ChildRows> &children);
Result<QVariantList> loadChildValues(const Database &db, const QString &table,
                                     const QString &ownerColumn, const QString &valueColumn,
                                     Id owner);

template <typename E> QVariantList codesOf(const QList<E> &values)
{
    QVariantList codes;
    for (E value : values)
        codes.append(toCode(value));
    return codes;
}

template <typename E> QList<E> enumsOf(const QVariantList &codes)
{
    QList<E> values;
    for (const QVariant &code : codes)
        if (const std::optional<E> value = fromCode<E>(code.toString()))
            values.append(*value);
    return normalizedSet(values);
}

} // namespace wzsw
