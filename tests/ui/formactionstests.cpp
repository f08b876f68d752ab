// What every detail form offers beside its fields: deleting a stored record, and date inputs.
#include "records/clientform.h"
#include "records/forminputs.h"
#include "records/recordeditor.h"
#include "storage/personrepository.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

ClientForm *openClientForm(MainWindow &window, Id id)
{
    openRecordForm(*window.dataFile(), {RecordKind::Client, id}, &window);
    ClientForm *form = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (form = window.findChild<ClientForm *>()) != nullptr; },
                            2000));
    return form;
}

// Presses `button` in the question that the next action opens.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        box->button(button)->click();
    });
}

} // namespace

TEST_CASE("Delete on a stored client's form asks first, deletes it, and undo brings it back")
{
    test::clearSettings();
    const test::SeededFile file(3);
    MainWindow window(standardPages());
    window.show();
    test::openChecked(window, file.path());
    ClientRepository clients(window.dataFile()->database());
    const Id id = clients.idOfCode(u"C-0002"_s).value();

    ClientForm *form = openClientForm(window, id);
    auto *remove = form->findChild<QPushButton *>(u"deleteButton"_s);
    REQUIRE(remove);

    answerNextQuestion(QMessageBox::Cancel);
    remove->click();
    CHECK(clients.find(id).ok()); // cancelled: still there

    answerNextQuestion(QMessageBox::Yes);
    remove->click();
    CHECK_FALSE(clients.find(id).ok());
    CHECK(clients.count({}, {}).value() == 2);
    CHECK(window.dataFile()->undoStack()->undoText() == u"Delete client"_s);

    window.action(u"actionUndo"_s)->trigger();
    REQUIRE(clients.find(id).ok());
    CHECK(clients.find(id)->code == u"C-0002"_s);
    CHECK(clients.count({}, {}).value() == 3);
}

TEST_CASE("the form of a new record has no Delete button")
{
    test::clearSettings();
    const test::SeededFile file(1);
    MainWindow window(standardPages());
    window.show();
    test::openChecked(window, file.path());
    ClientForm *form = openClientForm(window, 0);
    CHECK(form->findChild<QPushButton *>(u"deleteButton"_s) == nullptr);
}

TEST_CASE("the calendar of an empty date opens on the current month, not on 1900")
{
    DateField field;
    field.show();
    REQUIRE_FALSE(field.date().isValid());
    QDateEdit *edit = field.edit();
    // A click on the drop-down arrow at the right end opens the calendar pop-up.
    QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(edit->width() - 4, edit->height() / 2));
    QCalendarWidget *calendar = field.edit()->calendarWidget();
    REQUIRE(QTest::qWaitFor([calendar] { return calendar->isVisible(); }, 2000));
    const QDate today = QDate::currentDate();
    CHECK(calendar->yearShown() == today.year());
    CHECK(calendar->monthShown() == today.month());
    calendar->window()->close();
    CHECK_FALSE(field.date().isValid()); // opening the calendar chose no date
}
