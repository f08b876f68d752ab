#include "storage/personrepository.h"
#include "uitestsupport.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("opening a data file shows the client list with its count in the status bar")
{
    test::clearSettings();
    const test::SeededFile file(300);
    MainWindow window(standardPages());
    test::openChecked(window, file.path());
    window.showPage(PageId::Clients);

    CHECK_FALSE(window.isShowingWelcome());
    PagedListModel *model = test::clientPanel(window)->model();
    REQUIRE(model);
    CHECK(model->totalCount() == 300);
    CHECK(model->rowCount() == 300);
    CHECK(window.statusCountText() == u"300 clients"_s);
}

TEST_CASE("typing in the search field filters the client list after a short pause")
{
    test::clearSettings();
    const test::SeededFile file(300);
    MainWindow window(standardPages());
    test::openChecked(window, file.path());
    window.showPage(PageId::Clients);
    ListPanel *panel = test::clientPanel(window);

    QTest::keyClicks(panel->searchField(), u"jansen noord"_s);
    // Nothing happens while typing goes on ...
    CHECK(panel->model()->totalCount() == 300);
    // ... then the search runs: Jansen is i % 10 == 0, Noord i % 3 == 1, so i % 30 == 10:
    // i = 10, 40, ..., 280 -> 10 clients.
    CHECK(QTest::qWaitFor([&] { return panel->model()->totalCount() == 10; }, 2000));
    CHECK(window.statusCountText() == u"10 clients (filtered)"_s);

    // Every row shown is a Jansen in Noord.
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        CHECK(test::cellText(*panel->model(), row, ClientList::Name).startsWith(u"Jansen, "_s));
        CHECK(test::cellText(*panel->model(), row, ClientList::Neighbourhood) == u"Noord"_s);
    }

    panel->searchField()->clear();
    CHECK(QTest::qWaitFor([&] { return panel->model()->totalCount() == 300; }, 2000));
}

TEST_CASE("clicking a column header sorts the list by that column, again reverses it")
{
    test::clearSettings();
    const test::SeededFile file(300);
    MainWindow window(standardPages());
    window.show();
    test::openChecked(window, file.path());
    window.showPage(PageId::Clients);
    ListPanel *panel = test::clientPanel(window);
    QHeaderView *header = panel->view()->horizontalHeader();
    const auto clickHeader = [header](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };

    // Starts by name: Bakker, Anna first (i % 10 == 2 and i % 7 == 0: i = 42 -> C-0043).
    CHECK(test::cellText(*panel->model(), 0, ClientList::Code) == u"C-0043"_s);
    clickHeader(ClientList::Code);
    CHECK(panel->model()->sortOrder().column == ClientList::Code);
    CHECK(test::cellText(*panel->model(), 0, ClientList::Code) == u"C-0001"_s);
    clickHeader(ClientList::Code);
    CHECK(test::cellText(*panel->model(), 0, ClientList::Code) == u"C-0300"_s);
    CHECK(test::cellText(*panel->model(), 299, ClientList::Code) == u"C-0001"_s);
}

TEST_CASE("the paged model returns the right rows at both ends of a 5,000-row list")
{
    test::clearSettings();
    const test::SeededFile file(5000);
    Result<std::unique_ptr<Database>> db = Database::open(file.path());
    REQUIRE(db.ok());
    PagedListModel model(**db, RecordKind::Client);
    REQUIRE(model.rowCount() == 5000);

    model.sort(ClientList::Code, Qt::AscendingOrder);
    CHECK(test::cellText(model, 0, ClientList::Code) == u"C-0001"_s);
    CHECK(test::cellText(model, 4999, ClientList::Code) == u"C-5000"_s);
    CHECK(test::cellText(model, 2500, ClientList::Code) == u"C-2501"_s);

    model.sort(ClientList::Name, Qt::AscendingOrder);
    // First: Bakker (i % 10 == 2), Anna (i % 7 == 0): i = 42 -> C-0043.
    CHECK(test::cellText(model, 0, ClientList::Code) == u"C-0043"_s);
    CHECK(test::cellText(model, 0, ClientList::Name) == u"Bakker, Anna"_s);
    // Last: Vries (i % 10 == 1), Gerrit (i % 7 == 6): i % 70 == 41; ties in id order, so the
    // highest such i below 5000 comes last: 41 + 70 * 70 = 4941 -> C-4942.
    CHECK(test::cellText(model, 4999, ClientList::Code) == u"C-4942"_s);
    CHECK(test::cellText(model, 4999, ClientList::Name) == u"Vries, Gerrit de"_s);
    CHECK(model.data(model.index(4999, 0), PagedListModel::IdRole).toLongLong() > 0);

    // Reading every row keeps no more than the page limit in memory.
    for (int row = 0; row < 5000; row += 50)
        (void)model.data(model.index(row, ClientList::Code));
    CHECK(model.cachedPageCount() <= PagedListModel::maxCachedPages);
}

TEST_CASE("a list shows a stored change as soon as the data file says it changed")
{
    test::clearSettings();
    const test::SeededFile file(300);
    MainWindow window(standardPages());
    test::openChecked(window, file.path());
    window.showPage(PageId::Clients);
    PagedListModel *model = test::clientPanel(window)->model();
    REQUIRE(model->totalCount() == 300);
    (void)test::cellText(*model, 0, ClientList::Code); // a page is read and held

    Client extra = test::validClient(file.basics().noord);
    extra.code = u"C-0301"_s;
    extra.person.familyName = u"Aalbers"_s; // sorts first by name
    REQUIRE(ClientRepository(window.dataFile()->database()).insert(extra).ok());
    CHECK(model->totalCount() == 300); // nothing said yet
    window.dataFile()->notifyChanged(RecordKind::Client);
    CHECK(model->totalCount() == 301);
    CHECK(window.statusCountText() == u"301 clients"_s);
    CHECK(test::cellText(*model, 0, ClientList::Code) == u"C-0301"_s);
}

TEST_CASE("the status and place filters narrow the client list")
{
    test::clearSettings();
    const test::SeededFile file(300);
    Result<std::unique_ptr<Database>> db = Database::open(file.path());
    REQUIRE(db.ok());
    PagedListModel model(**db, RecordKind::Client);

    ListFilter filter;
    filter.choice = u"ended"_s; // i % 5 == 4 -> 60 of 300
    model.setFilter(filter);
    CHECK(model.rowCount() == 60);
    filter.municipalityId = file.basics().goirle; // and i % 3 == 2: i % 15 == 14 -> 20
    model.setFilter(filter);
    CHECK(model.rowCount() == 20);
}

TEST_CASE("Enter on a row asks to open that record")
{
    test::clearSettings();
    const test::SeededFile file(30);
    MainWindow window(standardPages());
    window.show();
    test::openChecked(window, file.path());
    window.showPage(PageId::Clients);
    RecordRef opened;
    window.setRecordOpener(
        [&opened](DataFile &, const RecordRef &record, QWidget *) { opened = record; });
    ListPanel *panel = test::clientPanel(window);
    panel->view()->setFocus();
    panel->view()->setCurrentIndex(panel->model()->index(2, 0));

    QTest::keyClick(panel->view(), Qt::Key_Return);
    CHECK(opened.kind == RecordKind::Client);
    CHECK(opened.id == panel->model()->idAt(2));
}
