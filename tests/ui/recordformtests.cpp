#include "records/clientform.h"
#include "records/forminputs.h"
#include "records/personfields.h"
#include "records/recordeditor.h"
#include "services/privacysettings.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

ClientForm *openForm(MainWindow &window)
{
    ClientForm *form = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (form = window.findChild<ClientForm *>()) != nullptr; },
                            2000));
    return form;
}

void type(RecordForm *form, const QString &field, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(form->input(field));
    REQUIRE(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

qint64 clientCount(MainWindow &window)
{
    return ClientRepository(window.dataFile()->database()).count({}, {}).value();
}

} // namespace

TEST_CASE("a new client with an invalid BSN gets the message at the BSN field and is not "
          "stored, a valid one is stored and undo and redo remove it and bring it back")
{
    test::clearSettings();
    const test::SeededFile file(3);
    MainWindow window(standardPages());
    window.show();
    test::openChecked(window, file.path());
    window.showPage(PageId::Clients);
    ListPanel *panel = test::clientPanel(window);
    panel->findChild<QPushButton *>(u"newRecord"_s)->click();
    ClientForm *form = openForm(window);

    type(form, u"given_name"_s, u"Truus"_s);
    type(form, u"family_name"_s, u"Heijden"_s);
    type(form, u"postcode"_s, u"5038 CL"_s);
    qobject_cast<QComboBox *>(form->input(u"neighbourhood_code"_s))->setCurrentIndex(1);
    form->findChild<DateField *>(u"birth_date"_s)->setDate(QDate(1941, 3, 14));
    form->findChild<CheckList *>(u"target_groups"_s)->item(0)->setCheckState(Qt::Checked);
    // 9*1 + 8*2 + 7*3 + 6*4 + 5*5 + 4*6 + 3*7 + 2*8 - 1*9 = 147, not a multiple of 11.
    QLineEdit *bsn = form->findChild<QLineEdit *>(u"bsnEdit"_s);
    QTest::keyClicks(bsn, u"123456789"_s);
    form->accept();

    CHECK(form->isVisible());
    CHECK(form->messageAt(u"bsn"_s).contains(u"eleven-test"_s));
    CHECK(form->messageAt(u"given_name"_s).isEmpty());
    CHECK(clientCount(window) == 3);
    CHECK(window.dataFile()->undoStack()->count() == 0);

    // 9*1 + 8*1 + 7*1 + 6*2 + 5*2 + 4*2 + 3*3 + 2*3 - 1*3 = 66 = 6 * 11.
    bsn->clear();
    QTest::keyClicks(bsn, u"111222333"_s);
    form->accept();
    CHECK(QTest::qWaitFor([&] { return window.findChild<ClientForm *>() == nullptr; }, 2000));
    CHECK(clientCount(window) == 4);
    // The seeded clients are C-0001 .. C-0003: the new one gets the next code.
    const Result<std::optional<Client>> stored =
        ClientRepository(window.dataFile()->database()).byCode(u"C-0004"_s);
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->person.bsn == u"111222333"_s);
    const Id id = (*stored)->id;
    CHECK(window.dataFile()->undoStack()->undoText() == u"Add client"_s);
    CHECK(window.action(u"actionUndo"_s)->isEnabled());

    window.action(u"actionUndo"_s)->trigger();
    CHECK(clientCount(window) == 3);
    CHECK(panel->model()->totalCount() == 3);

    window.action(u"actionRedo"_s)->trigger();
    CHECK(clientCount(window) == 4);
    // Back under its old id, so whatever referred to it still finds it.
    const Result<Client> again = ClientRepository(window.dataFile()->database()).find(id);
    REQUIRE(again);
    CHECK(again->code == u"C-0004"_s);
    CHECK(QTest::qWaitFor([&] { return panel->model()->totalCount() == 4; }, 2000));
}

TEST_CASE("changing a client is one command whose undo restores the old value and redo the new")
{
    test::clearSettings();
    const test::SeededFile file(3);
    MainWindow window(standardPages());
    window.show();
    test::openChecked(window, file.path());
    Database &db = window.dataFile()->database();
    const Id id = ClientRepository(db).idOfCode(u"C-0002"_s).value();
    const QString oldName = ClientRepository(db).find(id)->person.givenName;

    openRecordForm(*window.dataFile(), {RecordKind::Client, id}, &window);
    ClientForm *form = openForm(window);
    type(form, u"given_name"_s, u"Geertruida"_s);
    form->accept();
    CHECK(ClientRepository(db).find(id)->person.givenName == u"Geertruida"_s);
    CHECK(window.dataFile()->undoStack()->undoText() == u"Change client"_s);

    window.action(u"actionUndo"_s)->trigger();
    CHECK(ClientRepository(db).find(id)->person.givenName == oldName);
    window.action(u"actionRedo"_s)->trigger();
    CHECK(ClientRepository(db).find(id)->person.givenName == u"Geertruida"_s);
}

TEST_CASE("a stored BSN is shown masked until revealed, and revealing it is audited")
{
    test::clearSettings();
    test::TempDataFile data;
    const test::Basics basics = test::seedBasics(data.db());
    Client client = test::validClient(basics.centrum);
    client.code = u"C-0001"_s;
    client.person.bsn = u"111222333"_s;
    REQUIRE(Table<Client>(data.db()).insert(client).ok());
    data.close();

    MainWindow window(standardPages());
    test::openChecked(window, data.path());
    openRecordForm(*window.dataFile(), {RecordKind::Client, client.id}, &window);
    ClientForm *form = openForm(window);
    QLineEdit *bsn = form->findChild<QLineEdit *>(u"bsnEdit"_s);
    CHECK(bsn->text() == u"*****2333"_s);
    CHECK(bsn->isReadOnly());

    form->findChild<QPushButton *>(u"revealBsn"_s)->click();
    CHECK(bsn->text() == u"111222333"_s);
    const auto entries = AuditRepository(window.dataFile()->database()).entries().value();
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.back().action == u"reveal_bsn"_s);
    CHECK(entries.back().recordCode == u"C-0001"_s);
    form->reject();
}

TEST_CASE("a file that does not process BSNs shows no BSN field on the client form")
{
    test::clearSettings();
    test::TempDataFile data;
    const test::Basics basics = test::seedBasics(data.db());
    Client client = test::validClient(basics.centrum);
    client.code = u"C-0001"_s;
    REQUIRE(Table<Client>(data.db()).insert(client).ok());
    REQUIRE(PrivacySettings(data.db()).setProcessesBsns(false).ok());
    data.close();

    MainWindow window(standardPages());
    test::openChecked(window, data.path());
    openRecordForm(*window.dataFile(), {RecordKind::Client, client.id}, &window);
    ClientForm *form = openForm(window);
    form->show();
    QLineEdit *bsn = form->findChild<QLineEdit *>(u"bsnEdit"_s);
    REQUIRE(bsn != nullptr);
    CHECK_FALSE(bsn->isVisible());
    CHECK(form->input(u"given_name"_s)->isVisible());
}
