#pragma once

#include "demo/demogenerator.h"
#include "demo/demoplaces.h"
#include "demo/demorandom.h"
#include "demo/demotexts.h"
#include "domain/enums.h"
#include "domain/ids.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <array>
#include <functional>
#include <initializer_list>
#include <vector>

namespace wzsw {

// The demo generator's shared state: what one part made and the next part builds on. Internal
// to core/demo.

/// Figures per municipality counted while generating; targets and budget lines are set near
/// them (some ahead, some behind), as a project leader's estimates would be.
struct DemoTally
{
    qint64 clients = 0;
    qint64 clientsServed = 0;
    qint64 deliveries = 0;
    qint64 quarterHours = 0;
    qint64 providers = 0;
    qint64 providersActive = 0;
    qint64 trajectoriesStarted = 0;
    qint64 placementsStarted = 0;
    qint64 trajectoriesCompleted = 0;
    qint64 outflowPaidWork = 0;
    qint64 courseCertified = 0;
    qint64 ladderUp = 0;
    std::array<qint64, 2> deliveriesByYear{}; ///< 2025, 2026
    std::array<Cents, 2> feesByYear{};
};

struct DemoPlace
{
    Id id = 0;
    const DemoMunicipality *data = nullptr;
    std::vector<int> districts; ///< indexes into DemoWorld::districts
    QString leader;
    DemoTally tally;
};

struct DemoDistrictRef
{
    Id id = 0;
    int place = 0;
    const DemoDistrict *data = nullptr;
};

struct DemoTypeRef
{
    Id id = 0;
    Cents fee = 0;
    const DemoServiceProfile *profile = nullptr;
};

struct DemoPartnerRef
{
    Id id = 0;
    PartnerKind kind = PartnerKind::Other;
    int place = -1; ///< -1 = regional
};

struct DemoProviderRef
{
    Id id = 0;
    int place = 0;
    QDate start;
    QDate exit;               ///< invalid = still in the project
    quint32 types = 0;        ///< bit per index into DemoWorld::types
    quint32 servedPlaces = 0; ///< bit per municipality whose clients got a delivery
};

/// A matched request and the span in which its deliveries fall.
struct DemoRequestPlan
{
    Id id = 0;
    Id clientId = 0;
    int place = 0;
    int provider = 0; ///< index into DemoWorld::providers
    int type = 0;     ///< index into DemoWorld::types
    QDate from;
    QDate to;
    int periodDays = 0; ///< 0 = once
};

class DemoWorld
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::DemoWorld)

public:
    DemoWorld(Database &db, const DemoOptions &options, std::function<bool(int)> progress)
        : db(db), options(options), m_progress(std::move(progress))
    {}

    Database &db;
    const DemoOptions options;
    std::vector<DemoPlace> places;
    std::vector<DemoDistrictRef> districts;
    std::vector<DemoTypeRef> types;
    std::vector<DemoPartnerRef> partners;
    std::vector<DemoProviderRef> providers;
    std::vector<DemoRequestPlan> plans;
    /// Providers by municipality and service type: byPlaceAndType[place][type] = indexes.
    std::vector<std::vector<std::vector<int>>> byPlaceAndType;
    /// Every BSN handed out (clients and providers), so none is given twice.
    QSet<quint32> usedBsns;
    DemoSummary summary;

    /// The day the data is seen from: nothing but a planned trajectory lies after it.
    static QDate asOf() { return DemoCalendar::projectEnd(); }

    /// Each part draws from its own stream.
    enum Stream : quint32
    {
        OrganisationStream = 1,
        ProviderStream,
        ClientStream,
        DeliveryStream,
        PlanningStream,
    };
    DemoRandom random(Stream stream) const { return DemoRandom(options.seed, stream); }

    /// Reports a phase that runs from `from` to `to` per cent as `done` of `total`; false when
    /// the user cancelled.
    bool advance(int from, int to, qint64 done, qint64 total);
    static Error cancelled();

    /// A municipality index, larger municipalities more often.
    int pickPlace(DemoRandom &random) const;
    /// A partner of one of `kinds` in the municipality, or a regional one; -1 when none.
    int pickPartner(DemoRandom &random, int place, std::initializer_list<PartnerKind> kinds) const;

private:
    std::function<bool(int)> m_progress;
    int m_lastPercent = -1;
};

/// The parts, in the order the generator runs them; each needs what the ones before made.
Status writeOrganisation(DemoWorld &world); ///< places, service types, partners, settings
Status writeProviders(DemoWorld &world);    ///< with trajectories, ladder, course, notes
Status writeClients(DemoWorld &world);      ///< with requests and notes; fills the plans
Status writeDeliveries(DemoWorld &world);
Status writePlanning(DemoWorld &world); ///< targets and budget lines, from the tallies

} // namespace wzsw
