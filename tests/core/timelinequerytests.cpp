#include "seed.h"
#include "services/deliveryservice.h"
#include "services/noteservice.h"
#include "services/providerservice.h"
#include "services/requestservice.h"
#include "services/trajectoryservice.h"
#include "servicetesthelpers.h"
#include "storage/timelinequeries.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

/// Two clients and two providers with records spread over 2025, so that each timeline has
/// records of its own, records of the other person of its kind, and dates that tie.
struct World
{
    test::Basics basics;
    Client truus;    // C-0001
    Client kees;     // C-0002
    Provider mehmet; // P-0001
    Provider anja;   // P-0002
    Id requestTruus = 0;
    Id requestKees = 0;
    Id deliveryMarch = 0;  // Truus by Mehmet, 2025-03-04
    Id deliveryMarch2 = 0; // Truus by Mehmet, 2025-03-04 again, stored later
    Id deliveryKees = 0;   // Kees by Anja, 2025-03-10
    Id noteTruus = 0;      // 2025-03-04, the same day as the two deliveries
    Id noteMehmet = 0;
    Id noteKees = 0;
    Id trajectory = 0;
    Id assessment = 0;
};

Id storeDelivery(Database &db, Id client, Id provider, Id type, const QDate &date, int quarters,
                 const QString &note = {})
{
    Delivery d;
    d.clientId = client;
    d.providerId = provider;
    d.serviceTypeId = type;
    d.date = date;
    d.quarterHours = quarters;
    d.note = note;
    REQUIRE(DeliveryService(db).save(d).ok());
    return d.id;
}

Id storeNote(Database &db, Id client, Id provider, const QDate &date, const QString &text)
{
    ContactNote n;
    n.clientId = client;
    n.providerId = provider;
    n.date = date;
    n.author = u"Ilse"_s;
    n.text = text;
    REQUIRE(NoteService(db).save(n).ok());
    return n.id;
}

World makeWorld(Database &db)
{
    World w;
    w.basics = test::seedBasics(db);
    w.truus = test::storeClient(db, test::validClient(w.basics.centrum));
    Client kees = test::validClient(w.basics.noord);
    kees.person.givenName = u"Kees"_s;
    kees.person.familyName = u"Smulders"_s;
    kees.person.birthDate = QDate(1950, 5, 5);
    w.kees = test::storeClient(db, kees);
    w.mehmet = test::storeProvider(db, test::validProvider(w.basics.noord));
    Provider anja = test::validProvider(w.basics.centrum);
    anja.person.givenName = u"Anja"_s;
    anja.person.familyName = u"Bakker"_s;
    anja.person.birthDate = QDate(1979, 9, 9);
    w.anja = test::storeProvider(db, anja);

    RequestService requests(db);
    ServiceRequest r;
    r.clientId = w.truus.id;
    r.serviceTypeId = w.basics.boodschappen;
    r.requestDate = QDate(2025, 2, 1);
    r.description = u"Elke dinsdag boodschappen"_s;
    r.frequency = RequestFrequency::Weekly;
    REQUIRE(requests.save(r).ok());
    REQUIRE(requests.match(r, w.mehmet.id).ok());
    w.requestTruus = r.id;
    ServiceRequest k;
    k.clientId = w.kees.id;
    k.serviceTypeId = w.basics.klusjes;
    k.requestDate = QDate(2025, 2, 2);
    REQUIRE(requests.save(k).ok());
    w.requestKees = k.id;

    w.deliveryMarch = storeDelivery(db, w.truus.id, w.mehmet.id, w.basics.boodschappen,
                                    QDate(2025, 3, 4), 10, u"Bij de Jumbo"_s);
    w.deliveryMarch2 =
        storeDelivery(db, w.truus.id, w.mehmet.id, w.basics.boodschappen, QDate(2025, 3, 4), 4);
    w.deliveryKees =
        storeDelivery(db, w.kees.id, w.anja.id, w.basics.klusjes, QDate(2025, 3, 10), 8);

    w.noteTruus = storeNote(db, w.truus.id, 0, QDate(2025, 3, 4), u"Huisbezoek\ngaat goed"_s);
    w.noteMehmet = storeNote(db, 0, w.mehmet.id, QDate(2025, 4, 1), u"Voortgangsgesprek"_s);
    w.noteKees = storeNote(db, w.kees.id, 0, QDate(2025, 5, 1), u"Kees belde"_s);

    Trajectory t;
    t.providerId = w.mehmet.id;
    t.type = TrajectoryType::Activation;
    t.status = TrajectoryStatus::Running;
    t.startDate = QDate(2025, 1, 15);
    REQUIRE(TrajectoryService(db).save(t).ok());
    w.trajectory = t.id;
    LadderAssessment a;
    a.providerId = w.mehmet.id;
    a.date = QDate(2025, 1, 15); // the trajectory's start date: a tie of kinds
    a.level = 3;
    REQUIRE(ProviderService(db).save(a).ok());
    w.assessment = a.id;
    return w;
}

struct Key
{
    QDate date;
    RecordKind kind;
    Id id;
    bool operator==(const Key &) const = default;
};

QList<Key> keysOf(const TimelinePage &page)
{
    QList<Key> keys;
    for (const TimelineEntry &e : page.entries)
        keys.append({e.date, e.kind, e.id});
    return keys;
}

} // namespace

TEST_CASE("a client's timeline lists their requests, deliveries and notes, newest first")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());

    const Result<TimelinePage> page =
        TimelineQueries(file.db()).entries(RecordKind::Client, w.truus.id, 50, Language::Dutch);
    REQUIRE(page.ok());
    // Truus: the request of 02-01, two deliveries and a note on 03-04. On 03-04 the deliveries
    // (RecordKind Delivery comes before ContactNote) come first, the later stored one (higher
    // id) before the earlier; Kees's request, delivery and note are not hers.
    const QList<Key> expected{
        {QDate(2025, 3, 4), RecordKind::Delivery, w.deliveryMarch2},
        {QDate(2025, 3, 4), RecordKind::Delivery, w.deliveryMarch},
        {QDate(2025, 3, 4), RecordKind::ContactNote, w.noteTruus},
        {QDate(2025, 2, 1), RecordKind::Request, w.requestTruus},
    };
    CHECK(keysOf(*page) == expected);
    CHECK_FALSE(page->more);

    const TimelineEntry &delivery = page->entries.at(1);
    CHECK(delivery.serviceType == u"Boodschappen"_s);
    CHECK(delivery.otherCode == u"P-0001"_s); // the provider who delivered
    CHECK(delivery.quarterHours == 10);       // 2.5 hours
    CHECK(delivery.text == u"Bij de Jumbo"_s);
    const TimelineEntry &note = page->entries.at(2);
    CHECK(note.author == u"Ilse"_s);
    CHECK(note.text == u"Huisbezoek\ngaat goed"_s);
    const TimelineEntry &request = page->entries.at(3);
    CHECK(request.requestStatus == RequestStatus::Matched);
    CHECK(request.otherCode == u"P-0001"_s);
    CHECK(request.text == u"Elke dinsdag boodschappen"_s);
}

TEST_CASE("a provider's timeline lists trajectories, assessments, matched requests, deliveries "
          "and notes")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());

    const Result<TimelinePage> page = TimelineQueries(file.db()).entries(
        RecordKind::Provider, w.mehmet.id, 50, Language::English);
    REQUIRE(page.ok());
    // Mehmet: note 04-01, two deliveries 03-04 (not Truus's note of that day: it is hers),
    // the request matched to him 02-01, and on 01-15 the trajectory before the assessment
    // (RecordKind Trajectory comes before LadderAssessment). Anja's delivery is not his.
    const QList<Key> expected{
        {QDate(2025, 4, 1), RecordKind::ContactNote, w.noteMehmet},
        {QDate(2025, 3, 4), RecordKind::Delivery, w.deliveryMarch2},
        {QDate(2025, 3, 4), RecordKind::Delivery, w.deliveryMarch},
        {QDate(2025, 2, 1), RecordKind::Request, w.requestTruus},
        {QDate(2025, 1, 15), RecordKind::Trajectory, w.trajectory},
        {QDate(2025, 1, 15), RecordKind::LadderAssessment, w.assessment},
    };
    CHECK(keysOf(*page) == expected);

    CHECK(page->entries.at(1).serviceType == u"Shopping"_s); // the English name asked for
    CHECK(page->entries.at(1).otherCode == u"C-0001"_s);     // the client served
    CHECK(page->entries.at(3).otherCode == u"C-0001"_s);     // the client who asked
    const TimelineEntry &trajectory = page->entries.at(4);
    CHECK(trajectory.trajectoryType == TrajectoryType::Activation);
    CHECK(trajectory.trajectoryStatus == TrajectoryStatus::Running);
    CHECK(page->entries.at(5).level == 3);
}

TEST_CASE("a timeline limited to fewer entries than the person has says that there are more")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    TimelineQueries timeline(file.db());

    // Mehmet has 6 entries: the newest 2 are his note and the later delivery.
    const Result<TimelinePage> two =
        timeline.entries(RecordKind::Provider, w.mehmet.id, 2, Language::Dutch);
    REQUIRE(two.ok());
    CHECK(keysOf(*two) == QList<Key>{{QDate(2025, 4, 1), RecordKind::ContactNote, w.noteMehmet},
                                     {QDate(2025, 3, 4), RecordKind::Delivery, w.deliveryMarch2}});
    CHECK(two->more);
    // Exactly as many as he has: nothing more.
    const Result<TimelinePage> six =
        timeline.entries(RecordKind::Provider, w.mehmet.id, 6, Language::Dutch);
    REQUIRE(six.ok());
    CHECK(six->entries.size() == 6);
    CHECK_FALSE(six->more);
}

TEST_CASE("a person without records, or a kind that is not a person, has an empty timeline")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    TimelineQueries timeline(file.db());

    Client newcomer = test::validClient(w.basics.goirleCentrum);
    newcomer.person.givenName = u"Nieuw"_s;
    newcomer.person.familyName = u"Persoon"_s;
    newcomer.person.birthDate = QDate(1960, 1, 1);
    newcomer = test::storeClient(file.db(), newcomer);
    const Result<TimelinePage> empty = timeline.entries(RecordKind::Client, newcomer.id);
    REQUIRE(empty.ok());
    CHECK(empty->entries.isEmpty());
    CHECK_FALSE(empty->more);

    // Anja's only record is Kees's delivery; the request of Kees is not matched to her.
    const Result<TimelinePage> anja = timeline.entries(RecordKind::Provider, w.anja.id);
    REQUIRE(anja.ok());
    CHECK(keysOf(*anja) == QList<Key>{{QDate(2025, 3, 10), RecordKind::Delivery, w.deliveryKees}});

    const Result<TimelinePage> partner = timeline.entries(RecordKind::Partner, 1);
    REQUIRE(partner.ok());
    CHECK(partner->entries.isEmpty());
}

TEST_CASE("a long case note comes into the timeline cut to its first 200 characters")
{
    test::TempDataFile file;
    const World w = makeWorld(file.db());
    const QString longText = QString(150, u'a') + QString(150, u'b'); // 300 characters
    const Id id = storeNote(file.db(), w.kees.id, 0, QDate(2025, 6, 1), longText);

    const Result<TimelinePage> page =
        TimelineQueries(file.db()).entries(RecordKind::Client, w.kees.id, 1);
    REQUIRE(page.ok());
    REQUIRE(page->entries.size() == 1);
    CHECK(page->entries.front().id == id);
    // 150 a's and the first 50 b's.
    CHECK(page->entries.front().text == QString(150, u'a') + QString(50, u'b'));
}

TEST_CASE("the timeline reads every table through its index by person and scans none",
          "[sqlite-only]")
{
    test::TempDataFile file;
    test::seedBasics(file.db());
    for (RecordKind person : {RecordKind::Client, RecordKind::Provider}) {
        const Result<QStringList> plan = TimelineQueries(file.db()).queryPlan(person);
        REQUIRE(plan.ok());
        const QString text = plan->join(u'\n');
        INFO(text.toStdString());
        // Without an index a million deliveries would be read for every person opened.
        CHECK(text.contains(u"MERGE (UNION ALL)"_s));
        CHECK_FALSE(text.contains(u"SCAN "_s));
        // The deliveries through an index that starts with the person.
        const QString byPerson =
            person == RecordKind::Client ? u"(client_id=?"_s : u"(provider_id=?"_s;
        bool deliveriesByPerson = false;
        for (const QString &line : *plan)
            if (line.startsWith(u"SEARCH d USING INDEX "_s) && line.contains(byPerson))
                deliveriesByPerson = true;
        CHECK(deliveriesByPerson);
    }
}
