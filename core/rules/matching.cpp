#include "rules/matching.h"

#include <algorithm>

namespace wzsw {

namespace {

constexpr int typePoints = 40;
constexpr int neighbourhoodPoints = 25;
constexpr int municipalityPoints = 10;
constexpr int hoursLeftPoints = 20;
constexpr int fewHoursLeftPoints = 5;
constexpr double enoughHours = 2.0;
constexpr int continuityPoints = 15;
constexpr int practicePoints = 10;

} // namespace

QList<RankedProvider> rankProviders(const MatchClientPlace &client,
                                    const QList<MatchCandidate> &candidates)
{
    QList<RankedProvider> ranked;
    ranked.reserve(candidates.size());
    for (const MatchCandidate &candidate : candidates) {
        RankedProvider r;
        r.candidate = candidate;
        const auto add = [&r](MatchReason reason, int points) {
            r.reasons.append(reason);
            r.score += points;
        };
        if (candidate.deliversServiceType)
            add(MatchReason::DeliversServiceType, typePoints);
        if (client.neighbourhoodId != 0 && candidate.neighbourhoodId == client.neighbourhoodId)
            add(MatchReason::SameNeighbourhood, neighbourhoodPoints);
        else if (client.municipalityId != 0 && candidate.municipalityId == client.municipalityId)
            add(MatchReason::SameMunicipality, municipalityPoints);
        r.hoursLeft = std::max(0.0, candidate.hoursPerWeek - candidate.quarterHoursThisWeek / 4.0);
        if (r.hoursLeft >= enoughHours)
            add(MatchReason::HoursLeft, hoursLeftPoints);
        else if (r.hoursLeft > 0)
            add(MatchReason::FewHoursLeft, fewHoursLeftPoints);
        if (candidate.deliveriesToClient > 0)
            add(MatchReason::ServedClientBefore, continuityPoints);
        if (candidate.hasRunningTrajectory)
            add(MatchReason::NeedsPracticeHours, practicePoints);
        ranked.append(r);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const RankedProvider &a, const RankedProvider &b) {
                         if (a.score != b.score)
                             return a.score > b.score;
                         if (a.hoursLeft != b.hoursLeft)
                             return a.hoursLeft > b.hoursLeft;
                         return a.candidate.code < b.candidate.code;
                     });
    return ranked;
}

} // namespace wzsw
