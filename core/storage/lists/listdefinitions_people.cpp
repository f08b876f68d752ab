// The lists of people: clients and providers, and the providers' trajectories.
#include "storage/lists/listdefinition.h"

using namespace Qt::StringLiterals;

namespace wzsw {

using namespace listsql;

namespace {

// Where a person lives, shared by clients and providers.
QList<ColumnDefinition> personColumns(const QString &a)
{
    return {
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Code"),
         CellKind::Text,
         a + u".code"_s,
         {a + u".code"_s},
         {},
         nullptr,
         true},
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Name"),
         CellKind::Text,
         personSortName(a),
         personSortTerms(a),
         {},
         nullptr,
         true},
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Date of birth"),
         CellKind::Date,
         a + u".birth_date"_s,
         {a + u".birth_date"_s, a + u".family_name"_s},
         {},
         nullptr,
         true},
    };
}

ColumnDefinition neighbourhoodColumn(const QString &a)
{
    return {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Neighbourhood"),
            CellKind::Text,
            u"n.name"_s,
            {u"sn.name"_s},
            u"LEFT JOIN neighbourhoods sn ON sn.id = "_s + a + u".neighbourhood_id"_s,
            nullptr};
}

QString personJoins(const QString &a)
{
    return u"LEFT JOIN neighbourhoods n ON n.id = "_s + a + u".neighbourhood_id"_s;
}

} // namespace

ListDefinition clientListDefinition()
{
    const QString c = u"c"_s;
    ListDefinition d;
    d.table = u"clients"_s;
    d.alias = c;
    d.joins = personJoins(c);
    d.columns = personColumns(c);
    d.columns += {
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Address"),
         CellKind::Text,
         u"TRIM(COALESCE(c.street, '') || ' ' || COALESCE(c.house_number, ''))"_s,
         {u"c.street"_s, u"c.house_number"_s},
         {},
         nullptr},
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Postcode"),
         CellKind::Text,
         u"c.postcode"_s,
         {u"c.postcode"_s, u"c.house_number"_s},
         {},
         nullptr,
         true},
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Place"), CellKind::Text, u"c.place"_s),
        neighbourhoodColumn(c),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Phone"), CellKind::Text, u"c.phone"_s),
        indexedColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Intake"), CellKind::Date,
                      u"c.intake_date"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "End date"), CellKind::Date,
                    u"c.end_date"_s),
    };
    d.defaultSortColumn = ClientList::Name;
    d.searchConditions = personSearch(c);
    d.choiceTitle = QT_TRANSLATE_NOOP("wzsw::ListQuery", "Status");
    // A client whose end date has come is no longer active; one ending later still is.
    d.choices = {
        {u"active"_s, [] { return ListQuery::tr("Active"); },
         u"(c.end_date IS NULL OR c.end_date > %TODAY%)"_s},
        {u"ended"_s, [] { return ListQuery::tr("Ended"); }, u"c.end_date <= %TODAY%"_s},
        {u"no_consent"_s, [] { return ListQuery::tr("No consent recorded"); },
         u"c.consent_date IS NULL"_s},
    };
    d.municipalityCondition =
        u"c.neighbourhood_id IN (SELECT id FROM neighbourhoods WHERE municipality_id = ?)"_s;
    d.neighbourhoodCondition = u"c.neighbourhood_id = ?"_s;
    return d;
}

ListDefinition providerListDefinition()
{
    const QString p = u"p"_s;
    ListDefinition d;
    d.table = u"providers"_s;
    d.alias = p;
    d.joins = personJoins(p);
    d.columns = personColumns(p);
    d.columns += {
        neighbourhoodColumn(p),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Background"), CellKind::Text,
                    u"p.background"_s, &enumLabel<Background>),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Hours a week"), CellKind::Number,
                    u"p.hours_per_week"_s),
        indexedColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Start date"), CellKind::Date,
                      u"p.start_date"_s),
        indexedColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Exit date"), CellKind::Date,
                      u"p.exit_date"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Phone"), CellKind::Text, u"p.phone"_s),
    };
    d.defaultSortColumn = ProviderList::Name;
    d.searchConditions = personSearch(p);
    d.choiceTitle = QT_TRANSLATE_NOOP("wzsw::ListQuery", "Status");
    d.choices = {
        {u"active"_s, [] { return ListQuery::tr("Active"); },
         u"(p.exit_date IS NULL OR p.exit_date > %TODAY%)"_s},
        {u"exited"_s, [] { return ListQuery::tr("Left the project"); },
         u"p.exit_date <= %TODAY%"_s},
        {u"in_trajectory"_s, [] { return ListQuery::tr("In a running trajectory"); },
         u"p.id IN (SELECT provider_id FROM trajectories WHERE status = 'running')"_s},
    };
    d.municipalityCondition =
        u"p.neighbourhood_id IN (SELECT id FROM neighbourhoods WHERE municipality_id = ?)"_s;
    d.neighbourhoodCondition = u"p.neighbourhood_id = ?"_s;
    return d;
}

ListDefinition trajectoryListDefinition()
{
    ListDefinition d;
    d.table = u"trajectories"_s;
    d.alias = u"t"_s;
    d.joins = u"LEFT JOIN providers p ON p.id = t.provider_id "
              u"LEFT JOIN partners pa ON pa.id = t.partner_id"_s;
    d.columns = {
        personColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Provider"), u"t.provider_id"_s,
                     u"providers"_s, u"p"_s, u"sp"_s, u"t.start_date"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Type"), CellKind::Text, u"t.type"_s,
                    &enumLabel<TrajectoryType>),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Funding"), CellKind::Text,
                    u"t.framework"_s, &enumLabel<Framework>),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Status"), CellKind::Text, u"t.status"_s,
                    &enumLabel<TrajectoryStatus>),
        indexedColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Start date"), CellKind::Date,
                      u"t.start_date"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Planned end"), CellKind::Date,
                    u"t.planned_end_date"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Actual end"), CellKind::Date,
                    u"t.actual_end_date"_s),
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Responsible partner"),
         CellKind::Text,
         u"pa.name"_s,
         {u"spa.name"_s},
         u"LEFT JOIN partners spa ON spa.id = t.partner_id"_s,
         nullptr},
    };
    d.defaultSortColumn = TrajectoryList::StartDate;
    d.defaultSortOrder = Qt::DescendingOrder;
    d.searchConditions = likePerson(u"t.provider_id"_s, u"providers"_s);
    d.searchConditions.append(likeIn(u"t.partner_id"_s, u"partners"_s, {u"name"_s, u"code"_s}));
    d.choiceTitle = QT_TRANSLATE_NOOP("wzsw::ListQuery", "Status");
    d.choices = enumChoices<TrajectoryStatus>(u"t.status"_s);
    d.choices.append({u"overdue"_s, [] { return ListQuery::tr("Past the planned end"); },
                      u"(t.status = 'running' AND t.planned_end_date < %TODAY%)"_s});
    d.municipalityCondition = viaPersonMunicipality(u"t.provider_id"_s, u"providers"_s);
    d.neighbourhoodCondition = viaPersonNeighbourhood(u"t.provider_id"_s, u"providers"_s);
    return d;
}

} // namespace wzsw
