#include "safety/restoreflow.h"

#include "shell/datafile.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::LongFormat);
}

} // namespace

RestoreDialog::RestoreDialog(const QList<BackupFile> &backups, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore a backup"));
    auto *intro = new QLabel(
        tr("Choose the backup to put in the place of the data file. The current file is kept "
           "beside it, never deleted; changes made after the backup are not in it."),
        this);
    intro->setWordWrap(true);
    m_list->setObjectName(u"backupList"_s);
    m_list->setAccessibleName(tr("Automatic backups"));
    for (const BackupFile &backup : backups) {
        auto *item = new QListWidgetItem(when(backup.createdAt), m_list);
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(QDir::toNativeSeparators(backup.path));
    }
    if (backups.isEmpty())
        intro->setText(intro->text() + u"\n\n"_s +
                       tr("There are no automatic backups of this file yet; choose a backup "
                          "file instead."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(u"restoreButton"_s);
    QPushButton *other = buttons->addButton(tr("Other &file..."), QDialogButtonBox::ActionRole);
    other->setObjectName(u"otherFileButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseOtherFile);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_restore->setEnabled(row >= 0 || !m_otherFile.isEmpty()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_restore->setEnabled(m_list->count() > 0);
    resize(520, 360);
}

QString RestoreDialog::chosenPath() const
{
    if (!m_otherFile.isEmpty())
        return m_otherFile;
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void RestoreDialog::chooseOtherFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a backup"), QString(),
        QCoreApplication::translate("wzsw::MainWindow", "WZSW data files (*.wzsw)"));
    if (path.isEmpty())
        return;
    m_otherFile = path;
    accept();
}

void RestoreFlow::run(MainWindow &window)
{
    DataFile *file = window.dataFile();
    if (!file || file->isReadOnly())
        return;
    RestoreDialog dialog(file->session().backups().backups(), &window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPath().isEmpty())
        return;
    const QString backup = dialog.chosenPath();
    QMessageBox confirm(
        QMessageBox::Warning, tr("Restore a backup"),
        tr("Put %1 in the place of %2?").arg(QFileInfo(backup).fileName(), file->fileName()),
        QMessageBox::Cancel, &window);
    confirm.setObjectName(u"confirmRestore"_s);
    confirm.setInformativeText(tr("Everything changed after the backup was made is not in it. "
                                  "The current file is kept beside it as a copy."));
    QPushButton *yes = confirm.addButton(tr("&Restore"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"confirmRestoreButton"_s);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    restore(window, backup);
}

bool RestoreFlow::restore(MainWindow &window, const QString &backup)
{
    std::unique_ptr<DataFile> file = window.takeFile();
    if (!file)
        return false;
    const QString path = file->path();
    // The commands refer to the file being replaced: undoing them on the restored one would
    // write old values over it.
    file->undoStack()->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<RestoreOutcome> restored = file->session().restoreFrom(backup);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        // The session may have lost its connection: close it and open what is there now.
        file.reset();
        QMessageBox::warning(&window, tr("Restoring failed"), restored.error().message);
        window.openFileInteractive(path);
        return false;
    }
    window.adoptFile(std::move(file));
    const QString kept = restored->replacedKeptAs;
    window.statusBar()->showMessage(
        kept.isEmpty() ? tr("The backup was restored.")
                       : tr("The backup was restored; the replaced file was kept as %1.")
                             .arg(QDir::toNativeSeparators(kept)),
        10000);
    return true;
}

} // namespace wzsw
