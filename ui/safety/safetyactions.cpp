#include "safety/safetyactions.h"

#include "safety/auditlogdialog.h"
#include "safety/erasureflow.h"
#include "safety/privacysettingsdialog.h"
#include "safety/restoreflow.h"
#include "safety/retentiondialog.h"
#include "safety/sessionkeeper.h"
#include "safety/subjectaccessflow.h"
#include "shell/datafile.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace wzsw {

SafetyActions::SafetyActions(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(u"safetyActions"_s);
    m_restore = makeAction("actionRestoreBackup");
    m_auditLog = makeAction("actionAuditLog");
    m_subjectAccess = makeAction("actionSubjectAccess");
    m_erase = makeAction("actionErasePerson");
    m_retention = makeAction("actionRetention");
    m_settings = makeAction("actionPrivacySettings");

    // File > Restore a backup... right below Make a backup now.
    if (auto *fileMenu = window->findChild<QMenu *>(u"fileMenu"_s)) {
        const QList<QAction *> entries = fileMenu->actions();
        const qsizetype backup = entries.indexOf(window->action(u"actionBackup"_s));
        QAction *before =
            backup >= 0 && backup + 1 < entries.size() ? entries.at(backup + 1) : nullptr;
        fileMenu->insertAction(before, m_restore);
    }
    m_privacyMenu = new QMenu(window);
    m_privacyMenu->setObjectName(u"privacyMenu"_s);
    m_privacyMenu->addAction(m_auditLog);
    m_privacyMenu->addSeparator();
    m_privacyMenu->addAction(m_subjectAccess);
    m_privacyMenu->addAction(m_erase);
    m_privacyMenu->addAction(m_retention);
    m_privacyMenu->addSeparator();
    m_privacyMenu->addAction(m_settings);
    auto *helpMenu = window->findChild<QMenu *>(u"helpMenu"_s);
    window->menuBar()->insertMenu(helpMenu ? helpMenu->menuAction() : nullptr, m_privacyMenu);

    connect(m_restore, &QAction::triggered, this, [this] { RestoreFlow::run(*m_window); });
    connect(m_auditLog, &QAction::triggered, this, [this] {
        if (DataFile *file = m_window->dataFile())
            AuditLogDialog::showFor(*file, m_window);
    });
    connect(m_subjectAccess, &QAction::triggered, this,
            [this] { SubjectAccessFlow::run(*m_window); });
    connect(m_erase, &QAction::triggered, this, [this] { ErasureFlow::run(*m_window); });
    connect(m_retention, &QAction::triggered, this, [this] {
        if (m_window->dataFile())
            RetentionDialog(*m_window).exec();
    });
    connect(m_settings, &QAction::triggered, this, [this] {
        if (m_window->dataFile())
            PrivacySettingsDialog(*m_window).exec();
    });
    connect(window, &MainWindow::dataFileChanged, this, &SafetyActions::fileChanged);
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

QAction *SafetyActions::makeAction(const char *objectName)
{
    auto *action = new QAction(m_window);
    action->setObjectName(QString::fromLatin1(objectName));
    return action;
}

bool SafetyActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void SafetyActions::fileChanged(DataFile *file)
{
    updateActions();
    if (!file)
        return;
    disconnect(file, &DataFile::fileCheckPassed, this, nullptr);
    connect(file, &DataFile::fileCheckPassed, this, &SafetyActions::updateActions);
    SessionKeeper *keeper = file->keeper();
    // A restore or an erasure hands the same file back to the window: connect once.
    disconnect(keeper, nullptr, m_window, nullptr);
    connect(keeper, &SessionKeeper::backedUp, m_window, [this](const QString &path) {
        m_window->statusBar()->showMessage(
            tr("Automatic backup made: %1").arg(QDir::toNativeSeparators(path)), 6000);
    });
    connect(keeper, &SessionKeeper::backupFailed, m_window, [this](const Error &error) {
        QMessageBox::warning(m_window, tr("Automatic backup failed"),
                             tr("The automatic backup failed: %1\nMake a backup by hand "
                                "(File > Make a backup now).")
                                 .arg(error.message));
    });
    connect(keeper, &SessionKeeper::lockLost, m_window, [this](const Error &error) {
        QMessageBox::critical(m_window, tr("Someone else opened the file"),
                              tr("%1\nClose the file and open it again before you change "
                                 "anything more.")
                                  .arg(error.message));
    });
}

void SafetyActions::updateActions()
{
    const DataFile *file = m_window->dataFile();
    const bool open = file != nullptr;
    // Restoring, erasing and the audited subject access wait for the check on opening.
    const bool writable = open && !file->isReadOnly() && !file->isBeingChecked();
    const bool server = open && file->isServer();
    m_restore->setEnabled(writable && !server);
    // The regional server has no automatic backups here: its administrator restores it.
    const QString restoreTip =
        server ? tr("Works on a local data file only; the regional server's administrator "
                    "restores its backups.")
               : tr("Put one of the automatic backups in the place of the data file");
    m_restore->setStatusTip(restoreTip);
    m_restore->setToolTip(server ? restoreTip : m_restore->text().remove(u'&'));
    m_auditLog->setEnabled(open);
    // Giving a person their data is written to the audit log: not on a read-only file.
    m_subjectAccess->setEnabled(writable);
    m_erase->setEnabled(writable);
    m_retention->setEnabled(open);
    m_settings->setEnabled(open);
}

void SafetyActions::retranslate()
{
    m_privacyMenu->setTitle(tr("P&rivacy"));
    m_restore->setText(tr("Restore a bac&kup..."));
    m_auditLog->setText(tr("&Audit log..."));
    m_auditLog->setStatusTip(tr("Who did what, and when"));
    m_subjectAccess->setText(tr("Everything held on a &person..."));
    m_subjectAccess->setStatusTip(
        tr("A readable document and CSV files of everything held on one client or provider"));
    m_erase->setText(tr("&Erase a person..."));
    m_erase->setStatusTip(tr("Remove a person's identifying data for good"));
    m_retention->setText(tr("Past the &retention period..."));
    m_retention->setStatusTip(tr("The people whose data is kept longer than the set period"));
    m_settings->setText(tr("Privacy &settings..."));
    updateActions();
}

} // namespace wzsw
