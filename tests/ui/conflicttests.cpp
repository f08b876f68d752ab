// Two project leaders change the same client at once: the form of the one who saves second, and
// a delete of a version that is no longer the stored one.
#include "records/clientform.h"
#include "records/recordcommand.h"
#include "records/recordeditor.h"
#include "services/clientservice.h"
#include "storage/personrepository.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

// Meanwhile a colleague, on a connection of their own, changes client `id`'s phone number.
void colleagueChangesPhone(const QString &path, Id id)
{
    Result<std::unique_ptr<Database>> other = Database::open(path);
    REQUIRE(other.ok());
    Client theirs = ClientRepository(**other).find(id).value();
    theirs.person.phone = u"013-5551234"_s;
    REQUIRE(ClientService(**other).save(theirs).ok());
}

} // namespace

TEST_CASE("a form whose client someone else changed meanwhile says who, keeps its input and "
          "opens the current version beside it")
{
    test::clearSettings();
    const test::SeededFile file(3);
    MainWindow window(standardPages());
    window.show();
    REQUIRE(window.openFile(file.path()).ok());
    Database &db = window.dataFile()->database();
    const Id id = ClientRepository(db).idOfCode(u"C-0002"_s).value();

    openRecordForm(*window.dataFile(), {RecordKind::Client, id}, &window);
    ClientForm *mine = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (mine = window.findChild<ClientForm *>()) != nullptr; },
                            2000));

    colleagueChangesPhone(file.path(), id);

    auto *phone = qobject_cast<QLineEdit *>(mine->input(u"phone"_s));
    REQUIRE(phone);
    phone->setText(u"06-98765432"_s);
    QString boxText;
    QTimer::singleShot(0, [&boxText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        boxText = box->text();
        auto *reopen = box->findChild<QPushButton *>(u"openCurrentButton"_s);
        REQUIRE(reopen);
        reopen->click();
    });
    mine->accept();

    // The colleague's change stands; the message names them (the operating system's user).
    CHECK(ClientRepository(db).find(id).value().person.phone == u"013-5551234"_s);
    CHECK(boxText.startsWith(u"This record was changed meanwhile by "_s));
    // My input is still in my form, which stays open and says so.
    CHECK(mine->isVisible());
    CHECK(phone->text() == u"06-98765432"_s);
    auto *note = mine->findChild<QLabel *>(u"generalMessage"_s);
    REQUIRE(note);
    CHECK(note->text().contains(u"Your input is still in this form"_s));
    // The current version opened beside it.
    const QList<ClientForm *> forms = window.findChildren<ClientForm *>();
    REQUIRE(forms.size() == 2);
    ClientForm *current = forms.at(0) == mine ? forms.at(1) : forms.at(0);
    CHECK(qobject_cast<QLineEdit *>(current->input(u"phone"_s))->text() == u"013-5551234"_s);
    // Nothing was put on the undo stack for the refused save.
    CHECK(window.dataFile()->undoStack()->count() == 0);
    current->close();
    mine->close();
}

TEST_CASE("deleting a client someone else changed meanwhile is refused, and the client and the "
          "undo stack stay as they are")
{
    test::clearSettings();
    const test::SeededFile file(3);
    MainWindow window(standardPages());
    window.show();
    REQUIRE(window.openFile(file.path()).ok());
    Database &db = window.dataFile()->database();
    const Id id = ClientRepository(db).idOfCode(u"C-0002"_s).value();
    const Client seen = ClientRepository(db).find(id).value();

    colleagueChangesPhone(file.path(), id);

    const Status removed = RecordCommand<Client>::remove(*window.dataFile(), seen);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().kind == Error::Kind::Conflict);
    CHECK(removed.error().message.startsWith(u"This record was changed meanwhile by "_s));
    CHECK(ClientRepository(db).find(id).value().person.phone == u"013-5551234"_s);
    CHECK(window.dataFile()->undoStack()->count() == 0);
}
