#pragma once

#include "domain/ids.h"

#include <QList>
#include <QString>

namespace wzsw {

/// What the ranking knows of one provider who could take a request (read by
/// MatchQueries::candidates): only providers active on the day of matching.
struct MatchCandidate
{
    Id providerId = 0;
    QString code;
    QString name;
    bool deliversServiceType = false; ///< the request's type is among the provider's types
    Id neighbourhoodId = 0;
    Id municipalityId = 0;
    double hoursPerWeek = 0;           ///< availability
    int quarterHoursThisWeek = 0;      ///< delivered Monday to Sunday of the matching week
    int deliveriesToClient = 0;        ///< continuity: earlier deliveries to the request's client
    bool hasRunningTrajectory = false; ///< practice hours serve the provider's trajectory
};

/// Where the request's client lives.
struct MatchClientPlace
{
    Id neighbourhoodId = 0;
    Id municipalityId = 0;
};

/// Why a provider ranks where it does; each adds the points named in rankProviders().
enum class MatchReason
{
    DeliversServiceType,
    SameNeighbourhood,
    SameMunicipality,
    HoursLeft,
    FewHoursLeft,
    ServedClientBefore,
    NeedsPracticeHours,
};

struct RankedProvider
{
    MatchCandidate candidate;
    int score = 0;
    double hoursLeft = 0; ///< availability minus this week's hours, never below 0
    QList<MatchReason> reasons;
};

/// Ranks providers for a request, best first. Points (a reading of issue 3's list, in its
/// order of importance):
///  - can deliver the service type: 40 (without it a provider still shows, far below);
///  - lives in the client's neighbourhood: 25, else in the client's municipality: 10
///    ("nearby": the data knows no distances between neighbourhoods);
///  - hours left this week (availability minus hours delivered this week): 2 or more: 20,
///    more than 0 but under 2: 5, none: 0;
///  - has delivered to this client before (continuity): 15;
///  - has a running trajectory, which needs practice hours: 10.
/// Equal scores: more hours left first, then by code.
QList<RankedProvider> rankProviders(const MatchClientPlace &client,
                                    const QList<MatchCandidate> &candidates);

} // namespace wzsw
