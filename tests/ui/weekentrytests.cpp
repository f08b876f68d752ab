#include "entry/weekdays.h"
#include "entry/weekentrydialog.h"
#include "entry/weekentrymodel.h"
#include "entry/weekentryview.h"
#include "lists/listpage.h"
#include "records/forminputs.h"
#include "servicetesthelpers.h"
#include "storage/servicetyperepository.h"
#include "storage/workrepositories.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDebug>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

/// Three clients C-0001..C-0003 (intake 2025-01-01, no end) and provider P-0001 (start
/// 2025-01-01), closed so a window can open it.
class WeekFile
{
public:
    WeekFile()
    {
        m_basics = test::seedBasics(m_file.db());
        test::seedListClients(m_file.db(), m_basics, 3);
        test::storeProvider(m_file.db(), test::validProvider(m_basics.noord));
        m_file.close();
    }
    QString path() const { return m_file.path(); }
    const test::Basics &basics() const { return m_basics; }

private:
    test::TempDataFile m_file;
    test::Basics m_basics;
};

/// Types `text` key by key where the keyboard focus is in the dialog (the grid, or the
/// editor the first key opened), then presses `end`.
void typeCell(QWidget *dialog, const QString &text, Qt::Key end = Qt::Key_Tab)
{
    for (const QChar c : text) {
        QWidget *target = dialog->focusWidget();
        REQUIRE(target);
        QTest::keyClicks(target, QString(c));
    }
    REQUIRE(dialog->focusWidget());
    QTest::keyClick(dialog->focusWidget(), end);
}

/// Day, client, service type, hours and note of one row; Enter after the note (the last cell).
void typeRow(QWidget *dialog, const QString &day, const QString &client, const QString &type,
             const QString &hours, const QString &note)
{
    typeCell(dialog, day);
    typeCell(dialog, client);
    typeCell(dialog, type);
    typeCell(dialog, hours);
    typeCell(dialog, note, Qt::Key_Return);
}

qint64 deliveryCount(MainWindow &window)
{
    return DeliveryRepository(window.dataFile()->database()).count().value();
}

} // namespace

TEST_CASE("day names, days of the month and dates are read within the week")
{
    const QDate monday(2026, 3, 2); // week 10 of 2026: Monday 2 to Sunday 8 March
    CHECK(mondayOf(QDate(2026, 3, 8)) == monday);
    CHECK(parseDayInWeek(u"ma", monday) == monday);
    CHECK(parseDayInWeek(u"di", monday) == QDate(2026, 3, 3));
    CHECK(parseDayInWeek(u"Donderdag", monday) == QDate(2026, 3, 5));
    CHECK(parseDayInWeek(u"su", monday) == QDate(2026, 3, 8));
    CHECK(parseDayInWeek(u"4", monday) == QDate(2026, 3, 4));
    CHECK(parseDayInWeek(u"2-3", monday) == monday);
    CHECK(parseDayInWeek(u"02-03-2026", monday) == monday);
    CHECK(parseDayInWeek(u"ma 06-03-2026", monday) == QDate(2026, 3, 6));
    CHECK(!parseDayInWeek(u"9", monday)); // no 9th in this week
    CHECK(!parseDayInWeek(u"x", monday));
    // The week of 29 December 2025 to 4 January 2026: "2-1" is in the new year.
    CHECK(parseDayInWeek(u"2-1", QDate(2025, 12, 29)) == QDate(2026, 1, 2));
}

TEST_CASE("a week typed by keyboard blocks saving while a row is broken, then is saved as one "
          "action that undo removes and redo restores")
{
    test::clearSettings();
    const WeekFile file;
    MainWindow window(standardPages());
    window.show();
    test::openChecked(window, file.path());
    window.showPage(PageId::RequestsAndDeliveries);
    auto *page = qobject_cast<ListPage *>(window.page(PageId::RequestsAndDeliveries));
    REQUIRE(page);
    REQUIRE(page->showList(RecordKind::Delivery));
    ListPanel *deliveries = page->currentPanel();
    Database &db = window.dataFile()->database();
    const ServiceType shopping = ServiceTypeRepository(db).find(file.basics().boodschappen).value();
    const ServiceType oddJobs = ServiceTypeRepository(db).find(file.basics().klusjes).value();
    const bool dutch = displayLanguage() == Language::Dutch;
    const QString shoppingKeys = (dutch ? shopping.nameNl : shopping.nameEn).left(3);
    const QString oddJobsKeys = (dutch ? oddJobs.nameNl : oddJobs.nameEn).left(3);

    window.action(u"actionEnterWeek"_s)->trigger();
    WeekEntryDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] { return (dialog = window.findChild<WeekEntryDialog *>()) != nullptr; }, 2000));
    auto *save = dialog->findChild<QPushButton *>(u"saveWeek"_s);
    CHECK(!save->isEnabled());

    QLineEdit *provider = dialog->subjectPicker()->lineEdit();
    provider->setFocus();
    QTest::keyClicks(provider, u"p-0001"_s);
    QTest::keyClick(provider, Qt::Key_Return); // on to the grid
    const Id providerId = dialog->subjectPicker()->id();
    REQUIRE(providerId != 0);
    REQUIRE(dialog->focusWidget() == dialog->view());

    typeRow(dialog, u"ma"_s, u"C-0001"_s, shoppingKeys, u"1,5"_s, u"tas gedragen"_s);
    typeRow(dialog, u"di"_s, u"C-0002"_s, oddJobsKeys, u"0"_s, {});
    typeRow(dialog, u"wo"_s, u"C-0003"_s, shoppingKeys, u"2"_s, {});

    WeekEntryModel *model = dialog->model();
    const QDate monday = mondayOf(QDate::currentDate());
    REQUIRE(model->rowCount() == 4); // Enter on the third row's last cell started a fourth
    CHECK(model->entry(0).date == monday);
    CHECK(model->entry(0).serviceTypeId == shopping.id);
    CHECK(model->entry(1).serviceTypeId == oddJobs.id);
    CHECK(model->entry(2).date == monday.addDays(2));
    CHECK(model->entry(3).date == monday.addDays(2)); // the row above's day
    CHECK(model->entry(3).isBlank());
    CHECK(model->entry(0).message.isEmpty());
    // 0 hours: the delivery's rule "more than 0 and at most 12", shown in its row.
    CHECK(model->entry(1).brokenFields == QStringList{u"hours"_s});
    CHECK(model->entry(1).message.contains(u"Hours must be more than 0"_s));
    CHECK(model->data(model->index(1, WeekEntryModel::Message), Qt::DisplayRole).toString() ==
          model->entry(1).message);
    CHECK(!save->isEnabled());
    dialog->save(); // Ctrl+S does the same
    CHECK(dialog->statusText().contains(u"row 2"_s));
    CHECK(deliveryCount(window) == 0);

    // The broken row stays editable: up to row 2, right to its hours, type 1.
    REQUIRE(dialog->view()->currentIndex().row() == 1); // saving went to the broken row
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(dialog->view(), Qt::Key_Right);
    REQUIRE(dialog->view()->currentIndex().column() == WeekEntryModel::Hours);
    typeCell(dialog, u"1"_s);
    CHECK(model->entry(1).message.isEmpty());
    CHECK(save->isEnabled());

    QTest::keyClick(dialog->view(), Qt::Key_S, Qt::ControlModifier);
    CHECK(deliveryCount(window) == 3);
    CHECK(dialog->statusText().contains(u"3 rows saved"_s));
    QUndoStack *undo = window.dataFile()->undoStack();
    REQUIRE(undo->count() == 1);
    CHECK(undo->text(0) == u"Enter deliveries (3 rows)"_s);
    CHECK(QTest::qWaitFor([&] { return deliveries->model()->totalCount() == 3; }, 2000));
    // 1.5 h x 5.00 = 7.50 on Monday for C-0001.
    const QList<Delivery> stored = DeliveryRepository(db).ofProvider(providerId).value();
    CHECK(std::any_of(stored.cbegin(), stored.cend(), [&](const Delivery &d) {
        return d.date == monday && d.quarterHours == 6 && d.feeCents == 750 &&
               d.note == u"tas gedragen"_s;
    }));

    window.action(u"actionUndo"_s)->trigger();
    CHECK(deliveryCount(window) == 0);
    CHECK(QTest::qWaitFor([&] { return deliveries->model()->totalCount() == 0; }, 2000));
    window.action(u"actionRedo"_s)->trigger();
    CHECK(deliveryCount(window) == 3);
    CHECK(QTest::qWaitFor([&] { return deliveries->model()->totalCount() == 3; }, 2000));
}
