// The Rapportages page on the offscreen platform: defaults from the project settings, texts
// written and stored, a report issued and reopened from its archive exactly as it was sent.
#include "figureseed.h"
#include "report/reportrenderer.h"
#include "reportpage/narrativeeditor.h"
#include "reportpage/reportchooser.h"
#include "reportpage/reportspage.h"
#include "services/reportservice.h"
#include "shell/datafile.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

// Every page of a report as pixels, to compare two drawings of it.
QList<QImage> pagesOf(const ReportRenderer &renderer)
{
    QList<QImage> pages;
    for (int index = 0; index < renderer.pageCount(); ++index) {
        QImage image(ReportRenderer::pageSize().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.paintPage(painter, index);
        painter.end();
        pages.append(image);
    }
    return pages;
}

struct OpenWorld
{
    OpenWorld()
    {
        world = test::seedFigureWorld(temp.db());
        temp.close();
        Result<std::unique_ptr<DataFile>> opened = DataFile::open(temp.path());
        REQUIRE(opened.ok());
        file = std::move(*opened);
        REQUIRE(file->waitForFileCheck() == FileCheckState::Passed);
    }
    test::TempDataFile temp;
    test::FigureWorld world;
    std::unique_ptr<DataFile> file;
};

// The page on the world's file, showing the default report of Tilburg (GM0855).
void showTilburgReport(ReportsPage &page, OpenWorld &open)
{
    page.setDataFile(open.file.get());
    page.activate();
    REQUIRE(page.chooser()->setMunicipalityCode(u"GM0855"_s));
    REQUIRE(page.showReport().ok());
}

QStringList reportAudit(Database &db)
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

TEST_CASE("the reports page takes its period from the project settings and shows the report")
{
    OpenWorld open;
    ReportsPage page;
    page.setDataFile(open.file.get());
    page.activate();
    page.chooser()->setKind(ReportKind::Interim1);
    REQUIRE(page.chooser()->setMunicipalityCode(u"GM0855"_s));
    // Tilburg's project settings in the figure world: start 2025-01-01, interim-1 2025-06-30.
    CHECK(page.chooser()->period() == Period{QDate(2025, 1, 1), QDate(2025, 6, 30)});
    CHECK_FALSE(page.canPrint());

    REQUIRE(page.showReport().ok());
    REQUIRE(page.renderer() != nullptr);
    CHECK(page.canPrint());
    CHECK(page.renderer()->data().measures.deliveries == 6); // as the JSON test worked out
    CHECK(page.renderer()->pageCount() > 2);
    CHECK(page.chooser()->setMunicipalityCode(QString())); // two municipalities: a region too
}

TEST_CASE("a narrative written on the page is stored with its report and found again")
{
    OpenWorld open;
    {
        ReportsPage page;
        showTilburgReport(page, open);
        QTest::keyClicks(page.narrativeEditor()->whatWorksEdit(), u"Boodschappen lopen goed"_s);
        CHECK(page.narrativeEditor()->isModified());
        REQUIRE(page.saveNarrative().ok());
    }
    ReportsPage again;
    again.setDataFile(open.file.get());
    again.activate();
    REQUIRE(again.chooser()->setMunicipalityCode(u"GM0855"_s));
    REQUIRE(again.showReport().ok());
    CHECK(again.narrativeEditor()->narrative().whatWorks == u"Boodschappen lopen goed"_s);
    CHECK(reportAudit(open.file->database()) == QStringList{u"create"_s});
}

TEST_CASE("an issued report reopens from its archive and draws exactly as it was issued")
{
    OpenWorld open;
    ReportsPage page;
    showTilburgReport(page, open);
    QTest::keyClicks(page.narrativeEditor()->nextStepsEdit(), u"- Meer klussers werven"_s);
    REQUIRE(page.issueShown().ok());
    CHECK(page.storedReport().isIssued());
    CHECK(page.narrativeEditor()->whatWorksEdit()->isReadOnly());
    REQUIRE(page.issuedList()->count() == 1);
    const qint64 issuedDeliveries = page.renderer()->data().measures.deliveries;
    const QList<QImage> asIssued = pagesOf(*page.renderer());

    // The file changes afterwards: one more delivery on the last day of the period.
    Client client = test::validClient(open.world.basics.centrum);
    client.code = u"K-LATE"_s;
    REQUIRE(ClientRepository(open.file->database()).insert(client).ok());
    Delivery late;
    late.clientId = client.id;
    late.providerId = ProviderRepository(open.file->database()).list().value().front().id;
    late.serviceTypeId = open.world.basics.boodschappen;
    late.date = QDate(2025, 6, 30);
    late.quarterHours = 4;
    REQUIRE(DeliveryRepository(open.file->database()).insert(late).ok());

    // Shown live, the report has it, and a new draft starts from the issued texts...
    REQUIRE(page.showReport().ok());
    CHECK(page.renderer()->data().measures.deliveries == issuedDeliveries + 1);
    CHECK_FALSE(page.storedReport().isIssued());
    CHECK(page.narrativeEditor()->narrative().nextSteps == u"- Meer klussers werven"_s);

    // ... and the issued one, reopened in a new page, is the one that was sent.
    ReportsPage later;
    later.setDataFile(open.file.get());
    later.activate();
    REQUIRE(later.issuedList()->count() == 1);
    REQUIRE(later.openIssued(0).ok());
    CHECK(later.storedReport().isIssued());
    CHECK(later.renderer()->data().measures.deliveries == issuedDeliveries);
    CHECK(later.narrativeEditor()->narrative().nextSteps == u"- Meer klussers werven"_s);
    const QList<QImage> reopened = pagesOf(*later.renderer());
    REQUIRE(reopened.size() == asIssued.size());
    for (qsizetype i = 0; i < asIssued.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(reopened[i] == asIssued[i]);
    }
    CHECK(reportAudit(open.file->database()) == QStringList{u"issue"_s});
}

TEST_CASE("an issued report reopens in the language it was issued in, whatever the program's")
{
    OpenWorld open;
    setDisplayLanguage(Language::Dutch);
    ReportsPage page;
    showTilburgReport(page, open);
    REQUIRE(page.renderer()->language() == Language::Dutch);
    REQUIRE(page.issueShown().ok());
    const QList<QImage> asIssued = pagesOf(*page.renderer());

    setDisplayLanguage(Language::English);
    ReportsPage later;
    later.setDataFile(open.file.get());
    later.activate();
    REQUIRE(later.openIssued(0).ok());
    CHECK(later.renderer()->language() == Language::Dutch);
    CHECK(pagesOf(*later.renderer()) == asIssued);
    // A report shown live follows the program's language.
    REQUIRE(later.showReport().ok());
    CHECK(later.renderer()->language() == Language::English);
}

TEST_CASE("saving the shown report as PDF writes the file and records the print")
{
    OpenWorld open;
    ReportsPage page;
    showTilburgReport(page, open);
    const QString path = open.temp.pathFor(u"tilburg.pdf"_s);
    REQUIRE(page.savePdf(path).ok());
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(reportAudit(open.file->database()) == QStringList{u"print"_s});
}

TEST_CASE("cancelling the computation of a report leaves the report that was shown")
{
    OpenWorld open;
    ReportsPage page;
    showTilburgReport(page, open);
    const ReportRenderer *shown = page.renderer();

    // The progress callback lets events through: this timer presses Cancel while computing.
    REQUIRE(page.chooser()->setMunicipalityCode(QString()));
    QTimer::singleShot(0, &page, [&page] {
        if (auto *progress = page.findChild<QProgressDialog *>())
            progress->cancel();
    });
    const Status status = page.showReport();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Cancelled);
    CHECK(page.renderer() == shown);
    CHECK(page.renderer()->data().municipalityCode == u"GM0855"_s);
}
