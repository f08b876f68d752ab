#pragma once

#include "domain/enums.h"

#include <QStringView>

#include <array>
#include <span>

namespace wzsw {

/// How a kind of service usually goes: how often it is asked for (relative weight), how long
/// one visit takes (in quarter hours), how often it recurs (relative weights of once, weekly,
/// fortnightly, monthly), and what clients write in their request and providers in a note.
struct DemoServiceProfile
{
    QStringView code;
    int weight;
    int minQuarters;
    int maxQuarters;
    std::array<int, 4> frequencyWeights;
    std::span<const QStringView> descriptions;
    std::span<const QStringView> deliveryNotes;
};

/// One profile per service type of the default catalogue, by code; nothing for other codes.
const DemoServiceProfile *demoServiceProfile(QStringView code);

/// Case-note texts (Dutch: they are data the project leader wrote, not program text).
struct DemoNoteTexts
{
    std::span<const QStringView> clientIntake;
    std::span<const QStringView> clientFollowUp;
    std::span<const QStringView> providerIntake;
    std::span<const QStringView> providerEvaluation;
};
const DemoNoteTexts &demoNoteTexts();

/// Goals written for a trajectory of this type.
std::span<const QStringView> demoTrajectoryGoals(TrajectoryType type);
/// Results written when a trajectory was completed or broken off.
std::span<const QStringView> demoTrajectoryResults(TrajectoryStatus status);

/// Title and commitment text of an agreement with a partner of this kind.
QStringView demoAgreementTitle(PartnerKind kind);
QStringView demoAgreementCommitment(AgreementScope scope);

} // namespace wzsw
