#include "export/exportpage.h"
#include "lists/listpage.h"
#include "overview/overviewpage.h"
#include "records/recordsummary.h"
#include "settings/translations.h"
#include "shell/demofile.h"
#include "shell/newdatafiledialog.h"
#include "storage/personrepository.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

} // namespace

TEST_CASE("without an open file the window shows the welcome page, closing returns to it")
{
    test::clearSettings();
    const test::SeededFile file(3);
    MainWindow window(standardPages());
    CHECK(window.isShowingWelcome());
    CHECK_FALSE(window.action(u"actionBackup"_s)->isEnabled());

    test::openChecked(window, file.path());
    CHECK_FALSE(window.isShowingWelcome());
    CHECK(window.action(u"actionBackup"_s)->isEnabled());

    window.closeFile();
    CHECK(window.isShowingWelcome());
    CHECK(window.dataFile() == nullptr);
    CHECK(window.statusCountText().isEmpty());
}

TEST_CASE("opening a file that is not a data file is refused and leaves the window as it was")
{
    test::clearSettings();
    test::TempDataFile scratch;
    const QString notOurs = scratch.pathFor(u"notes.wzsw"_s);
    QFile text(notOurs);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a database");
    text.close();

    MainWindow window(standardPages());
    const Status status = window.openFile(notOurs);
    CHECK_FALSE(status.ok());
    CHECK(window.isShowingWelcome());
}

TEST_CASE("the navigation lists every place and each opens its page")
{
    test::clearSettings();
    MainWindow window(standardPages());
    const QStringList expected{u"Overview"_s,
                               u"Clients"_s,
                               u"Providers"_s,
                               u"Trajectories"_s,
                               u"Requests and deliveries"_s,
                               u"Partners and agreements"_s,
                               u"Targets and budget"_s,
                               u"Reports"_s,
                               u"Export"_s};
    QStringList shown;
    for (int row = 0; row < window.navigation()->count(); ++row)
        shown.append(window.navigation()->item(row)->text());
    CHECK(shown == expected);
    CHECK(qobject_cast<ListPage *>(window.page(PageId::TargetsAndBudget)) != nullptr);
    CHECK(qobject_cast<OverviewPage *>(window.page(PageId::Overview)) != nullptr);
    CHECK(qobject_cast<ExportPage *>(window.page(PageId::Export)) != nullptr);
}

TEST_CASE("switching the language retranslates navigation and menus at once")
{
    test::clearSettings();
    MainWindow window(standardPages());
    CHECK(menuTitles(window) ==
          QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"P&rivacy"_s, u"&Help"_s});

    Translations::apply(Language::Dutch);
    QCoreApplication::processEvents(); // LanguageChange is posted to the windows
    CHECK(window.navigation()->item(1)->text() == u"Cliënten"_s);
    CHECK(window.navigation()->item(4)->text() == u"Hulpvragen en inzet"_s);
    CHECK(menuTitles(window) ==
          QStringList{u"&Bestand"_s, u"Be&werken"_s, u"Bee&ld"_s, u"&Privacy"_s, u"&Help"_s});

    Translations::apply(Language::English);
    QCoreApplication::processEvents();
    CHECK(window.navigation()->item(1)->text() == u"Clients"_s);
}

TEST_CASE("the new data file dialog shows core's message next to a wrong municipality code")
{
    NewDataFileDialog dialog;
    dialog.codeField()->setText(u"GM85"_s);
    dialog.nameField()->setText(u"Tilburg"_s);
    CHECK_FALSE(dialog.validate());
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    const bool shown = std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return !label->isHidden() && label->text().contains(u"GM0855"_s);
    });
    CHECK(shown);

    dialog.codeField()->setText(u"gm0855"_s);
    CHECK(dialog.validate());
    CHECK(dialog.municipality().code == u"GM0855"_s);
}

TEST_CASE("a new data file made from the window starts with its municipality and is open")
{
    test::clearSettings();
    test::TempDataFile scratch;
    const QString path = scratch.pathFor(u"goirle.wzsw"_s);
    MainWindow window(standardPages());
    Municipality goirle;
    goirle.code = u"GM0785"_s;
    goirle.name = u"Goirle"_s;

    REQUIRE(window.createFile(path, goirle).ok());
    REQUIRE(window.dataFile());
    CHECK(window.dataFile()->path() == path);
    Municipality wrong;
    wrong.code = u"GM78"_s;
    wrong.name = u"Goirle"_s;
    const QString second = scratch.pathFor(u"wrong.wzsw"_s);
    CHECK_FALSE(window.createFile(second, wrong).ok());
    CHECK_FALSE(QFileInfo::exists(second)); // nothing left behind
}

TEST_CASE("opening the demo makes it once with the demo generator, then opens it")
{
    test::clearSettings();
    test::TempDataFile scratch;
    const QString demo = scratch.pathFor(u"demo.wzsw"_s);
    MainWindow window(standardPages());
    window.openDemo(demo);
    REQUIRE(window.dataFile());
    CHECK(window.dataFile()->path() == demo);
    CHECK_FALSE(QFileInfo::exists(demo + u".part"_s));
    window.showPage(PageId::Clients);
    CHECK(test::clientPanel(window)->model()->totalCount() == DemoFile::clientCount);

    // A second time the file is there and is only opened.
    const QDateTime made = QFileInfo(demo).lastModified();
    window.closeFile();
    window.openDemo(demo);
    REQUIRE(window.dataFile());
    CHECK(QFileInfo(demo).lastModified() == made);
}

TEST_CASE("a record summary shows every client field with the BSN masked")
{
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    Client client = test::validClient(basics.centrum);
    client.code = u"C-0007"_s;
    client.person.bsn = u"111222333"_s;
    REQUIRE(ClientRepository(file.db()).insert(client).ok());

    const Result<RecordSummary> summary =
        RecordSummaries::of(file.db(), {RecordKind::Client, client.id});
    REQUIRE(summary.ok());
    CHECK(summary->text(u"bsn"_s) == u"*****2333"_s);
    CHECK(summary->text(u"family_name"_s) == u"Heijden"_s);
    CHECK(summary->text(u"neighbourhood_code"_s) == u"Centrum (WK085501)"_s);
    CHECK(summary->text(u"birth_date"_s) == u"14/03/1941"_s); // English run
    // Every column of the client exchange format has its line (21 fields).
    CHECK(summary->fields.size() == 21);
}
