#include "safety/safeopening.h"

#include "safety/datafilesession.h"
#include "shell/datafile.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

SessionOpening openWithWaitCursor(QWidget *parent, const QString &path, Database::Mode mode)
{
    // Updating a file of an older version blocks for seconds when it is large: say so first.
    std::unique_ptr<QProgressDialog> updating;
    if (mode == Database::Mode::ReadWrite && DataFileSession::willUpdate(path)) {
        updating = std::make_unique<QProgressDialog>(QString(), QString(), 0, 0, parent);
        auto *label = new QLabel(
            QCoreApplication::translate(
                "wzsw::SafeOpening",
                "%1 was made by an older version of the program and is being updated. It is "
                "checked and backed up first; with a large file this takes a little while.")
                .arg(QFileInfo(path).fileName()));
        label->setWordWrap(true);
        label->setFixedWidth(420);
        updating->setLabel(label);
        updating->setWindowTitle(
            QCoreApplication::translate("wzsw::SafeOpening", "Updating the data file"));
        updating->setWindowModality(Qt::WindowModal);
        updating->setMinimumDuration(0);
        updating->show();
        QCoreApplication::processEvents();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    SessionOpening opening = DataFileSession::open(path, mode, FileCheckTiming::InBackground);
    QApplication::restoreOverrideCursor();
    return opening;
}

} // namespace

/// One interactive opening: the refusal's question, then what the person chose.
class OpeningDialogs
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::SafeOpening)

public:
    OpeningDialogs(MainWindow &window, QString path) : m_window(window), m_path(std::move(path)) {}

    bool run()
    {
        m_window.releaseIfOpen(m_path);
        SessionOpening opening = openWithWaitCursor(&m_window, m_path, Database::Mode::ReadWrite);
        if (opening)
            return adopt(std::move(opening.session));
        return handle(opening.refusal);
    }

    /// What a refusal offers, on opening or when the check in the background failed.
    bool handle(const OpenRefusal &refusal)
    {
        switch (refusal.reason) {
        case OpenRefusal::Reason::Locked:
            return offerReadOnly(lockedText(refusal),
                                 tr("Only one person at a time can change a data file. You can "
                                    "open it read-only to look things up, or try again when it "
                                    "has been closed there."));
        case OpenRefusal::Reason::WriteProtected:
            return offerReadOnly(refusal.error.message, tr("Open it read-only to look things up."));
        case OpenRefusal::Reason::Damaged:
            return offerBackup(refusal);
        case OpenRefusal::Reason::Failed:
            break;
        }
        fail(refusal.error);
        return false;
    }

    /// The check in the background found damage in the file this window had open.
    void afterFailedCheck(const OpenRefusal &refusal, bool readOnly)
    {
        // Opened read-only, as when the check runs first: told, no restore over a file that
        // someone else may be editing.
        if (readOnly)
            fail(refusal.error);
        else
            handle(refusal);
    }

    static void showStorageWarning(QWidget *parent, const DataFileSession &session)
    {
        if (const std::optional<StorageWarning> &warning = session.storageWarning()) {
            QMessageBox box(QMessageBox::Warning, tr("Risky place for a data file"),
                            warning->message, QMessageBox::Ok, parent);
            box.setObjectName(u"storageWarning"_s);
            box.setInformativeText(tr("Move the data file to a folder on this computer's own disk "
                                      "(File > Make a backup now, then open the copy)."));
            box.exec();
        }
    }

    static void showBackupProblem(QWidget *parent, const DataFileSession &session)
    {
        if (const std::optional<Error> &problem = session.backupProblem()) {
            QMessageBox box(QMessageBox::Warning, tr("No backup made"),
                            tr("The automatic backup on opening failed: %1").arg(problem->message),
                            QMessageBox::Ok, parent);
            box.setObjectName(u"backupProblem"_s);
            box.setInformativeText(tr("The file is open. Make a backup by hand (File > "
                                      "Make a backup now) before you change much."));
            box.exec();
        }
    }

private:
    QString lockedText(const OpenRefusal &refusal) const
    {
        if (!refusal.lockedBy)
            return refusal.error.message;
        return tr("%1 is being edited by %2.")
            .arg(QFileInfo(m_path).fileName(), refusal.lockedBy->describe());
    }

    bool adopt(std::unique_ptr<DataFileSession> session)
    {
        const DataFileSession &opened = *session;
        m_window.adoptFile(DataFile::adopt(std::move(session)));
        if (DataFile *file = m_window.dataFile(); file && file->isBeingChecked()) {
            // The backup on opening is made once the check has passed: its problem comes then.
            MainWindow *window = &m_window;
            QObject::connect(file, &DataFile::fileCheckPassed, window, [window, file] {
                OpeningDialogs::showBackupProblem(window, file->session());
            });
        }
        if (opened.isReadOnly() && opened.otherEditor())
            m_window.statusBar()->showMessage(
                tr("Read-only: %1 is editing this file.").arg(opened.otherEditor()->describe()));
        SafeOpening::showWarnings(&m_window, opened);
        return true;
    }

    bool offerReadOnly(const QString &text, const QString &informative)
    {
        QMessageBox box(QMessageBox::Question, tr("The file is in use"), text, QMessageBox::Cancel,
                        &m_window);
        box.setObjectName(u"readOnlyOffer"_s);
        box.setInformativeText(informative);
        QPushButton *readOnly = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
        readOnly->setObjectName(u"openReadOnlyButton"_s);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() != readOnly)
            return false;
        SessionOpening opening = openWithWaitCursor(&m_window, m_path, Database::Mode::ReadOnly);
        if (!opening) {
            fail(opening.refusal.error);
            return false;
        }
        return adopt(std::move(opening.session));
    }

    bool offerBackup(const OpenRefusal &refusal)
    {
        QMessageBox box(QMessageBox::Critical, tr("The data file is damaged"),
                        refusal.error.message, QMessageBox::Cancel, &m_window);
        box.setObjectName(u"damagedFile"_s);
        if (!refusal.offeredBackup) {
            box.setStandardButtons(QMessageBox::Ok);
            box.setInformativeText(tr("Contact support: the damaged file was kept."));
            box.exec();
            return false;
        }
        const BackupFile &backup = *refusal.offeredBackup;
        box.setInformativeText(
            tr("Restore the backup of %1? Changes made after it are not in it.")
                .arg(QLocale().toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat)));
        QPushButton *restore = box.addButton(tr("&Restore the backup"), QMessageBox::AcceptRole);
        restore->setObjectName(u"restoreBackupButton"_s);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() != restore)
            return false;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Result<RestoreOutcome> restored = restoreBackup(backup.path, m_path);
        QApplication::restoreOverrideCursor();
        if (!restored) {
            fail(restored.error());
            return false;
        }
        SessionOpening opening = openWithWaitCursor(&m_window, m_path, Database::Mode::ReadWrite);
        if (!opening) {
            fail(opening.refusal.error);
            return false;
        }
        adopt(std::move(opening.session));
        m_window.statusBar()->showMessage(
            tr("The backup of %1 was restored.")
                .arg(QLocale().toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat)));
        return true;
    }

    void fail(const Error &error)
    {
        QMessageBox::warning(&m_window, tr("Opening failed"), error.message);
    }

    MainWindow &m_window;
    QString m_path;
};

bool SafeOpening::open(MainWindow &window, const QString &path)
{
    return OpeningDialogs(window, path).run();
}

void SafeOpening::showWarnings(QWidget *parent, const DataFileSession &session)
{
    OpeningDialogs::showStorageWarning(parent, session);
    OpeningDialogs::showBackupProblem(parent, session);
}

void SafeOpening::afterFailedCheck(MainWindow &window)
{
    DataFile *file = window.dataFile();
    if (!file || file->session().fileCheckState() == FileCheckState::Running ||
        file->session().fileCheckState() == FileCheckState::Passed)
        return; // told twice, or another file by now
    // A form over the file may hold what someone typed: the file stays open, refusing every
    // save with the reason, until the form is closed.
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(300, &window, [&window] { afterFailedCheck(window); });
        return;
    }
    const QString path = file->path();
    const bool readOnly = file->isReadOnly();
    std::unique_ptr<DataFile> taken = window.takeFile();
    const OpenRefusal refusal = taken->session().closeAfterFailedCheck();
    taken.reset(); // the lock goes with it
    OpeningDialogs(window, path).afterFailedCheck(refusal, readOnly);
}

} // namespace wzsw
