// The flows behind the File and Help menus: the dialogs around opening, making, copying and
// checking a data file. The work itself is done by core; errors come back as values and are
// shown here, in the user's language.
#include "safety/safeopening.h"
#include "services/filechecker.h"
#include "settings/preferences.h"
#include "settings/settingsdialog.h"
#include "shell/datafile.h"
#include "shell/demofile.h"
#include "shell/mainwindow.h"
#include "shell/newdatafiledialog.h"
#include "shell/welcomepage.h"
#include "storage/backup.h"
#include "storage/serverlocation.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <climits>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

constexpr int statusMessageMs = 6000;

QString fileFilter()
{
    return QCoreApplication::translate("wzsw::MainWindow", "WZSW data files (*.wzsw)");
}

QString withSuffix(QString path)
{
    if (!path.endsWith(u".wzsw"_s, Qt::CaseInsensitive))
        path += u".wzsw"_s;
    return path;
}

/// A folder to start file dialogs in: the open file's, else the user's documents.
QString startFolder(const DataFile *file)
{
    if (file && !file->isServer())
        return QFileInfo(file->path()).absolutePath();
    for (const QString &recent : Preferences::instance().recentFiles())
        if (!ServerLocation::isServer(recent))
            return QFileInfo(recent).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

/// Runs `work` under the wait cursor: for the short blocking steps (opening, copying, checking).
template <typename Work> auto withWaitCursor(Work work)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = work();
    QApplication::restoreOverrideCursor();
    return result;
}

} // namespace

void MainWindow::showError(const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    if (error.violations.size() > 1)
        box.setDetailedText(error.fullText());
    box.exec();
}

void MainWindow::newFileFlow()
{
    NewDataFileDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Municipality first = dialog.municipality();
    const QString suggested = QDir(startFolder(m_file.get())).filePath(first.name + u".wzsw"_s);
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("New data file"), suggested, fileFilter());
    if (chosen.isEmpty())
        return;
    const QString path = withSuffix(chosen);
    if (QFileInfo::exists(path)) {
        // Never overwrite a data file: a new file is made beside the old one, or not at all.
        showError(tr("New data file"),
                  Error::make(Error::Kind::Io, tr("%1 already exists. Choose another name; an "
                                                  "existing data file is never overwritten.")
                                                   .arg(QDir::toNativeSeparators(path))));
        return;
    }
    if (Status status = createFile(path, first); !status)
        showError(tr("The data file could not be made"), status.error());
    else
        statusBar()->showMessage(tr("Made %1.").arg(QDir::toNativeSeparators(path)),
                                 statusMessageMs);
}

void MainWindow::openFileFlow()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a data file"),
                                                      startFolder(m_file.get()), fileFilter());
    if (!path.isEmpty())
        openFileInteractive(path);
}

void MainWindow::openFileInteractive(const QString &path)
{
    if (ServerLocation::isServer(path)) {
        connectServerFlow(path);
        return;
    }
    if (!QFileInfo::exists(path)) {
        Preferences::instance().removeRecentFile(path);
        showError(tr("Opening failed"),
                  Error::make(Error::Kind::NotFound,
                              tr("%1 does not exist (any more). It was taken off the list of "
                                 "recent files.")
                                  .arg(QDir::toNativeSeparators(path))));
        return;
    }
    SafeOpening::open(*this, path);
}

void MainWindow::openDemo(const QString &path)
{
    const QString demo = path.isEmpty() ? DemoFile::defaultPath() : path;
    if (!QFileInfo::exists(demo)) {
        QProgressDialog progress(tr("Making the demo data file..."), tr("Cancel"), 0, 100, this);
        progress.setWindowTitle(tr("Demo"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        const Status made = DemoFile::create(demo, [&progress](int percent) {
            progress.setValue(percent);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        progress.reset();
        if (!made) {
            if (made.error().kind != Error::Kind::Cancelled)
                showError(tr("The demo data file could not be made"), made.error());
            return;
        }
    }
    openFileInteractive(demo);
}

void MainWindow::backupFlow()
{
    if (!m_file)
        return;
    const QFileInfo current(m_file->path());
    const QString suggested = current.absoluteDir().filePath(
        tr("%1-backup-%2.wzsw", "file name of a backup: data file name, date")
            .arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Make a backup"), suggested, fileFilter());
    if (chosen.isEmpty())
        return;
    const QString target = withSuffix(chosen);
    if (QFileInfo(target).absoluteFilePath() == current.absoluteFilePath()) {
        showError(tr("Backup failed"),
                  Error::make(Error::Kind::Io,
                              tr("A backup cannot replace the data file itself. Choose another "
                                 "name.")));
        return;
    }
    const Status status =
        withWaitCursor([&] { return Backup::copyTo(m_file->database(), target); });
    if (!status) {
        showError(tr("Backup failed"), status.error());
        return;
    }
    statusBar()->showMessage(
        tr("Backup saved and checked: %1").arg(QDir::toNativeSeparators(target)), statusMessageMs);
    QMessageBox::information(
        this, tr("Backup made"),
        tr("The backup was saved and checked:\n%1").arg(QDir::toNativeSeparators(target)));
}

void MainWindow::checkFileFlow()
{
    if (!m_file)
        return;
    Result<FileCheckReport> report =
        withWaitCursor([&] { return FileChecker(m_file->database()).run(); });
    if (!report) {
        showError(tr("Checking failed"), report.error());
        return;
    }
    if (report->healthy()) {
        QMessageBox box(QMessageBox::Information, tr("Check the file"),
                        tr("%1 is in order.").arg(m_file->fileName()), QMessageBox::Ok, this);
        box.setInformativeText(report->summaryText());
        box.exec();
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Check the file"),
                    tr("%n problem(s) found in %1. Make a backup now and contact support "
                       "before you go on working with this file.",
                       nullptr, int(std::min<qint64>(report->summary.problems, INT_MAX)))
                        .arg(m_file->fileName()),
                    QMessageBox::Ok, this);
    box.setInformativeText(report->summaryText());
    // The problems name records and fields, never personal values (the checker masks BSNs).
    QStringList lines;
    for (const FileProblem &problem : std::as_const(report->problems))
        lines.append(problem.describe());
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

void MainWindow::printFlow()
{
    // Pages that can print (reports, lists) bring their own print dialog with the reports
    // issue; the action stays disabled until a page says canPrint().
    if (Page *page = currentPage(); page && page->canPrint())
        page->print(nullptr);
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    // Where things are is what a support call asks first: the open data file, the preferences
    // and the demo file. Backups are wherever the user saved them (by default beside the file).
    const auto location = [](const QString &path) -> QString {
        return QDir::toNativeSeparators(path).toHtmlEscaped();
    };
    const QString dataFile = m_file ? location(m_file->displayName()) : tr("no data file open");
    QMessageBox::about(
        this, tr("About WZSW"),
        tr("<h3>WZSW %1</h3><p>Case management for Wonen Zorg Service in de Wijk: clients, "
           "providers and their trajectories, requests and deliveries, partners, agreements, "
           "targets and reports.</p><p>The data is personal data of vulnerable people: keep "
           "the data file and its backups in a safe place.</p>")
                .arg(QCoreApplication::applicationVersion()) +
            tr("<p>Data file: %1<br>Preferences: %2<br>Demo data file: %3</p>")
                .arg(dataFile, location(QSettings().fileName()),
                     location(DemoFile::defaultPath())) +
            tr("<p>Licence: proprietary. Made for Wonen Zorg Service in de Wijk and the "
               "municipalities it works with, for their use only.</p>"));
}

} // namespace wzsw
