#include "figures/computereport.h"
#include "figures/reportjson.h"
#include "figureseed.h"
#include "filedamage.h"
#include "privacyworld.h"
#include "rules/violations.h"
#include "safety/autobackup.h"
#include "services/clientservice.h"
#include "services/erasureservice.h"
#include "services/filechecker.h"
#include "services/noteservice.h"
#include "servicetesthelpers.h"
#include "storage/auditrepository.h"
#include "storage/backup.h"
#include "storage/personrepository.h"
#include "storage/sql.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

const QDate erasureDay(2026, 3, 2);

/// The traces of `traces` found in the file's bytes.
QList<QByteArray> tracesIn(const QString &path, const QList<QByteArray> &traces)
{
    const QByteArray bytes = test::fileBytes(path);
    QList<QByteArray> found;
    for (const QByteArray &trace : traces)
        if (bytes.contains(trace))
            found.append(trace);
    return found;
}

} // namespace

TEST_CASE("erasing a client removes who they were and keeps the record for the figures")
{
    test::TempDataFile file;
    const test::PrivacyWorld w = test::makePrivacyWorld(file.db());
    const Result<ErasureOutcome> erased =
        ErasureService(file.db()).erase(PersonKind::Client, w.truus.code, erasureDay);
    REQUIRE(erased.ok());
    CHECK_FALSE(erased->alreadyErased);
    CHECK(erased->notesRemoved == 1);
    CHECK(erased->textsCleared == 3); // the request's description and two delivery notes
    CHECK_FALSE(erased->compactProblem.has_value());

    const Client after = ClientRepository(file.db()).find(w.truus.id).value();
    CHECK(after.code == w.truus.code);
    CHECK(after.person.erasedDate == erasureDay);
    CHECK(after.person.givenName.isEmpty());
    CHECK(after.person.familyNamePrefix.isEmpty());
    CHECK(after.person.familyName.isEmpty());
    CHECK(after.person.street.isEmpty());
    CHECK(after.person.houseNumber.isEmpty());
    CHECK(after.person.postcode.isEmpty());
    CHECK(after.person.place.isEmpty());
    CHECK(after.person.phone.isEmpty());
    CHECK(after.person.email.isEmpty());
    CHECK(after.person.bsn.isEmpty());
    CHECK_FALSE(after.person.gender.has_value());
    // 1941-03-14 keeps its year, on 1 July.
    CHECK(after.person.birthDate == QDate(1941, 7, 1));
    // What the figures count stays.
    CHECK(after.person.neighbourhoodId == w.truus.person.neighbourhoodId);
    CHECK(after.targetGroups == w.truus.targetGroups);
    CHECK(after.livesAlone == w.truus.livesAlone);
    CHECK(after.intakeDate == w.truus.intakeDate);

    CHECK(NoteRepository(file.db()).ofClient(w.truus.id).value().isEmpty());
    const QList<ServiceRequest> requests =
        RequestRepository(file.db()).ofClient(w.truus.id).value();
    REQUIRE(requests.size() == 1);
    CHECK(requests.front().description.isEmpty());
    CHECK(requests.front().providerId == w.mehmet.id);
    const QList<Delivery> deliveries = DeliveryRepository(file.db()).ofClient(w.truus.id).value();
    REQUIRE(deliveries.size() == 2);
    for (const Delivery &d : deliveries)
        CHECK(d.note.isEmpty());
    // Kees's delivery note is his, not hers.
    CHECK(DeliveryRepository(file.db()).ofClient(w.kees.id).value().front().note ==
          u"Kees gaf koffie"_s);
}

TEST_CASE("after an erasure the person's names and numbers are nowhere in the file's bytes",
          "[sqlite-only]")
{
    test::TempDataFile file;
    // As most SQLite builds (Qt's own on Windows among them) come: deleted data is not
    // overwritten, so the old name of a name change lingers in free space. (Debian's SQLite has
    // secure delete on by default; the erasure must not rely on either.)
    test::rawSql(file.db(), u"PRAGMA secure_delete = OFF"_s);
    const test::PrivacyWorld w = test::makePrivacyWorld(file.db());
    // A long note deleted before: its pages went to the free list, text and all.
    ContactNote dossier;
    dossier.clientId = w.truus.id;
    dossier.date = QDate(2025, 1, 4);
    dossier.text = u"Verslag dossier-Verstappen. "_s.repeated(400);
    REQUIRE(NoteService(file.db()).save(dossier).ok());
    REQUIRE(NoteService(file.db()).remove(dossier.id).ok());
    const QList<QByteArray> traces =
        test::PrivacyWorld::truusTraces() + QList<QByteArray>{"dossier-Verstappen"};
    // Every trace is in the file before, the deleted note and the old name too.
    CHECK(tracesIn(file.path(), traces) == traces);
    REQUIRE(ErasureService(file.db()).erase(PersonKind::Client, w.truus.code, erasureDay).ok());
    CHECK(tracesIn(file.path(), traces).isEmpty());
    // The search does find what must stay: Kees is not erased.
    CHECK(tracesIn(file.path(), {"Brouwer", "123456782", "Kees gaf koffie"}).size() == 3);
    CHECK_FALSE(QFile::exists(file.path() + u"-journal"_s));
    // Secure delete was on for the erasure only.
    CHECK(scalar(file.db(), u"PRAGMA secure_delete"_s).value().toInt() == 0);
}

TEST_CASE("an erasure leaves every report figure as it was")
{
    test::TempDataFile file;
    const test::PrivacyWorld w = test::makePrivacyWorld(file.db());
    const QStringList before = test::figureSnapshot(file.db());
    // Worked out from the world: 3 deliveries, 6 + 8 + 4 = 18 quarters (4.5 h), fees
    // 1.5 h x 5.00 + 2 h x 5.00 + 1 h x 7.50 = 25.00; Centrum (Truus) 2 deliveries 14 quarters,
    // Noord (Kees) 1 delivery 4 quarters; both served by the one provider.
    CHECK(before.at(0) == u"3 | 18 | 2500"_s);
    CHECK(before.at(1) == u"WK085501 | 1 | 1 | 2 | 14"_s);
    CHECK(before.at(2) == u"WK085502 | 1 | 1 | 1 | 4"_s);
    REQUIRE(ErasureService(file.db()).erase(PersonKind::Client, w.truus.code, erasureDay).ok());
    REQUIRE(ErasureService(file.db()).erase(PersonKind::Provider, w.mehmet.code, erasureDay).ok());
    CHECK(test::figureSnapshot(file.db()) == before);
}

TEST_CASE("the audit log records the erasure under the code, never the person, and stays whole")
{
    test::TempDataFile file;
    const test::PrivacyWorld w = test::makePrivacyWorld(file.db());
    REQUIRE(ErasureService(file.db()).erase(PersonKind::Client, w.truus.code, erasureDay).ok());
    const QList<AuditEntry> log = AuditRepository(file.db()).entries().value();
    const AuditEntry &last = log.back();
    CHECK(last.action == u"erase"_s);
    CHECK(last.entity == u"client"_s);
    CHECK(last.recordId == w.truus.id);
    CHECK(last.recordCode == w.truus.code);
    CHECK(last.summary.contains(u"notes removed: 1"_s));
    CHECK(last.summary.contains(u"texts cleared: 3"_s));
    for (const AuditEntry &entry : log)
        for (const QByteArray &trace : test::PrivacyWorld::truusTraces())
            CHECK_FALSE(
                QString(entry.summary + entry.recordCode).contains(QString::fromUtf8(trace)));
    CHECK_FALSE(AuditRepository(file.db()).firstBrokenEntry().value().has_value());
}

TEST_CASE("erasing a provider clears trajectory texts and delivery notes, keeps levels and hours",
          "[sqlite-only]")
{
    test::TempDataFile file;
    const test::PrivacyWorld w = test::makePrivacyWorld(file.db());
    const Result<ErasureOutcome> erased =
        ErasureService(file.db()).erase(PersonKind::Provider, w.mehmet.code, erasureDay);
    REQUIRE(erased.ok());
    CHECK(erased->notesRemoved == 1);
    CHECK(erased->textsCleared == 4); // three delivery notes and the trajectory
    // 1988-07-02 reduced to 1 July 1988.
    CHECK(ProviderRepository(file.db()).find(w.mehmet.id).value().person.birthDate ==
          QDate(1988, 7, 1));
    const QList<Trajectory> trajectories =
        TrajectoryRepository(file.db()).ofProvider(w.mehmet.id).value();
    REQUIRE(trajectories.size() == 1);
    CHECK(trajectories.front().goals.isEmpty());
    CHECK(trajectories.front().status == TrajectoryStatus::Running);
    CHECK(ProviderRepository(file.db()).assessmentsOf(w.mehmet.id).value().size() == 2);
    CHECK(tracesIn(file.path(), test::PrivacyWorld::mehmetTraces()).isEmpty());
}

TEST_CASE("an erased person is no duplicate candidate, cannot be changed and passes the check",
          "[sqlite-only]")
{
    test::TempDataFile file;
    const test::PrivacyWorld w = test::makePrivacyWorld(file.db());
    REQUIRE(ErasureService(file.db()).erase(PersonKind::Client, w.truus.code, erasureDay).ok());

    // A new intake of someone born on the kept date, with no names yet: the erased record
    // would match on birth date and (empty) family name if it were still a candidate.
    Client lookalike = test::validClient(w.basics.centrum);
    lookalike.person.birthDate = QDate(1941, 7, 1);
    lookalike.person.familyName.clear();
    lookalike.person.postcode.clear();
    CHECK(ClientService(file.db()).possibleDuplicates(lookalike).value().isEmpty());

    Client erased = ClientRepository(file.db()).find(w.truus.id).value();
    erased.person.givenName = u"Truus"_s;
    CHECK(test::hasViolation(ClientService(file.db()).save(erased), u"code"_s, Rule::Inconsistent));

    Client faked = test::validClient(w.basics.noord);
    faked.person.erasedDate = erasureDay;
    CHECK(test::hasViolation(ClientService(file.db()).save(faked), u"erased_date"_s,
                             Rule::Inconsistent));

    const Result<FileCheckReport> report = FileChecker(file.db(), erasureDay).run();
    REQUIRE(report.ok());
    INFO((report->problems.isEmpty() ? QString() : report->problems.front().describe())
             .toStdString());
    CHECK(report->healthy());
}

TEST_CASE("erasing again changes nothing but compacts the file again", "[sqlite-only]")
{
    test::TempDataFile file;
    const test::PrivacyWorld w = test::makePrivacyWorld(file.db());
    REQUIRE(ErasureService(file.db()).erase(PersonKind::Client, w.truus.code, erasureDay).ok());
    const qint64 entries = AuditRepository(file.db()).entries().value().size();
    const Result<ErasureOutcome> again =
        ErasureService(file.db()).erase(PersonKind::Client, w.truus.code, erasureDay.addDays(3));
    REQUIRE(again.ok());
    CHECK(again->alreadyErased);
    CHECK(again->erasedOn == erasureDay);
    CHECK(AuditRepository(file.db()).entries().value().size() == entries);

    const Result<ErasureOutcome> unknown =
        ErasureService(file.db()).erase(PersonKind::Client, u"C-9999"_s, erasureDay);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == Error::Kind::NotFound);
}

TEST_CASE("the automatic backups lose the person too, so a restore cannot bring them back",
          "[sqlite-only]")
{
    test::TempDataFile file;
    const test::PrivacyWorld w = test::makePrivacyWorld(file.db());
    AutoBackup backups(file.path(), file.pathFor(u"backups"_s));
    const BackupFile first = backups.backupNow(file.db()).value();
    const BackupFile second = backups.backupNow(file.db()).value();
    REQUIRE_FALSE(tracesIn(second.path, test::PrivacyWorld::truusTraces()).isEmpty());

    REQUIRE(ErasureService(file.db()).erase(PersonKind::Client, w.truus.code, erasureDay).ok());
    const Result<int> changed =
        ErasureService::eraseFromBackups(backups, PersonKind::Client, w.truus.code, erasureDay);
    REQUIRE(changed.ok());
    CHECK(*changed == 2);
    for (const BackupFile &backup : {first, second}) {
        CHECK(tracesIn(backup.path, test::PrivacyWorld::truusTraces()).isEmpty());
        CHECK(Backup::verify(backup.path).ok());
    }
    // Nothing left to do a second time.
    CHECK(ErasureService::eraseFromBackups(backups, PersonKind::Client, w.truus.code, erasureDay)
              .value() == 0);
}

TEST_CASE(
    "the kept date of birth is 1 July of the year, or 1 January where July would break a rule")
{
    const QDate today(2026, 3, 2);
    CHECK(ErasureService::reducedBirthDate(QDate(1941, 3, 14), QDate(2025, 1, 1), today) ==
          QDate(1941, 7, 1));
    CHECK(ErasureService::reducedBirthDate(QDate(1941, 12, 31), QDate(2025, 1, 1), today) ==
          QDate(1941, 7, 1));
    // Started in the year of birth, before July: July would come after the start.
    CHECK(ErasureService::reducedBirthDate(QDate(2008, 2, 1), QDate(2008, 5, 1), today) ==
          QDate(2008, 1, 1));
    // Born this year, before July: July would lie in the future.
    CHECK(ErasureService::reducedBirthDate(QDate(2026, 1, 10), QDate(), today) ==
          QDate(2026, 1, 1));
}

TEST_CASE("erasing everyone leaves every report of every scope as it was, to the byte")
{
    test::TempDataFile file;
    test::seedFigureWorld(file.db());
    const QDateTime stamp(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    // Every kind for Tilburg, Goirle and the region, over the figure world's own periods and
    // over one wide period that holds every record.
    const auto reports = [&]() -> QList<QByteArray> {
        QList<QByteArray> all;
        for (const QString &scope : {u"GM0855"_s, u"GM0785"_s, QString()})
            for (ReportKind kind : {ReportKind::Interim1, ReportKind::Interim2, ReportKind::Final,
                                    ReportKind::Monthly})
                for (bool wide : {false, true}) {
                    ReportRequest request;
                    request.kind = kind;
                    request.municipalityCode = scope;
                    request.generatedAt = stamp;
                    request.today = QDate(2025, 6, 15);
                    if (wide || scope == u"GM0785"_s) {
                        request.from = wide ? QDate(2020, 1, 1) : test::worldFrom();
                        request.to = wide ? QDate(2030, 12, 31) : test::worldTo();
                    }
                    const Result<ReportData> data = computeReport(file.db(), request);
                    if (!data)
                        FAIL(data.error().message.toStdString());
                    all.append(reportJsonText(*data));
                }
        return all;
    };
    const QList<QByteArray> before = reports();
    REQUIRE(before.size() == 24);

    ErasureService erasure(file.db());
    qint64 erased = 0;
    // The lists are held in locals: a range-for over value() of a temporary Result would walk
    // a destroyed list.
    const QList<Client> clients = ClientRepository(file.db()).list().value();
    const QList<Provider> providers = ProviderRepository(file.db()).list().value();
    for (const Client &c : clients) {
        REQUIRE(erasure.erase(PersonKind::Client, c.code, erasureDay).ok());
        ++erased;
    }
    for (const Provider &p : providers) {
        REQUIRE(erasure.erase(PersonKind::Provider, p.code, erasureDay).ok());
        ++erased;
    }
    REQUIRE(erased > 5);
    const QList<QByteArray> after = reports();
    for (qsizetype i = 0; i < before.size(); ++i) {
        INFO("report " << i);
        CHECK(after.at(i) == before.at(i));
    }
}
