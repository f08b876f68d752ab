// Texts per report and issued reports: stored in one transaction with their audit entry, and an
// issued report's archived figures read back exactly, whatever the file holds later.
#include "figures/computereport.h"
#include "figures/reportarchive.h"
#include "figureseed.h"
#include "services/reportservice.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "storage/reportrepository.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

ReportData computed(Database &db, ReportKind kind, const QString &municipality)
{
    ReportRequest request;
    request.kind = kind;
    request.municipalityCode = municipality;
    request.from = kind == ReportKind::Monthly ? QDate(2025, 6, 1) : test::worldFrom();
    request.to = test::worldTo();
    request.generatedAt = QDateTime(QDate(2025, 7, 2), QTime(9, 14, 0));
    const Result<ReportData> data = computeReport(db, request);
    if (!data)
        FAIL(data.error().message.toStdString());
    return *data;
}

Period world()
{
    return {test::worldFrom(), test::worldTo()};
}

QStringList auditActions(Database &db)
{
    QStringList actions;
    const Result<QList<AuditEntry>> entries = AuditRepository(db).entries();
    REQUIRE(entries.ok());
    for (const AuditEntry &entry : *entries)
        if (entry.entity == u"report"_s)
            actions.append(entry.action);
    return actions;
}

} // namespace

TEST_CASE("a report archive reads back as the same figures, for a municipality and the region")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    // Monthly has comparison periods; the region has figures per municipality.
    for (const auto &[kind, scope] :
         {std::pair{ReportKind::Interim1, u"GM0855"_s}, std::pair{ReportKind::Monthly, u"GM0855"_s},
          std::pair{ReportKind::Final, QString()}}) {
        const ReportData original = computed(file.db(), kind, scope);
        const QByteArray archive = reportArchiveJson(original);
        const Result<ReportData> back = reportFromArchive(archive);
        REQUIRE(back.ok());
        CHECK(back->measures == original.measures);
        CHECK(back->period == original.period);
        CHECK(back->kind == original.kind);
        CHECK(back->scopeCode() == original.scopeCode());
        CHECK(back->scopeName == original.scopeName);
        CHECK(back->projectLeader == original.projectLeader);
        CHECK(back->generatedAt == original.generatedAt);
        CHECK(back->comparisons.size() == original.comparisons.size());
        CHECK(back->byNeighbourhood.size() == original.byNeighbourhood.size());
        CHECK(back->byMunicipality.size() == original.byMunicipality.size());
        CHECK(back->agreements.size() == original.agreements.size());
        CHECK(back->targets.size() == original.targets.size());
        // Everything else: written again, the archive is the same text.
        CHECK(reportArchiveJson(*back) == archive);
    }
}

TEST_CASE("a report archive keeps the language the report was issued in")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    ReportData live = computed(file.db(), ReportKind::Interim1, u"GM0855"_s);
    // A report computed now has no language of its own: it draws in the one chosen.
    CHECK_FALSE(reportFromArchive(reportArchiveJson(live)).value().issuedLanguage.has_value());
    for (Language language : {Language::Dutch, Language::English}) {
        live.issuedLanguage = language;
        CHECK(reportFromArchive(reportArchiveJson(live)).value().issuedLanguage == language);
    }
}

TEST_CASE("a report archive that is not one is refused")
{
    CHECK(reportFromArchive("{\"kind\": \"final\"}").error().kind == Error::Kind::Invalid);
    CHECK(reportFromArchive("not json").error().kind == Error::Kind::Invalid);
}

TEST_CASE("the texts of a report are stored per report, audited, and found again as its draft")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    ReportService service(file.db());
    StoredReport draft = service.draft(ReportKind::Interim1, u"GM0855"_s, world()).value();
    CHECK(draft.id == 0);
    CHECK(draft.narrative.isEmpty());
    draft.narrative.whatWorks = u"Boodschappen lopen goed."_s;
    REQUIRE(service.saveNarrative(draft).ok());
    draft.narrative.nextSteps = u"- Meer vrijwilligers"_s;
    REQUIRE(service.saveNarrative(draft).ok());

    const StoredReport again = service.draft(ReportKind::Interim1, u"GM0855"_s, world()).value();
    CHECK(again.id == draft.id);
    CHECK(again.narrative.whatWorks == u"Boodschappen lopen goed."_s);
    CHECK(again.narrative.nextSteps == u"- Meer vrijwilligers"_s);
    // Another scope is another report.
    CHECK(service.draft(ReportKind::Interim1, u"GM0785"_s, world()).value().narrative.isEmpty());
    CHECK(auditActions(file.db()) == QStringList{u"create"_s, u"update"_s});
}

TEST_CASE("issuing archives figures and texts; later changes to the file leave the archive as sent")
{
    test::TempDataFile file;
    const test::FigureWorld worldSeed = test::seedFigureWorld(file.db());
    ReportService service(file.db());
    const ReportData figures = computed(file.db(), ReportKind::Interim1, u"GM0855"_s);
    StoredReport report = service.draft(ReportKind::Interim1, u"GM0855"_s, world()).value();
    report.narrative.whatDoesNotWork = u"Te weinig klussers."_s;
    REQUIRE(service.issue(report, figures).ok());
    CHECK(report.isIssued());
    CHECK_FALSE(report.issuedBy.isEmpty());

    // A delivery added afterwards, on the last day of the period, changes the live figures...
    Client client = test::validClient(worldSeed.basics.centrum);
    client.code = u"K-LATE"_s;
    REQUIRE(ClientRepository(file.db()).insert(client).ok());
    const Provider provider = ProviderRepository(file.db()).list().value().front();
    Delivery late;
    late.clientId = client.id;
    late.providerId = provider.id;
    late.serviceTypeId = worldSeed.basics.boodschappen;
    late.date = test::worldTo();
    late.quarterHours = 4;
    REQUIRE(DeliveryRepository(file.db()).insert(late).ok());
    CHECK(computed(file.db(), ReportKind::Interim1, u"GM0855"_s).measures.deliveries ==
          figures.measures.deliveries + 1);

    // ... but not the issued report.
    const QList<StoredReport> issued = service.issued().value();
    REQUIRE(issued.size() == 1);
    CHECK(issued.front().issuedAt == report.issuedAt);
    CHECK(issued.front().narrative.whatDoesNotWork == u"Te weinig klussers."_s);
    const ReportData archived = reportFromArchive(issued.front().figures).value();
    CHECK(archived.measures == figures.measures);

    // The issued report is never changed; the next draft starts from its texts.
    StoredReport changed = issued.front();
    changed.narrative.whatWorks = u"later"_s;
    CHECK(service.saveNarrative(changed).error().kind == Error::Kind::Conflict);
    const StoredReport next = service.draft(ReportKind::Interim1, u"GM0855"_s, world()).value();
    CHECK(next.id == 0);
    CHECK(next.narrative.whatDoesNotWork == u"Te weinig klussers."_s);
    CHECK(auditActions(file.db()) == QStringList{u"issue"_s});
}

TEST_CASE("issuing figures of another report than the texts stores nothing")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    ReportService service(file.db());
    StoredReport report = service.draft(ReportKind::Interim1, u"GM0785"_s, world()).value();
    const ReportData figures = computed(file.db(), ReportKind::Interim1, u"GM0855"_s);
    CHECK(service.issue(report, figures).error().kind == Error::Kind::Invalid);
    CHECK(service.issued().value().isEmpty());
    CHECK(ReportRepository(file.db()).reports().count().value() == 0);
    CHECK(auditActions(file.db()).isEmpty());
}
