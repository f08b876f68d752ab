// The Export page and the list export on the offscreen platform: a small demo file, the page's
// controls set as a user would, the preview, the saved file, the confirmation for names.

#include "demo/demogenerator.h"
#include "export/disclosuredialog.h"
#include "export/exportpage.h"
#include "lists/listexportaction.h"
#include "storage/auditrepository.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

/// A demo data file of 40 clients (project 2025-01-01 .. 2026-12-31), closed for the window.
class DemoFile
{
public:
    DemoFile()
    {
        DemoOptions options;
        options.clients = 40;
        REQUIRE(generateDemo(m_file.db(), options).ok());
        m_file.close();
    }
    QString path() const { return m_file.path(); }
    QString pathFor(const QString &name) const { return m_file.pathFor(name); }

private:
    test::TempDataFile m_file;
};

ExportPage *exportPage(MainWindow &window)
{
    window.showPage(PageId::Export);
    auto *page = qobject_cast<ExportPage *>(window.page(PageId::Export));
    REQUIRE(page);
    return page;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("the export page previews the wmo profile in Dutch Excel form and saves it")
{
    test::clearSettings();
    const DemoFile file;
    MainWindow window(standardPages());
    test::openChecked(window, file.path());
    ExportPage *page = exportPage(window);

    page->profileBox()->setCurrentIndex(page->profileBox()->findData(u"wmo"_s));
    CHECK(page->dialectBox()->currentData().toString() == u"excel-nl"_s);
    CHECK(page->namesBox()->isEnabled());
    page->recipientField()->setText(u"Wmo Tilburg"_s);
    REQUIRE(page->showPreview());
    QTableWidget *preview = page->previewTable();
    REQUIRE(preview->rowCount() > 0);
    CHECK(preview->rowCount() <= ExportPage::previewRows);
    CHECK(preview->columnCount() == 8);
    CHECK(preview->item(0, 0)->text().startsWith(u"PS-"_s));

    const QString path = file.pathFor(u"wmo.csv"_s);
    const Result<ExportSummary> summary = page->saveTo(path, {});
    REQUIRE(summary.ok());
    const QByteArray bytes = bytesOf(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains(";"));
    // The preview shows the file's first row.
    const QList<QByteArray> lines = bytes.split('\n');
    CHECK(QString::fromUtf8(lines.at(1)).startsWith(preview->item(0, 0)->text() + u';'));
}

TEST_CASE("the export page disables names for figures and the options of the exchange")
{
    test::clearSettings();
    const DemoFile file;
    MainWindow window(standardPages());
    test::openChecked(window, file.path());
    ExportPage *page = exportPage(window);

    page->profileBox()->setCurrentIndex(page->profileBox()->findData(u"neighbourhoods"_s));
    CHECK_FALSE(page->namesBox()->isEnabled());
    CHECK_FALSE(page->bsnBox()->isEnabled());
    page->profileBox()->setCurrentIndex(page->profileBox()->findData(u"exchange"_s));
    CHECK(page->dialectBox()->currentData().toString() == u"rfc4180"_s);
    CHECK_FALSE(page->scopeBox()->isEnabled());
    CHECK_FALSE(page->recipientField()->isEnabled());
    page->profileBox()->setCurrentIndex(page->profileBox()->findData(u"participation"_s));
    page->projectPeriodBox()->setChecked(false);
    page->fromEdit()->setDate(QDate(2025, 6, 1));
    page->toEdit()->setDate(QDate(2025, 5, 1));
    CHECK_FALSE(page->saveButton()->isEnabled());
    CHECK_FALSE(page->messageLabel()->text().isEmpty());
}

TEST_CASE("names leave only after the confirmation has a reason")
{
    DisclosureDialog dialog(true, true, u"Wmo Tilburg"_s);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.reasonField(), u"   "_s);
    CHECK_FALSE(dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.reasonField(), u"Herindicatie"_s);
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.reason() == u"Herindicatie"_s);
}

TEST_CASE("a list exports what it shows: visible columns in their order, filtered and sorted")
{
    test::clearSettings();
    const test::SeededFile seeded(300);
    MainWindow window(standardPages());
    test::openChecked(window, seeded.path());
    window.showPage(PageId::Clients);
    ListPanel *panel = test::clientPanel(window);
    REQUIRE(panel->exportAction()->isEnabled());

    // Jansen in Noord: i % 30 == 10, ten clients (listpaneltests works it out the same way).
    QTest::keyClicks(panel->searchField(), u"jansen noord"_s);
    REQUIRE(QTest::qWaitFor([&] { return panel->model()->totalCount() == 10; }, 2000));
    QHeaderView *header = panel->view()->horizontalHeader();
    header->setSectionHidden(ClientList::Neighbourhood, true);
    header->moveSection(header->visualIndex(ClientList::Name), 0);
    panel->model()->sort(ClientList::Name, Qt::DescendingOrder);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"clients.csv"_s);
    const Result<qint64> rows = writeShownList(panel, path);
    REQUIRE(rows.ok());
    CHECK(*rows == 10);
    const QByteArray bytes = bytesOf(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    REQUIRE(lines.size() == 11);
    const QStringList titles = QString::fromUtf8(lines.at(0).mid(3)).trimmed().split(u';');
    CHECK(titles.at(0) == panel->model()->headerData(ClientList::Name, Qt::Horizontal).toString());
    CHECK_FALSE(titles.contains(
        panel->model()->headerData(ClientList::Neighbourhood, Qt::Horizontal).toString()));
    // Rows in the list's order: the first cell of each line is the name the list shows there.
    for (int row = 0; row < 10; ++row) {
        const QString shown = test::cellText(*panel->model(), row, ClientList::Name);
        const QString line = QString::fromUtf8(lines.at(row + 1));
        CHECK((line.startsWith(shown + u';') || line.startsWith(u'"' + shown + u"\";"_s)));
    }
    const AuditEntry entry =
        AuditRepository(panel->dataFile()->database()).entries().value().back();
    CHECK(entry.action == u"export"_s);
    CHECK(entry.summary.startsWith(u"list clients (filtered)"_s));
    CHECK_FALSE(entry.summary.contains(u"jansen"_s)); // the search words stay out of the log
}
