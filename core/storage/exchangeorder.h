#pragma once

#include "storage/mapping.h"

#include <QString>

namespace wzsw {

/// The `ORDER BY` of the exchange export for entity T: records with a code by code; the others
/// by their natural key, written in codes (so the order does not depend on the ids a data file
/// happened to give), then by id. The same data therefore exports to the same bytes from any
/// data file, which is what makes export -> import -> export a round trip.
template <typename T> QString exchangeOrder();

template <> QString exchangeOrder<Municipality>();
template <> QString exchangeOrder<Neighbourhood>();
template <> QString exchangeOrder<ServiceType>();
template <> QString exchangeOrder<Partner>();
template <> QString exchangeOrder<Agreement>();
template <> QString exchangeOrder<Client>();
template <> QString exchangeOrder<Provider>();
template <> QString exchangeOrder<Trajectory>();
template <> QString exchangeOrder<LadderAssessment>();
template <> QString exchangeOrder<ServiceRequest>();
template <> QString exchangeOrder<Delivery>();
template <> QString exchangeOrder<Target>();
template <> QString exchangeOrder<BudgetLine>();
template <> QString exchangeOrder<ProjectSettings>();

} // namespace wzsw
