#include "storage/lists/listquery.h"

#include "domain/enums.h"
#include "storage/database.h"
#include "storage/lists/listdefinition.h"
#include "storage/sql.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

const ListDefinition &definitionOrDie(RecordKind kind)
{
    const ListDefinition *definition = listDefinition(kind);
    Q_ASSERT_X(definition, "ListQuery", "this kind of record has no list");
    return *definition;
}

// A search word as a LIKE pattern that matches it anywhere, its wildcards taken literally
// (escaped with a backslash; the pattern is then longer than the word and its two %).
QString containsPattern(QString word)
{
    word.replace(u'\\', u"\\\\"_s);
    word.replace(u'%', u"\\%"_s);
    word.replace(u'_', u"\\_"_s);
    return u'%' + word + u'%';
}

// Expands the markers of a fragment that do not become bound parameters (see
// ListDefinition). Only values made here go into the text, never anything a user typed.
QString expandMarkers(QString fragment, const Database &db)
{
    fragment.replace(u"%LIKE%"_s, db.dialect().caseInsensitiveLike());
    fragment.replace(u"%LANG%"_s, displayLanguage() == Language::Dutch ? u"nl"_s : u"en"_s);
    static const QRegularExpression today(u"%TODAY([+-][0-9]+)?%"_s);
    const QDate now = QDate::currentDate();
    QRegularExpressionMatch match;
    while ((match = today.match(fragment)).hasMatch()) {
        const int days = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
        fragment.replace(match.capturedStart(), match.capturedLength(),
                         u'\'' + now.addDays(days).toString(Qt::ISODate) + u'\'');
    }
    return fragment;
}

// The WHERE clause of a filter and the values it binds, in order.
struct Where
{
    QString sql;
    QVariantList params;
};

Where whereOf(const ListDefinition &d, const ListFilter &filter)
{
    QStringList conditions;
    QVariantList params;
    const QStringList words =
        filter.search.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString pattern = containsPattern(word);
        const bool literalWildcards = pattern.size() != word.size() + 2;
        bool letters =
            std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
        bool digits = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
        if (!letters && !digits)
            letters = digits = true;
        QStringList any;
        for (const SearchCondition &search : d.searchConditions) {
            if ((search.words == SearchWords::WithLetter && !letters) ||
                (search.words == SearchWords::WithDigit && !digits))
                continue;
            QString condition = search.sql;
            const qsizetype markers = condition.count(u"%P%"_s);
            condition.replace(u"%ESCAPE%"_s, literalWildcards ? u" ESCAPE '\\'"_s : QString());
            any.append(condition.replace(u"%P%"_s, u"?"_s));
            for (qsizetype i = 0; i < markers; ++i)
                params.append(pattern);
        }
        conditions.append(any.isEmpty() ? u"1 = 0"_s : u'(' + any.join(u" OR "_s) + u')');
    }
    if (!filter.choice.isEmpty()) {
        for (const ChoiceDefinition &choice : d.choices)
            if (choice.code == filter.choice)
                conditions.append(choice.condition);
    }
    if (filter.municipalityId != 0 && !d.municipalityCondition.isEmpty()) {
        conditions.append(d.municipalityCondition);
        params.append(qlonglong(filter.municipalityId));
    }
    if (filter.neighbourhoodId != 0 && !d.neighbourhoodCondition.isEmpty()) {
        conditions.append(d.neighbourhoodCondition);
        params.append(qlonglong(filter.neighbourhoodId));
    }
    if (conditions.isEmpty())
        return {};
    return {u" WHERE "_s + conditions.join(u" AND "_s), params};
}

QVariant cellValue(const ColumnDefinition &column, const QVariant &value)
{
    switch (column.kind) {
    case CellKind::Text:
        return column.label ? column.label(textOf(value)) : textOf(value);
    case CellKind::Date:
        return dateOf(value);
    case CellKind::QuarterHours:
        return value.toInt();
    case CellKind::Money:
        return qint64(value.toLongLong());
    case CellKind::Number:
        return value.toDouble();
    }
    return value;
}

} // namespace

const ListDefinition *listDefinition(RecordKind kind)
{
    // Built once, on first use; the labels inside translate when called.
    switch (kind) {
    case RecordKind::Client: {
        static const ListDefinition definition = clientListDefinition();
        return &definition;
    }
    case RecordKind::Provider: {
        static const ListDefinition definition = providerListDefinition();
        return &definition;
    }
    case RecordKind::Trajectory: {
        static const ListDefinition definition = trajectoryListDefinition();
        return &definition;
    }
    case RecordKind::Request: {
        static const ListDefinition definition = requestListDefinition();
        return &definition;
    }
    case RecordKind::Delivery: {
        static const ListDefinition definition = deliveryListDefinition();
        return &definition;
    }
    case RecordKind::Partner: {
        static const ListDefinition definition = partnerListDefinition();
        return &definition;
    }
    case RecordKind::Agreement: {
        static const ListDefinition definition = agreementListDefinition();
        return &definition;
    }
    case RecordKind::Target: {
        static const ListDefinition definition = targetListDefinition();
        return &definition;
    }
    case RecordKind::BudgetLine: {
        static const ListDefinition definition = budgetLineListDefinition();
        return &definition;
    }
    default:
        return nullptr;
    }
}

bool ListQuery::exists(RecordKind kind)
{
    return listDefinition(kind) != nullptr;
}

ListQuery::ListQuery(const Database &db, RecordKind kind)
    : m_db(db), m_kind(kind), m_definition(definitionOrDie(kind))
{}

QList<ListColumn> ListQuery::columns() const
{
    QList<ListColumn> result;
    for (const ColumnDefinition &column : m_definition.columns)
        result.append({QCoreApplication::translate("wzsw::ListColumn", column.title), column.kind});
    return result;
}

int ListQuery::columnCount() const
{
    return int(m_definition.columns.size());
}

ListSort ListQuery::defaultSort() const
{
    return {m_definition.defaultSortColumn, m_definition.defaultSortOrder};
}

bool ListQuery::sortIsIndexed(int column) const
{
    return column >= 0 && column < m_definition.columns.size() &&
           m_definition.columns.at(column).indexed;
}

QString ListQuery::choiceTitle() const
{
    return m_definition.choiceTitle
               ? QCoreApplication::translate("wzsw::ListQuery", m_definition.choiceTitle)
               : QString();
}

QList<ListChoice> ListQuery::choices() const
{
    QList<ListChoice> result;
    for (const ChoiceDefinition &choice : m_definition.choices)
        result.append({choice.code, choice.label()});
    return result;
}

bool ListQuery::filtersByMunicipality() const
{
    return !m_definition.municipalityCondition.isEmpty();
}

bool ListQuery::filtersByNeighbourhood() const
{
    return !m_definition.neighbourhoodCondition.isEmpty();
}

Result<qint64> ListQuery::count(const ListFilter &filter) const
{
    const Where where = whereOf(m_definition, filter);
    QSqlQuery query = prepare(m_db, expandMarkers(u"SELECT COUNT(*) FROM "_s + m_definition.table +
                                                      u' ' + m_definition.alias + where.sql,
                                                  m_db));
    bindAll(query, where.params);
    if (Status status = exec(query); !status)
        return status.error();
    query.next();
    return qint64(query.value(0).toLongLong());
}

Result<QList<ListRow>> ListQuery::rows(const ListFilter &filter, const ListSort &sort,
                                       qint64 offset, int limit, qint64 total) const
{
    if (offset < 0 || limit <= 0)
        return QList<ListRow>();
    // Skipping rows costs a walk over them, so a page in the second half is read as the same
    // rows counted from the end in the opposite order, then turned round.
    const bool fromEnd = total >= 0 && offset + limit / 2 > total / 2;
    Result<QList<Id>> ids = QList<Id>();
    if (fromEnd) {
        const qint64 end = std::min(offset + limit, total);
        if (end <= offset)
            return QList<ListRow>();
        ids = pageIds(filter, sort, total - end, int(end - offset), true, true);
        if (ids)
            std::reverse(ids->begin(), ids->end());
    } else {
        ids = pageIds(filter, sort, offset, limit, false, true);
    }
    if (!ids)
        return ids.error();
    return rowsOf(*ids);
}

Result<QList<Id>> ListQuery::ids(const ListFilter &filter, const ListSort &sort, int limit) const
{
    return pageIds(filter, sort, 0, limit, false, false);
}

Result<QList<Id>> ListQuery::pageIds(const ListFilter &filter, const ListSort &sort, qint64 offset,
                                     int limit, bool reversed, bool walkIndex) const
{
    const ListDefinition &d = m_definition;
    const int columnIndex =
        sort.column >= 0 && sort.column < d.columns.size() ? sort.column : d.defaultSortColumn;
    const ColumnDefinition &column = d.columns.at(columnIndex);
    const bool descending = (sort.order == Qt::DescendingOrder) != reversed;
    const QString direction = descending ? u" DESC"_s : QString();
    // Reading all matches of a filter, SQLite would rather walk the sort column's index and
    // look up every row than scan and sort the few that match; a unary + (a no-op on any
    // value in SQLite) keeps the index out of the ORDER BY and the query 3 to 5 times faster.
    const QString prefix =
        !walkIndex && m_db.dialect().backend() == SqlDialect::Backend::Sqlite ? u"+"_s : QString();
    QStringList terms;
    for (const QString &term : column.sortTerms)
        terms.append(prefix + term + direction);
    terms.append(prefix + d.alias + u".id"_s + direction); // makes the order total

    const Where where = whereOf(d, filter);
    const QString sql = u"SELECT "_s + d.alias + u".id FROM "_s + d.table + u' ' + d.alias +
                        (column.sortJoin.isEmpty() ? QString() : u' ' + column.sortJoin) +
                        where.sql + u" ORDER BY "_s + terms.join(u", "_s) + u" LIMIT ? OFFSET ?"_s;
    QSqlQuery query = prepare(m_db, expandMarkers(sql, m_db));
    bindAll(query, where.params + QVariantList{qlonglong(limit), qlonglong(offset)});
    if (Status status = exec(query); !status)
        return status.error();
    QList<Id> ids;
    ids.reserve(limit);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<ListRow>> ListQuery::rowsOf(const QList<Id> &ids) const
{
    if (ids.isEmpty())
        return QList<ListRow>();
    const ListDefinition &d = m_definition;
    QStringList selects{d.alias + u".id"_s};
    for (const ColumnDefinition &column : d.columns)
        selects.append(column.select);
    const QString marks = QStringList(ids.size(), u"?"_s).join(u", "_s);
    const QString sql = u"SELECT "_s + selects.join(u", "_s) + u" FROM "_s + d.table + u' ' +
                        d.alias + u' ' + d.joins + u" WHERE "_s + d.alias + u".id IN ("_s + marks +
                        u')';
    QSqlQuery query = prepare(m_db, expandMarkers(sql, m_db));
    QVariantList params;
    params.reserve(ids.size());
    for (Id id : ids)
        params.append(qlonglong(id));
    bindAll(query, params);
    if (Status status = exec(query); !status)
        return status.error();

    QHash<Id, ListRow> byId;
    byId.reserve(ids.size());
    while (query.next()) {
        ListRow row;
        row.id = query.value(0).toLongLong();
        row.cells.reserve(d.columns.size());
        for (qsizetype i = 0; i < d.columns.size(); ++i)
            row.cells.append(cellValue(d.columns.at(i), query.value(int(i) + 1)));
        byId.insert(row.id, std::move(row));
    }
    QList<ListRow> rows;
    rows.reserve(ids.size());
    for (Id id : ids) // rows deleted between the two statements are simply left out
        if (const auto found = byId.constFind(id); found != byId.cend())
            rows.append(found.value());
    return rows;
}

} // namespace wzsw
