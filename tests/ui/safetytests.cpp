#include "common/system.h"
#include "filedamage.h"
#include "safety/auditlogdialog.h"
#include "safety/auditlogmodel.h"
#include "safety/erasureflow.h"
#include "safety/personchoicedialog.h"
#include "safety/writerlock.h"
#include "services/auditlog.h"
#include "services/clientservice.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <deque>
#include <functional>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

/// Answers the modal dialogs a flow shows, in the order expected, each recognised by its object
/// name. A dialog not expected is recorded and rejected, so a test fails instead of hanging.
class DialogAnswers
{
public:
    using Answer = std::function<void(QWidget *)>;

    DialogAnswers()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
        m_timer.start();
    }

    void expect(const QString &objectName, Answer answer)
    {
        m_expected.push_back({objectName, std::move(answer)});
    }
    /// Clicks the button with `objectName` in the dialog.
    static Answer click(const QString &objectName)
    {
        return [objectName](QWidget *dialog) {
            if (auto *button = dialog->findChild<QPushButton *>(objectName))
                button->click();
            else if (auto *box = qobject_cast<QDialog *>(dialog))
                box->reject();
        };
    }

    QStringList answered;
    QStringList unexpected;

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        if (!m_expected.empty() && modal->objectName() == m_expected.front().first) {
            const auto [name, answer] = m_expected.front();
            m_expected.pop_front();
            answered.append(name);
            answer(modal);
            return;
        }
        unexpected.append(modal->objectName() + u": "_s +
                          (qobject_cast<QMessageBox *>(modal)
                               ? qobject_cast<QMessageBox *>(modal)->text()
                               : QString()));
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    }

    QTimer m_timer;
    std::deque<std::pair<QString, Answer>> m_expected;
};

qint64 clientCount(DataFile &file)
{
    return ClientRepository(file.database()).count().value();
}

} // namespace

TEST_CASE("opening a file another program edits names who and since when, and opens it "
          "read-only when asked")
{
    test::clearSettings();
    const test::SeededFile file(3);
    Result<std::unique_ptr<WriterLock>> colleague = WriterLock::acquire(file.path());
    REQUIRE(colleague);

    MainWindow window(standardPages());
    DialogAnswers answers;
    QString offer;
    answers.expect(u"readOnlyOffer"_s, [&offer](QWidget *dialog) {
        offer = qobject_cast<QMessageBox *>(dialog)->text();
        DialogAnswers::click(u"openReadOnlyButton"_s)(dialog);
    });
    window.openFileInteractive(file.path());

    CHECK(answers.answered == QStringList{u"readOnlyOffer"_s});
    CHECK(answers.unexpected.isEmpty());
    // The message names the holder as the lock describes them (user, computer, since when).
    CHECK(offer.contains((*colleague)->owner().describe()));
    CHECK(offer.contains(currentUserName()));
    REQUIRE(window.dataFile());
    CHECK(window.dataFile()->isReadOnly());
    CHECK(clientCount(*window.dataFile()) == 3);
    CHECK(window.windowTitle().contains(u"(read-only)"_s));
    // Reading changes nothing of the colleague's claim on the file.
    CHECK(WriterLock::holder(file.path())->token == (*colleague)->owner().token);
    CHECK_FALSE(window.action(u"actionRestoreBackup"_s)->isEnabled());
    CHECK_FALSE(window.action(u"actionErasePerson"_s)->isEnabled());
}

TEST_CASE("opening a file another program edits and declining the read-only offer opens nothing")
{
    test::clearSettings();
    const test::SeededFile file(2);
    Result<std::unique_ptr<WriterLock>> colleague = WriterLock::acquire(file.path());
    REQUIRE(colleague);

    MainWindow window(standardPages());
    DialogAnswers answers;
    answers.expect(u"readOnlyOffer"_s, [](QWidget *dialog) {
        qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel)->click();
    });
    window.openFileInteractive(file.path());

    CHECK(answers.answered == QStringList{u"readOnlyOffer"_s});
    CHECK(answers.unexpected.isEmpty());
    CHECK(window.dataFile() == nullptr);
    CHECK(window.isShowingWelcome());
}

TEST_CASE("a file the check on opening finds damaged is shown, refuses every change, then is "
          "closed, moved aside unchanged and its backup offered")
{
    test::clearSettings();
    const test::SeededFile file(3);
    {
        // Opened once while sound: the backup on opening is what gets offered.
        SessionOpening sound = DataFileSession::open(file.path());
        REQUIRE(sound);
    }
    // A table the first pages never read, so the damage shows in the check alone.
    test::damageTable(file.path(), u"audit_log"_s);
    const QByteArray damaged = test::fileHash(file.path());
    const QDir folder = QFileInfo(file.path()).absoluteDir();

    MainWindow window(standardPages());
    DialogAnswers answers;
    QString told;
    answers.expect(u"damagedFile"_s, [&told](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        told = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    window.openFileInteractive(file.path());
    REQUIRE(window.dataFile());
    CHECK(clientCount(*window.dataFile()) == 3); // shown while the check runs

    // A save meanwhile waits for the check and is refused with the reason.
    Client client = test::validClient(file.basics().noord);
    const Status saved = ClientService(window.dataFile()->database()).save(client);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().message.contains(u"Nothing was stored"_s));

    for (int i = 0; i < 500 && answers.answered.isEmpty(); ++i)
        QTest::qWait(10);
    CHECK(answers.answered == QStringList{u"damagedFile"_s});
    CHECK(answers.unexpected.isEmpty());
    CHECK(window.dataFile() == nullptr);
    CHECK(window.isShowingWelcome());
    CHECK_FALSE(QFile::exists(file.path()));
    const QStringList aside = folder.entryList({u"*.damaged-*"_s}, QDir::Files);
    REQUIRE(aside.size() == 1);
    CHECK(told.contains(aside.front()));
    CHECK(test::fileHash(folder.filePath(aside.front())) == damaged); // nothing written to it
}

TEST_CASE("File > Restore a backup puts the backup made on opening back, keeps the replaced "
          "file and logs the restore")
{
    test::clearSettings();
    const test::SeededFile file(3);
    MainWindow window(standardPages());
    test::openChecked(window, file.path());
    REQUIRE(window.dataFile()->session().openingBackup());
    // Two clients more after the backup: 3 + 2 = 5 in the file, 3 in the backup.
    {
        Client extra = test::validClient(file.basics().centrum);
        extra.code = u"C-9001"_s;
        REQUIRE(ClientRepository(window.dataFile()->database()).insert(extra).ok());
        extra.id = 0;
        extra.code = u"C-9002"_s;
        REQUIRE(ClientRepository(window.dataFile()->database()).insert(extra).ok());
    }
    REQUIRE(clientCount(*window.dataFile()) == 5);

    DialogAnswers answers;
    answers.expect(u"restoreDialog"_s, DialogAnswers::click(u"restoreButton"_s));
    answers.expect(u"confirmRestore"_s, DialogAnswers::click(u"confirmRestoreButton"_s));
    window.action(u"actionRestoreBackup"_s)->trigger();

    CHECK(answers.answered == QStringList{u"restoreDialog"_s, u"confirmRestore"_s});
    CHECK(answers.unexpected.isEmpty());
    REQUIRE(window.dataFile());
    CHECK_FALSE(window.dataFile()->isReadOnly());
    CHECK(window.dataFile()->path() == file.path());
    CHECK(clientCount(*window.dataFile()) == 3);

    // The restore is the newest entry of the restored file's log, by this user.
    const Result<QList<AuditEntry>> log = AuditRepository(window.dataFile()->database()).entries();
    REQUIRE(log);
    REQUIRE_FALSE(log->isEmpty());
    CHECK(log->constLast().action == u"restore"_s);
    CHECK(log->constLast().who == currentUserName());

    // The replaced file was moved aside, not deleted, and still holds the five clients.
    const QFileInfo data(file.path());
    const QStringList kept = data.dir().entryList({u"*before-restore*"_s}, QDir::Files);
    REQUIRE(kept.size() == 1);
    Result<std::unique_ptr<Database>> replaced =
        Database::open(data.dir().filePath(kept.constFirst()), Database::Mode::ReadOnly);
    REQUIRE(replaced);
    CHECK(ClientRepository(**replaced).count().value() == 5);
}

TEST_CASE("the audit log viewer filters the period's entries by user, action and record")
{
    test::clearSettings();
    const test::SeededFile file(2);
    MainWindow window(standardPages());
    test::openChecked(window, file.path());
    Database &db = window.dataFile()->database();
    AuditLog log(db);
    REQUIRE(
        log.reportPrinted(u"interim-1"_s, u"GM0855"_s, QDate(2025, 1, 1), QDate(2025, 6, 30)).ok());
    AuditEntry colleague =
        AuditEntry::by(u"update"_s, u"client"_s, 1, u"C-0001"_s, u"changed: phone"_s);
    colleague.who = u"colleague"_s;
    REQUIRE(log.record(colleague).ok());

    AuditLogDialog dialog(*window.dataFile(), &window);
    const int all = dialog.filter()->rowCount();
    // Whatever seeding logged, plus the two entries above, all of today.
    CHECK(all >= 2);

    dialog.actionBox()->setCurrentIndex(dialog.actionBox()->findData(u"print"_s));
    CHECK(dialog.filter()->rowCount() == 1);
    dialog.actionBox()->setCurrentIndex(0);
    CHECK(dialog.filter()->rowCount() == all);

    dialog.userBox()->setCurrentIndex(dialog.userBox()->findData(u"colleague"_s));
    REQUIRE(dialog.filter()->rowCount() == 1);
    CHECK(dialog.filter()->index(0, AuditLogModel::Record).data().toString() == u"client C-0001"_s);
    dialog.recordEdit()->setText(u"C-0002"_s);
    CHECK(dialog.filter()->rowCount() == 0);
    dialog.recordEdit()->setText(u"c-0001"_s); // any case
    CHECK(dialog.filter()->rowCount() == 1);
    dialog.userBox()->setCurrentIndex(0);
    dialog.recordEdit()->clear();

    // A period that ended yesterday holds none of today's entries.
    dialog.fromEdit()->setDate(QDate::currentDate().addDays(-7));
    dialog.toEdit()->setDate(QDate::currentDate().addDays(-1));
    CHECK(dialog.filter()->rowCount() == 0);
    CHECK(dialog.findChild<QLabel *>(u"chainLabel"_s)->text() == u"The log's chain is unbroken."_s);
}

TEST_CASE("Privacy > Erase a person erases them after the confirmation, in the file and in its "
          "automatic backups, and empties the undo history")
{
    test::clearSettings();
    const test::SeededFile file(3);
    MainWindow window(standardPages());
    test::openChecked(window, file.path());
    const std::optional<BackupFile> backup = window.dataFile()->session().openingBackup();
    REQUIRE(backup);

    DialogAnswers answers;
    answers.expect(u"personChoiceDialog"_s, [](QWidget *dialog) {
        auto *choice = qobject_cast<PersonChoiceDialog *>(dialog);
        choice->kindBox()->setCurrentIndex(0); // client
        choice->codeEdit()->setText(u"C-0002"_s);
        DialogAnswers::click(u"acceptButton"_s)(dialog);
    });
    answers.expect(u"confirmErasure"_s, DialogAnswers::click(u"confirmErasureButton"_s));
    window.action(u"actionErasePerson"_s)->trigger();

    CHECK(answers.answered == QStringList{u"personChoiceDialog"_s, u"confirmErasure"_s});
    CHECK(answers.unexpected.isEmpty());
    REQUIRE(window.dataFile());
    CHECK(window.dataFile()->undoStack()->count() == 0);
    const auto erased = [](Database &db, const QString &code) {
        const Result<std::optional<Client>> found = ClientRepository(db).byCode(code);
        REQUIRE(found);
        REQUIRE(found->has_value());
        return (*found)->person;
    };
    const Person inFile = erased(window.dataFile()->database(), u"C-0002"_s);
    CHECK(inFile.isErased());
    CHECK(inFile.familyName.isEmpty());
    // The others stay as they were: C-0001 and C-0003 keep their names (list seed numbers
    // 0 and 2).
    CHECK(erased(window.dataFile()->database(), u"C-0001"_s).familyName ==
          test::listFamilyNames.at(0));
    CHECK(erased(window.dataFile()->database(), u"C-0003"_s).familyName ==
          test::listFamilyNames.at(2));

    // The backup made on opening no longer holds the name either.
    Result<std::unique_ptr<Database>> copy = Database::open(backup->path, Database::Mode::ReadOnly);
    REQUIRE(copy);
    CHECK(erased(**copy, u"C-0002"_s).familyName.isEmpty());
}

TEST_CASE("erasing a person is refused without the confirmation and changes nothing")
{
    test::clearSettings();
    const test::SeededFile file(2);
    MainWindow window(standardPages());
    test::openChecked(window, file.path());

    DialogAnswers answers;
    answers.expect(u"confirmErasure"_s, [](QWidget *dialog) {
        qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel)->click();
    });
    CHECK_FALSE(ErasureFlow::confirmAndErase(window, {{PersonKind::Client, u"C-0001"_s}}));
    CHECK(answers.answered == QStringList{u"confirmErasure"_s});
    const Result<std::optional<Client>> found =
        ClientRepository(window.dataFile()->database()).byCode(u"C-0001"_s);
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK_FALSE((*found)->person.isErased());
    CHECK((*found)->person.familyName == test::listFamilyNames.at(0));
}
