#include "seed.h"
#include "services/trajectoryservice.h"
#include "servicetesthelpers.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

Trajectory trajectoryOf(const Provider &provider, TrajectoryType type, TrajectoryStatus status,
                        const QDate &start)
{
    Trajectory t;
    t.providerId = provider.id;
    t.type = type;
    t.status = status;
    t.startDate = start;
    return t;
}

} // namespace

TEST_CASE("a second running trajectory is refused naming the first; after completing it, allowed")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Provider provider = test::storeProvider(file.db(), test::validProvider(basics.centrum));
    TrajectoryService service(file.db());
    Trajectory orientation = trajectoryOf(provider, TrajectoryType::Orientation,
                                          TrajectoryStatus::Running, QDate(2025, 1, 6));
    REQUIRE(service.save(orientation).ok());

    Trajectory activation = trajectoryOf(provider, TrajectoryType::Activation,
                                         TrajectoryStatus::Running, QDate(2025, 4, 1));
    const Status refused = service.save(activation);
    CHECK(test::hasViolation(refused, u"status"_s, Rule::OneRunning));
    const QString message = test::messageFor(refused, u"status"_s);
    CHECK(message.contains(u"P-0001"_s));
    CHECK(message.contains(u"2025-01-06"_s)); // the other trajectory, by its start
    CHECK(TrajectoryRepository(file.db()).ofProvider(provider.id).value().size() == 1);

    // A planned one next to the running one is fine.
    activation.status = TrajectoryStatus::Planned;
    REQUIRE(service.save(activation).ok());

    orientation.status = TrajectoryStatus::Completed;
    orientation.actualEndDate = QDate(2025, 3, 31);
    REQUIRE(service.save(orientation).ok());
    activation.status = TrajectoryStatus::Running;
    CHECK(service.save(activation).ok());
}

TEST_CASE("saving the running trajectory itself again is not a second running one")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Provider provider = test::storeProvider(file.db(), test::validProvider(basics.centrum));
    TrajectoryService service(file.db());
    Trajectory t = trajectoryOf(provider, TrajectoryType::Placement, TrajectoryStatus::Running,
                                QDate(2025, 1, 6));
    REQUIRE(service.save(t).ok());
    t.goals = u"Werkervaring opdoen"_s;
    CHECK(service.save(t).ok());
}

TEST_CASE("a completed or broken-off trajectory needs an actual end date")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Provider provider = test::storeProvider(file.db(), test::validProvider(basics.centrum));
    TrajectoryService service(file.db());
    for (TrajectoryStatus status : {TrajectoryStatus::Completed, TrajectoryStatus::BrokenOff}) {
        Trajectory t =
            trajectoryOf(provider, TrajectoryType::Activation, status, QDate(2025, 1, 6));
        CHECK(test::hasViolation(service.save(t), u"actual_end_date"_s, Rule::EndDateNeeded));
        t.actualEndDate = QDate(2025, 1, 5); // before the start
        CHECK(test::hasViolation(service.save(t), u"actual_end_date"_s, Rule::DateOrder));
        t.actualEndDate = QDate(2025, 1, 6);
        CHECK(service.save(t).ok());
    }
}

TEST_CASE("a trajectory needs an existing provider and, when named, an existing partner")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    const Provider provider = test::storeProvider(file.db(), test::validProvider(basics.centrum));
    TrajectoryService service(file.db());
    Trajectory t;
    t.startDate = QDate(2025, 1, 6);
    CHECK(test::hasViolation(service.save(t), u"provider_code"_s, Rule::Required));
    t.providerId = 5150;
    CHECK(test::hasViolation(service.save(t), u"provider_code"_s, Rule::UnknownCode));
    t.providerId = provider.id;
    t.partnerId = 5151;
    CHECK(test::hasViolation(service.save(t), u"partner_code"_s, Rule::UnknownCode));
    t.partnerId = 0;
    REQUIRE(service.save(t).ok());
    REQUIRE(service.remove(t.id).ok());
    CHECK(TrajectoryRepository(file.db()).count().value() == 0);
}
