#pragma once

namespace wzsw {

/// The places of the navigation list, in their order.
enum class PageId
{
    Overview,
    Clients,
    Providers,
    Trajectories,
    RequestsAndDeliveries,
    PartnersAndAgreements,
    TargetsAndBudget,
    Reports,
    Export,
};

} // namespace wzsw
