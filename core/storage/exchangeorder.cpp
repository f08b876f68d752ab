#include "storage/exchangeorder.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// The code of the record `column` of `table` refers to, for sorting; '' for none (so the
/// region, with no municipality, comes first on every back end).
QString codeOf(const QString &table, const QString &column, const QString &referenced)
{
    return u"COALESCE((SELECT r.code FROM "_s + referenced + u" AS r WHERE r.id = "_s + table +
           u'.' + column + u"), '')"_s;
}

template <typename T> QString byKey(const QStringList &parts)
{
    return parts.join(u", "_s) + u", "_s + Mapping<T>::table() + u".id"_s;
}

} // namespace

#define WZSW_ORDER_BY_CODE(Type)                                                                   \
    template <> QString exchangeOrder<Type>()                                                      \
    {                                                                                              \
        return u"code"_s;                                                                          \
    }

WZSW_ORDER_BY_CODE(Municipality)
WZSW_ORDER_BY_CODE(Neighbourhood)
WZSW_ORDER_BY_CODE(ServiceType)
WZSW_ORDER_BY_CODE(Partner)
WZSW_ORDER_BY_CODE(Client)
WZSW_ORDER_BY_CODE(Provider)

#undef WZSW_ORDER_BY_CODE

template <> QString exchangeOrder<Agreement>()
{
    return byKey<Agreement>({codeOf(u"agreements"_s, u"partner_id"_s, u"partners"_s),
                             u"agreements.title"_s, u"agreements.start_date"_s});
}

template <> QString exchangeOrder<Trajectory>()
{
    return byKey<Trajectory>({codeOf(u"trajectories"_s, u"provider_id"_s, u"providers"_s),
                              u"trajectories.start_date"_s, u"trajectories.type"_s});
}

template <> QString exchangeOrder<LadderAssessment>()
{
    return byKey<LadderAssessment>(
        {codeOf(u"ladder_assessments"_s, u"provider_id"_s, u"providers"_s),
         u"ladder_assessments.date"_s});
}

template <> QString exchangeOrder<ServiceRequest>()
{
    return byKey<ServiceRequest>(
        {codeOf(u"service_requests"_s, u"client_id"_s, u"clients"_s),
         u"service_requests.request_date"_s,
         codeOf(u"service_requests"_s, u"service_type_id"_s, u"service_types"_s)});
}

template <> QString exchangeOrder<Delivery>()
{
    return byKey<Delivery>({codeOf(u"deliveries"_s, u"client_id"_s, u"clients"_s),
                            u"deliveries.date"_s,
                            codeOf(u"deliveries"_s, u"provider_id"_s, u"providers"_s),
                            codeOf(u"deliveries"_s, u"service_type_id"_s, u"service_types"_s)});
}

template <> QString exchangeOrder<Target>()
{
    return byKey<Target>({codeOf(u"targets"_s, u"municipality_id"_s, u"municipalities"_s),
                          u"targets.from_date"_s, u"targets.to_date"_s, u"targets.measure"_s});
}

template <> QString exchangeOrder<BudgetLine>()
{
    return byKey<BudgetLine>({codeOf(u"budget_lines"_s, u"municipality_id"_s, u"municipalities"_s),
                              u"budget_lines.from_date"_s, u"budget_lines.to_date"_s,
                              u"budget_lines.kind"_s, u"budget_lines.category"_s});
}

template <> QString exchangeOrder<ProjectSettings>()
{
    return byKey<ProjectSettings>(
        {codeOf(u"project_settings"_s, u"municipality_id"_s, u"municipalities"_s)});
}

} // namespace wzsw
