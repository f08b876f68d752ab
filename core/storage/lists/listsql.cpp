#include "storage/lists/listdefinition.h"

using namespace Qt::StringLiterals;

namespace wzsw::listsql {

ColumnDefinition plainColumn(const char *title, CellKind kind, const QString &expression,
                             QString (*label)(const QString &))
{
    return {title, kind, expression, {expression}, {}, label};
}

ColumnDefinition indexedColumn(const char *title, CellKind kind, const QString &expression,
                               QString (*label)(const QString &))
{
    ColumnDefinition column = plainColumn(title, kind, expression, label);
    column.indexed = true;
    return column;
}

QString regionalWhenEmpty(const QString &municipality)
{
    return municipality.isEmpty() ? ListQuery::tr("regional") : municipality;
}

QString like(const QString &expression)
{
    return expression + u" %LIKE% %P%%ESCAPE%"_s;
}

QString likeIn(const QString &column, const QString &table, const QStringList &fields)
{
    QStringList conditions;
    for (const QString &field : fields)
        conditions.append(like(field));
    return column + u" IN (SELECT id FROM "_s + table + u" WHERE "_s + conditions.join(u" OR "_s) +
           u')';
}

QList<SearchCondition> likePerson(const QString &column, const QString &personTable)
{
    const auto subquery = [&](const QStringList &conditions) -> QString {
        return column + u" IN (SELECT id FROM "_s + personTable + u" WHERE "_s +
               conditions.join(u" OR "_s) + u')';
    };
    return {
        {subquery({like(u"family_name"_s), like(u"given_name"_s), like(u"family_name_prefix"_s),
                   likeIn(u"neighbourhood_id"_s, u"neighbourhoods"_s, {u"name"_s})}),
         SearchWords::WithLetter},
        {subquery({like(u"code"_s), like(u"postcode"_s)}), SearchWords::WithDigit},
    };
}

QList<SearchCondition> personSearch(const QString &a)
{
    return {
        {like(a + u".family_name"_s), SearchWords::WithLetter},
        {like(a + u".given_name"_s), SearchWords::WithLetter},
        {like(a + u".family_name_prefix"_s), SearchWords::WithLetter},
        {likeIn(a + u".neighbourhood_id"_s, u"neighbourhoods"_s, {u"name"_s}),
         SearchWords::WithLetter},
        {like(a + u".code"_s), SearchWords::WithDigit},
        {like(a + u".postcode"_s), SearchWords::WithDigit},
        {likeIn(a + u".neighbourhood_id"_s, u"neighbourhoods"_s, {u"code"_s}),
         SearchWords::WithDigit},
    };
}

QString personSortName(const QString &alias)
{
    const QString a = alias + u'.';
    return a + u"family_name || ', ' || "_s + a + u"given_name || COALESCE(' ' || "_s + a +
           u"family_name_prefix, '')"_s;
}

QStringList personSortTerms(const QString &alias)
{
    return {alias + u".family_name"_s, alias + u".given_name"_s};
}

ColumnDefinition personColumn(const char *title, const QString &column, const QString &table,
                              const QString &displayAlias, const QString &sortAlias,
                              const QString &thenBy)
{
    const bool required = !thenBy.isEmpty();
    QStringList terms = personSortTerms(sortAlias);
    if (required)
        terms += {sortAlias + u".id"_s, thenBy};
    return {title,
            CellKind::Text,
            personSortName(displayAlias),
            terms,
            (required ? u"JOIN "_s : u"LEFT JOIN "_s) + table + u' ' + sortAlias + u" ON "_s +
                sortAlias + u".id = "_s + column,
            nullptr,
            required};
}

QString viaPersonNeighbourhood(const QString &column, const QString &personTable)
{
    return column + u" IN (SELECT id FROM "_s + personTable + u" WHERE neighbourhood_id = ?)"_s;
}

QString viaPersonMunicipality(const QString &column, const QString &personTable)
{
    return column + u" IN (SELECT id FROM "_s + personTable +
           u" WHERE neighbourhood_id IN (SELECT id FROM neighbourhoods WHERE "
           u"municipality_id = ?))"_s;
}

} // namespace wzsw::listsql
