#include "demo/demogenerator.h"
#include "domain/service.h"
#include "rules/entityrules.h"
#include "seed.h"
#include "services/filechecker.h"
#include "storage/auditrepository.h"
#include "storage/partnerrepository.h"
#include "storage/personrepository.h"
#include "storage/placerepository.h"
#include "storage/servicetyperepository.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

DemoSummary generate(Database &db, int clients, quint32 seed)
{
    DemoOptions options;
    options.clients = clients;
    options.seed = seed;
    const Result<DemoSummary> summary = generateDemo(db, options);
    INFO((summary ? QString() : summary.error().fullText()).toStdString());
    REQUIRE(summary.ok());
    return *summary;
}

template <typename T> QList<T> all(const Result<QList<T>> &rows)
{
    REQUIRE(rows.ok());
    return *rows;
}

/// Every row of every table but the audit log (whose entry carries the time it was made), in
/// id order, one line per row.
QStringList dump(Database &db)
{
    QStringList lines;
    QSqlQuery tables(db.connection());
    REQUIRE(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                        u"('audit_log', 'sqlite_sequence') ORDER BY name"_s));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s));
        while (rows.next()) {
            QStringList cells{table};
            for (int i = 0; i < rows.record().count(); ++i)
                cells.append(rows.value(i).isNull() ? u"NULL"_s : rows.value(i).toString());
            lines.append(cells.join(u'|'));
        }
    }
    return lines;
}

qint64 rowsIn(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(u"SELECT COUNT(*) FROM "_s + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("a small demo passes every rule validator for every record")
{
    test::TempDataFile file;
    Database &db = file.db();
    generate(db, 200, 7);
    // The demo shows the project as seen at its end, so that is "today" for the validators;
    // birth dates must also lie before the real today (checked below).
    const QDate asOf = DemoCalendar::projectEnd();
    QList<RuleViolation> violations;
    const auto collect = [&violations](const QList<RuleViolation> &found) {
        violations += found;
    };

    PlaceRepository places(db);
    QHash<Id, QString> municipalityCodes;
    for (const Municipality &m : all(places.allMunicipalities())) {
        collect(validateMunicipality(m));
        municipalityCodes.insert(m.id, m.code);
    }
    for (const Neighbourhood &n : all(places.neighbourhoodsOf(0)))
        collect(validateNeighbourhood(n, municipalityCodes.value(n.municipalityId)));
    QHash<Id, Cents> fees;
    for (const ServiceType &type : all(ServiceTypeRepository(db).all())) {
        collect(validateServiceType(type));
        fees.insert(type.id, type.feePerHourCents);
    }
    PartnerRepository partners(db);
    for (const Partner &partner : all(partners.partners().list()))
        collect(validatePartner(partner));
    for (const Agreement &agreement : all(partners.agreements().list()))
        collect(validateAgreement(agreement, QString::number(agreement.id)));

    QHash<Id, Client> clients;
    for (const Client &client : all(ClientRepository(db).list())) {
        collect(validateClient(client, asOf));
        CHECK(client.person.birthDate < QDate::currentDate());
        clients.insert(client.id, client);
    }
    ProviderRepository providerRepository(db);
    QHash<Id, Provider> providers;
    for (const Provider &provider : all(providerRepository.list())) {
        collect(validateProvider(provider, asOf));
        CHECK(provider.person.birthDate < QDate::currentDate());
        providers.insert(provider.id, provider);
    }
    for (const LadderAssessment &a : all(providerRepository.ladder().list()))
        collect(validateLadder(a, providers.value(a.providerId).code));
    QHash<Id, int> running;
    for (const Trajectory &t : all(TrajectoryRepository(db).list())) {
        collect(validateTrajectory(t, providers.value(t.providerId).code));
        running[t.providerId] += t.status == TrajectoryStatus::Running ? 1 : 0;
    }
    for (const ServiceRequest &request : all(RequestRepository(db).list()))
        collect(validateRequest(request, clients.value(request.clientId).code));
    for (const Delivery &d : all(DeliveryRepository(db).list())) {
        const Client &client = clients.value(d.clientId);
        collect(validateDelivery(d, {QString::number(d.id), client.intakeDate, client.endDate,
                                     providers.value(d.providerId).startDate}));
        CHECK(d.feeCents == defaultFee(d.quarterHours, fees.value(d.serviceTypeId)));
        CHECK(d.date >= DemoCalendar::projectStart());
        CHECK(d.date <= DemoCalendar::projectEnd());
    }
    for (const ContactNote &note : all(NoteRepository(db).list()))
        collect(validateContactNote(note, QString::number(note.id)));
    PlanningRepository planning(db);
    for (const Target &target : all(planning.targets().list()))
        collect(validateTarget(target, target.measure));
    for (const BudgetLine &line : all(planning.budget().list()))
        collect(validateBudgetLine(line, QString::number(line.id)));
    for (const ProjectSettings &settings : all(planning.settings().list()))
        collect(validateProjectSettings(settings, QString::number(settings.id)));

    for (const RuleViolation &v : std::as_const(violations))
        FAIL_CHECK(v.describe().toStdString());
    CHECK(violations.isEmpty());
    for (auto it = running.cbegin(); it != running.cend(); ++it)
        CHECK(it.value() <= 1);

    // A BSN belongs to one person, client or provider.
    QSet<QString> bsns;
    qint64 withBsn = 0;
    const auto note = [&](const QString &bsn) {
        if (!bsn.isEmpty()) {
            ++withBsn;
            bsns.insert(bsn);
        }
    };
    for (const Client &c : std::as_const(clients))
        note(c.person.bsn);
    for (const Provider &p : std::as_const(providers))
        note(p.person.bsn);
    CHECK(bsns.size() == withBsn);
}

TEST_CASE("a demo file passes the whole file check", "[sqlite-only]")
{
    test::TempDataFile file;
    generate(file.db(), 300, 9);
    // With the real today: consent dates, the one kind of date besides birth dates that may not
    // lie in the future, all lie before November 2026 (the intakes end in October).
    const Result<FileCheckReport> report = FileChecker(file.db()).run();
    REQUIRE(report.ok());
    for (const FileProblem &problem : report->problems)
        FAIL_CHECK(problem.describe().toStdString());
    CHECK(report->summary.problems == 0);
    CHECK(!report->summary.firstBrokenAuditEntry.has_value());
}

TEST_CASE("a demo provider's trajectories follow orientation, activation, placement in turn")
{
    test::TempDataFile file;
    generate(file.db(), 300, 3);
    QHash<Id, QList<Trajectory>> byProvider;
    for (const Trajectory &t : all(TrajectoryRepository(file.db()).list({}, {}, u"start_date"_s)))
        byProvider[t.providerId].append(t);
    int longRoutes = 0;
    for (const QList<Trajectory> &route : std::as_const(byProvider)) {
        longRoutes += route.size() >= 3 ? 1 : 0;
        for (qsizetype i = 1; i < route.size(); ++i) {
            const Trajectory &before = route.at(i - 1);
            const Trajectory &after = route.at(i);
            CHECK(int(after.type) == int(before.type) + 1);
            // The next step starts only after the previous one was completed.
            CHECK(before.status == TrajectoryStatus::Completed);
            CHECK(before.actualEndDate < after.startDate);
        }
    }
    CHECK(longRoutes > 0);
}

TEST_CASE("demo ladder assessments mostly rise")
{
    test::TempDataFile file;
    generate(file.db(), 500, 5);
    QHash<Id, QList<LadderAssessment>> byProvider;
    for (const LadderAssessment &a :
         all(ProviderRepository(file.db()).ladder().list({}, {}, u"provider_id, date, id"_s)))
        byProvider[a.providerId].append(a);
    int up = 0;
    int down = 0;
    for (const QList<LadderAssessment> &ladder : std::as_const(byProvider)) {
        up += ladder.last().level > ladder.first().level ? 1 : 0;
        down += ladder.last().level < ladder.first().level ? 1 : 0;
    }
    // A step up has a chance of 75% at each assessment and a step back 5% (25% after a
    // broken-off trajectory), so rises outnumber falls by far; three to one leaves room for
    // chance in a hundred providers.
    CHECK(up > 3 * down);
    CHECK(up > int(byProvider.size()) / 3);
}

TEST_CASE("the same demo seed gives identical tables and another seed different ones",
          "[sqlite-only]")
{
    test::TempDataFile first;
    test::TempDataFile second;
    test::TempDataFile third;
    generate(first.db(), 200, 11);
    generate(second.db(), 200, 11);
    generate(third.db(), 200, 12);
    const QStringList rows = dump(first.db());
    CHECK(rows.size() > 2000);
    CHECK(rows == dump(second.db()));
    CHECK(rows != dump(third.db()));
}

TEST_CASE("demo proportions: clients as asked, a provider per five clients, ten deliveries each")
{
    test::TempDataFile file;
    const DemoSummary summary = generate(file.db(), 500, 2);
    CHECK(summary.clients == 500);
    CHECK(rowsIn(file.db(), u"clients"_s) == 500);
    // (500 + 2) / 5 = 100, rounded to the nearest whole provider.
    CHECK(summary.providers == 100);
    CHECK(rowsIn(file.db(), u"providers"_s) == 100);
    // Aimed at 10 x 500 = 5000: once-requests give one delivery each and the recurring ones
    // share the rest with unbiased random rounding (at most one either way per request, about
    // 800 requests), so the count stays within 5% of 5000.
    CHECK(summary.deliveries == rowsIn(file.db(), u"deliveries"_s));
    CHECK(summary.deliveries >= 4750);
    CHECK(summary.deliveries <= 5250);
}

TEST_CASE("demo codes follow the CBS and exchange formats")
{
    test::TempDataFile file;
    const DemoSummary summary = generate(file.db(), 60, 4);
    PlaceRepository places(file.db());
    const QList<Municipality> municipalities = all(places.allMunicipalities());
    REQUIRE(municipalities.size() == 10);
    static const QRegularExpression gm(u"^GM\\d{4}$"_s);
    QHash<Id, QString> digits;
    for (const Municipality &m : municipalities) {
        CHECK(gm.match(m.code).hasMatch());
        digits.insert(m.id, m.code.mid(2));
    }
    const Result<std::optional<Municipality>> tilburg = places.municipalityByCode(u"GM0855"_s);
    REQUIRE(tilburg.ok());
    CHECK(tilburg->has_value());
    const QList<Neighbourhood> neighbourhoods = all(places.neighbourhoodsOf(0));
    CHECK(neighbourhoods.size() == summary.neighbourhoods);
    for (const Neighbourhood &n : neighbourhoods) {
        CHECK(n.code.size() == 8);
        CHECK(n.code.startsWith(u"WK"_s + digits.value(n.municipalityId)));
    }
    const QList<Client> clients = all(ClientRepository(file.db()).list({}, {}, u"id"_s));
    CHECK(clients.first().code == u"C-0001"_s);
    CHECK(clients.last().code == u"C-0060"_s);
    const QList<Provider> providers = all(ProviderRepository(file.db()).list({}, {}, u"id"_s));
    CHECK(providers.first().code == u"P-0001"_s);
    static const QRegularExpression partnerCode(u"^PA-\\d{2}$"_s);
    for (const Partner &p : all(PartnerRepository(file.db()).partners().list()))
        CHECK(partnerCode.match(p.code).hasMatch());
}

TEST_CASE("a cancelled demo stores nothing")
{
    test::TempDataFile file;
    DemoOptions options;
    options.clients = 300;
    int calls = 0;
    const Result<DemoSummary> result = generateDemo(file.db(), options, [&calls](int percent) {
        ++calls;
        return percent < 40;
    });
    REQUIRE(!result.ok());
    CHECK(result.error().kind == Error::Kind::Cancelled);
    CHECK(calls > 1);
    for (const QString &table : {u"municipalities"_s, u"service_types"_s, u"clients"_s,
                                 u"providers"_s, u"deliveries"_s, u"audit_log"_s})
        CHECK(rowsIn(file.db(), table) == 0);
}

TEST_CASE("a demo refuses a data file that already holds data and changes nothing")
{
    test::TempDataFile file;
    test::seedBasics(file.db());
    const Result<DemoSummary> result = generateDemo(file.db(), DemoOptions{});
    REQUIRE(!result.ok());
    CHECK(result.error().kind == Error::Kind::Conflict);
    CHECK(rowsIn(file.db(), u"municipalities"_s) == 2);
    CHECK(rowsIn(file.db(), u"clients"_s) == 0);
}

TEST_CASE("a demo uses the default service types already in the file")
{
    test::TempDataFile file;
    ServiceTypeRepository types(file.db());
    for (ServiceType type : ServiceTypeRepository::defaultCatalogue())
        REQUIRE(types.insert(type).ok());
    const DemoSummary summary = generate(file.db(), 50, 1);
    CHECK(summary.serviceTypes == 0);
    CHECK(rowsIn(file.db(), u"service_types"_s) == 10);
}

TEST_CASE("a demo outside the allowed number of clients is refused by name")
{
    test::TempDataFile file;
    DemoOptions options;
    options.clients = -1;
    const Result<DemoSummary> result = generateDemo(file.db(), options);
    REQUIRE(!result.ok());
    REQUIRE(result.error().violations.size() == 1);
    CHECK(result.error().violations.first().field == u"clients"_s);
}
