// The lists of the work itself: clients' requests and the deliveries that answer them.
#include "storage/lists/listdefinition.h"

using namespace Qt::StringLiterals;

namespace wzsw {

using namespace listsql;

namespace {

// The service type's name in the display language; the Dutch one when no English is given.
const QString serviceTypeName = u"COALESCE(st.name_%LANG%, st.name_nl)"_s;

} // namespace

ListDefinition requestListDefinition()
{
    ListDefinition d;
    d.table = u"service_requests"_s;
    d.alias = u"r"_s;
    d.joins = u"LEFT JOIN clients c ON c.id = r.client_id "
              u"LEFT JOIN providers p ON p.id = r.provider_id "
              u"LEFT JOIN service_types st ON st.id = r.service_type_id "
              u"LEFT JOIN neighbourhoods n ON n.id = c.neighbourhood_id"_s;
    d.columns = {
        indexedColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Request date"), CellKind::Date,
                      u"r.request_date"_s),
        personColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Client"), u"r.client_id"_s,
                     u"clients"_s, u"c"_s, u"sc"_s, u"r.request_date"_s),
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Service"),
         CellKind::Text,
         serviceTypeName,
         {u"sst.name_nl"_s},
         u"LEFT JOIN service_types sst ON sst.id = r.service_type_id"_s,
         nullptr},
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Frequency"), CellKind::Text,
                    u"r.frequency"_s, &enumLabel<RequestFrequency>),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Status"), CellKind::Text, u"r.status"_s,
                    &enumLabel<RequestStatus>),
        personColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Provider"), u"r.provider_id"_s,
                     u"providers"_s, u"p"_s, u"sp"_s),
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Neighbourhood"),
         CellKind::Text,
         u"n.name"_s,
         {u"sn.name"_s},
         u"LEFT JOIN clients snc ON snc.id = r.client_id "
         u"LEFT JOIN neighbourhoods sn ON sn.id = snc.neighbourhood_id"_s,
         nullptr},
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Description"), CellKind::Text,
                    u"r.description"_s),
    };
    d.defaultSortColumn = RequestList::RequestDate;
    d.defaultSortOrder = Qt::DescendingOrder;
    d.searchConditions =
        likePerson(u"r.client_id"_s, u"clients"_s) + likePerson(u"r.provider_id"_s, u"providers"_s);
    d.searchConditions += {
        {likeIn(u"r.service_type_id"_s, u"service_types"_s,
                {u"code"_s, u"name_nl"_s, u"name_en"_s}),
         SearchWords::WithLetter},
        like(u"r.description"_s),
    };
    d.choiceTitle = QT_TRANSLATE_NOOP("wzsw::ListQuery", "Status");
    d.choices = enumChoices<RequestStatus>(u"r.status"_s);
    // "Open for more than 14 days" is one of the things the project leader looks at first.
    d.choices.append({u"open_14_days"_s, [] { return ListQuery::tr("Open for over 14 days"); },
                      u"(r.status = 'open' AND r.request_date < %TODAY-14%)"_s});
    d.municipalityCondition = viaPersonMunicipality(u"r.client_id"_s, u"clients"_s);
    d.neighbourhoodCondition = viaPersonNeighbourhood(u"r.client_id"_s, u"clients"_s);
    return d;
}

ListDefinition deliveryListDefinition()
{
    ListDefinition d;
    d.table = u"deliveries"_s;
    d.alias = u"d"_s;
    d.joins = u"LEFT JOIN clients c ON c.id = d.client_id "
              u"LEFT JOIN providers p ON p.id = d.provider_id "
              u"LEFT JOIN service_types st ON st.id = d.service_type_id"_s;
    d.columns = {
        // A day's deliveries follow the index by date and type (schema_deliveryindexes.cpp):
        // by service type and then hours, so that a page far down is found by walking it.
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Date"),
         CellKind::Date,
         u"d.date"_s,
         {u"d.date"_s, u"d.service_type_id"_s, u"d.quarter_hours"_s, u"d.fee_cents"_s,
          u"d.client_id"_s},
         {},
         nullptr,
         true},
        personColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Client"), u"d.client_id"_s,
                     u"clients"_s, u"c"_s, u"sc"_s, u"d.date"_s),
        personColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Provider"), u"d.provider_id"_s,
                     u"providers"_s, u"p"_s, u"sp"_s, u"d.date"_s),
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Service"),
         CellKind::Text,
         serviceTypeName,
         {u"d.service_type_id"_s, u"d.date"_s},
         {},
         nullptr},
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Hours"), CellKind::QuarterHours,
                    u"d.quarter_hours"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Fee"), CellKind::Money,
                    u"d.fee_cents"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Note"), CellKind::Text, u"d.note"_s),
    };
    d.defaultSortColumn = DeliveryList::Date;
    d.defaultSortOrder = Qt::DescendingOrder;
    d.searchConditions =
        likePerson(u"d.client_id"_s, u"clients"_s) + likePerson(u"d.provider_id"_s, u"providers"_s);
    d.searchConditions += {
        {likeIn(u"d.service_type_id"_s, u"service_types"_s,
                {u"code"_s, u"name_nl"_s, u"name_en"_s}),
         SearchWords::WithLetter},
    };
    d.municipalityCondition = viaPersonMunicipality(u"d.client_id"_s, u"clients"_s);
    d.neighbourhoodCondition = viaPersonNeighbourhood(u"d.client_id"_s, u"clients"_s);
    return d;
}

} // namespace wzsw
