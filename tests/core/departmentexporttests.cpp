// The exports for municipal departments: columns, values, dialects and the figures of the
// neighbourhoods profile against the report's. Expected rows are worked out by hand from the
// awkward exchange set (exchangetestdata.h); the period is the region's project period,
// 2025-01-01 .. 2026-12-31, which holds every delivery of the set.

#include "departmenttesthelpers.h"
#include "figures/computereport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("the wmo export writes one row per client and service type with deliveries and hours")
{
    test::TempDataFile file;
    test::importAwkward(file.db());
    const QList<QStringList> rows = test::rowsOf(
        test::exportBytes(file.db(), u"wmo"_s, test::dutchRequest(), file.pathFor(u"wmo.csv"_s)));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0) == QStringList{u"persoon-id"_s, u"geboortejaar"_s, u"wijkcode"_s,
                                    u"doelgroepen"_s, u"alleenwonend"_s, u"soort dienst"_s,
                                    u"leveringen"_s, u"uren"_s});
    // Ordered by neighbourhood code: Ümit (WK078501) before Truus (WK085501).
    // Ümit, klusjes: 2 + 12 hours in two deliveries.
    CHECK(rows.at(1).mid(1) == QStringList{u"1950"_s, u"WK078501"_s,
                                           label(TargetGroup::PhysicalDisability, Language::Dutch),
                                           u"nee"_s, u"Klusjes \"groot en klein\""_s, u"2"_s,
                                           u"14"_s});
    // Truus, boodschappen: 1.5 + 1.5 + 0.25 = 3.25 hours in three deliveries.
    CHECK(rows.at(2).mid(1) == QStringList{u"1941"_s, u"WK085501"_s,
                                           label(TargetGroup::Elderly, Language::Dutch) + u", "_s +
                                               label(TargetGroup::Lonely, Language::Dutch),
                                           u"ja"_s, u"Boodschappen"_s, u"3"_s, u"3,25"_s});
    CHECK(rows.at(1).at(0).startsWith(u"PS-"_s));
    CHECK(rows.at(1).at(0) != rows.at(2).at(0));
}

TEST_CASE("the participation export writes the latest trajectory of the period per provider")
{
    test::TempDataFile file;
    test::importAwkward(file.db());
    ExportRequest request = test::dutchRequest();
    request.language = Language::English;
    request.dialect = CsvDialect::rfc4180();
    const QList<QStringList> rows = test::rowsOf(
        test::exportBytes(file.db(), u"participation"_s, request, file.pathFor(u"p.csv"_s)));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0) == QStringList{u"person id"_s, u"birth year"_s, u"neighbourhood code"_s,
                                    u"background"_s, u"trajectory type"_s, u"framework"_s,
                                    u"start"_s, u"planned end"_s, u"actual end"_s, u"status"_s,
                                    u"ladder first"_s, u"ladder latest"_s,
                                    u"delivery hours in period"_s, u"course status"_s,
                                    u"exit date"_s, u"exit reason"_s});
    const auto en = [](auto value) {
        return label(value, Language::English);
    };
    // Dóra (WK085501): broken off 2025-08-31, no ladder, 2 hours delivered, paid work.
    CHECK(rows.at(1).mid(1) == QStringList{u"1990"_s, u"WK085501"_s, en(Background::Volunteer),
                                           en(TrajectoryType::Orientation), en(Framework::Other),
                                           u"2025-01-01"_s, QString(), u"2025-08-31"_s,
                                           en(TrajectoryStatus::BrokenOff), QString(), QString(),
                                           u"2"_s, QString(), u"2025-08-31"_s,
                                           en(ExitReason::PaidWorkRegular)});
    // Mehmet (WK085502): of his two trajectories the activation started 2025-04-01; ladder 2
    // (2025-01-05) then 3 (2025-06-01); hours 1.5 + 1.5 + 0.25 + 12 = 15.25; enrolled.
    CHECK(rows.at(2).mid(1) ==
          QStringList{u"1988"_s, u"WK085502"_s, en(Background::WelfareBenefit),
                      en(TrajectoryType::Activation), en(Framework::Participatiewet),
                      u"2025-04-01"_s, u"2025-12-31"_s, QString(), en(TrajectoryStatus::Running),
                      u"2"_s, u"3"_s, u"15.25"_s, u"enrolled"_s, QString(), QString()});
}

TEST_CASE("the agreements export lists the agreements of the period by partner with their flags")
{
    test::TempDataFile file;
    test::importAwkward(file.db());
    ExportRequest request = test::dutchRequest();
    request.from = QDate(2025, 11, 1);
    request.to = QDate(2025, 11, 30);
    const QList<QStringList> rows = test::rowsOf(
        test::exportBytes(file.db(), u"agreements"_s, request, file.pathFor(u"a.csv"_s)));
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0) == QStringList{u"partner"_s, u"soort"_s, u"titel"_s, u"reikwijdte"_s,
                                    u"start"_s, u"einde"_s, u"status"_s, u"evaluatiedatum"_s,
                                    u"loopt af"_s});
    const auto nl = [](auto value) {
        return label(value, Language::Dutch);
    };
    CHECK(rows.at(1) == QStringList{u"ROC, Tilburg"_s, nl(PartnerKind::Education),
                                    u"Stageplekken"_s, nl(AgreementScope::Training),
                                    u"01-02-2025"_s, QString(), nl(AgreementStatus::Draft),
                                    QString(), u"nee"_s});
    // Signed, ends 2025-12-31: 31 days after the period, within the 60 of "expiring".
    CHECK(rows.at(2) == QStringList{u"Thebe \"thuiszorg\""_s, nl(PartnerKind::HomeCare),
                                    u"Samenwerking 2025"_s,
                                    nl(AgreementScope::ClientReferral) + u", "_s +
                                        nl(AgreementScope::ServiceDelivery),
                                    u"01-01-2025"_s, u"31-12-2025"_s, nl(AgreementStatus::Signed),
                                    u"30-06-2025"_s, u"ja"_s});
}

TEST_CASE("the neighbourhoods export has the figures of the report's by_neighbourhood")
{
    test::TempDataFile file;
    test::importAwkward(file.db());
    for (const QString &municipality : {QString(), u"GM0855"_s}) {
        // GM0855's own settings have no project end: the period is given.
        ExportRequest request = test::dutchRequest();
        request.municipalityCode = municipality;
        request.dialect = CsvDialect::rfc4180();
        request.from = QDate(2025, 1, 1);
        request.to = QDate(2026, 12, 31);
        const QList<QStringList> rows = test::rowsOf(
            test::exportBytes(file.db(), u"neighbourhoods"_s, request, file.pathFor(u"n.csv"_s)));
        ReportRequest report;
        report.kind = ReportKind::Final;
        report.municipalityCode = municipality;
        report.from = request.from;
        report.to = request.to;
        const ReportData data = computeReport(file.db(), report).value();
        REQUIRE(rows.size() == data.byNeighbourhood.size() + 1);
        for (qsizetype i = 0; i < data.byNeighbourhood.size(); ++i) {
            const NeighbourhoodFigures &n = data.byNeighbourhood.at(i);
            CHECK(rows.at(i + 1) == QStringList{n.code, n.name, QString::number(n.clientsServed),
                                                QString::number(n.providersActive),
                                                QString::number(n.deliveries),
                                                CsvDialect::rfc4180().hours(n.quarterHours)});
        }
    }
    // And by hand for the region: Goirle; dorp has Ümit with 2 deliveries (14 h) by 2
    // providers; Centrum, binnenstad has Truus with 3 (3.25 h) by Mehmet; Noord none.
    ExportRequest request = test::dutchRequest();
    const QList<QStringList> rows = test::rowsOf(
        test::exportBytes(file.db(), u"neighbourhoods"_s, request, file.pathFor(u"n.csv"_s)));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(1) ==
          QStringList{u"WK078501"_s, u"Goirle; dorp"_s, u"1"_s, u"2"_s, u"2"_s, u"14"_s});
    CHECK(rows.at(2) ==
          QStringList{u"WK085501"_s, u"Centrum, binnenstad"_s, u"1"_s, u"1"_s, u"3"_s, u"3,25"_s});
    CHECK(rows.at(3) == QStringList{u"WK085502"_s, u"Noord"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s});
}

TEST_CASE("awkward text survives a department export in both dialects, formulas guarded in "
          "excel-nl only")
{
    test::TempDataFile file;
    test::importAwkward(file.db());
    // Titles with quotes, both separators, a line break, formula starts and diacritics.
    test::ExchangeFolder more(
        {{u"agreements.csv"_s,
          "partner_code,title,scope,start_date,end_date,signed_date,status,"
          "commitments,review_date,document\n"
          "PA-02,\"say \"\"hi\"\"\",training,2025-01-01,,,draft,,,\n"
          "PA-02,a;b,training,2025-01-01,,,draft,,,\n"
          "PA-02,\"a,b\",training,2025-01-01,,,draft,,,\n"
          "PA-02,\"line\nbreak\",training,2025-01-01,,,draft,,,\n"
          "PA-02,\"=HYPERLINK(\"\"http://x\"\")\",training,2025-01-01,,,draft,,,\n"
          "PA-02,-min,training,2025-01-01,,,draft,,,\n"
          "PA-02,@SUM(1),training,2025-01-01,,,draft,,,\n"
          "PA-02,+31 6,training,2025-01-01,,,draft,,,\n"
          "PA-02,Çelik Straße Ĳssel 😀,training,2025-01-01,,,draft,,,\n"}});
    const ImportReport report = test::importFolder(file.db(), more.path());
    INFO(test::problemLines(report).join(u'\n').toStdString());
    REQUIRE(report.ok());

    const QStringList titles{u"say \"hi\""_s,
                             u"a;b"_s,
                             u"a,b"_s,
                             u"line\nbreak"_s,
                             u"=HYPERLINK(\"http://x\")"_s,
                             u"-min"_s,
                             u"@SUM(1)"_s,
                             u"+31 6"_s,
                             u"Çelik Straße Ĳssel 😀"_s};
    const QStringList guarded{u"=HYPERLINK(\"http://x\")"_s, u"-min"_s, u"@SUM(1)"_s, u"+31 6"_s};
    for (const CsvDialect &dialect : {CsvDialect::excelNl(), CsvDialect::rfc4180()}) {
        INFO(dialect.name.toStdString());
        ExportRequest request = test::dutchRequest();
        request.dialect = dialect;
        const QByteArray bytes =
            test::exportBytes(file.db(), u"agreements"_s, request, file.pathFor(u"a.csv"_s));
        CHECK(bytes.startsWith("\xEF\xBB\xBF") == dialect.byteOrderMark);
        QStringList readBack;
        const QList<QStringList> rows = test::rowsOf(bytes);
        for (const QStringList &row : rows.mid(1)) {
            REQUIRE(row.size() == 9); // no separator or line break split a row
            readBack.append(row.at(2));
        }
        for (const QString &title : titles) {
            const bool guard = dialect.formulaGuard && guarded.contains(title);
            CHECK(readBack.contains(guard ? u'\'' + title : title));
        }
        // The empty end and review dates stay empty cells, in both dialects.
        CHECK(rows.at(1).at(5).isEmpty());
    }
}

TEST_CASE("a department export without dates and without project settings says what is missing")
{
    test::TempDataFile file;
    test::ExchangeFolder folder({{u"municipalities.csv"_s, "code,name\nGM0855,Tilburg\n"}});
    REQUIRE(test::importFolder(file.db(), folder.path()).ok());
    const Result<ExportSummary> summary = Exporter(file.db()).run(
        *exportProfile(u"wmo"), test::dutchRequest(), file.pathFor(u"w.csv"_s));
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().message.contains(u"project start"_s));
    CHECK_FALSE(QFile::exists(file.pathFor(u"w.csv"_s)));
}

TEST_CASE("a department export for an unknown municipality fails and writes nothing")
{
    test::TempDataFile file;
    test::importAwkward(file.db());
    ExportRequest request = test::dutchRequest();
    request.municipalityCode = u"GM0001"_s;
    const Result<ExportSummary> summary =
        Exporter(file.db()).run(*exportProfile(u"wmo"), request, file.pathFor(u"w.csv"_s));
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().kind == Error::Kind::NotFound);
    CHECK_FALSE(QFile::exists(file.pathFor(u"w.csv"_s)));
}
