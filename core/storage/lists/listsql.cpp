#include "storage/lists/listdefinition.h"

using namespace Qt::StringLiterals;

namespace wzsw::listsql {

QString like(const QString &expression)
{
    return expression + u" %LIKE% %P% ESCAPE '\\'"_s;
}

QString likeIn(const QString &column, const QString &table, const QStringList &fields)
{
    QStringList conditions;
    for (const QString &field : fields)
        conditions.append(like(field));
    return column + u" IN (SELECT id FROM "_s + table + u" WHERE "_s + conditions.join(u" OR "_s) +
           u')';
}

QString likePerson(const QString &column, const QString &personTable)
{
    QStringList conditions;
    for (const QString &field :
         {u"family_name"_s, u"given_name"_s, u"family_name_prefix"_s, u"code"_s, u"postcode"_s})
        conditions.append(like(field));
    conditions.append(likeIn(u"neighbourhood_id"_s, u"neighbourhoods"_s, {u"name"_s}));
    return column + u" IN (SELECT id FROM "_s + personTable + u" WHERE "_s +
           conditions.join(u" OR "_s) + u')';
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
