// What the Rapportages page's buttons do: compute, store texts, issue, open an issued report,
// print and write a PDF.
#include "figures/computereport.h"
#include "figures/reportarchive.h"
#include "report/reportrenderer.h"
#include "reportpage/narrativeeditor.h"
#include "reportpage/reportchooser.h"
#include "reportpage/reportspage.h"
#include "services/reportservice.h"
#include "shell/datafile.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace wzsw {

Status ReportsPage::showReport()
{
    if (!m_file)
        return {};
    const Period period = m_chooser->period();
    if (!period.isValid())
        return Error::make(Error::Kind::Invalid,
                           tr("The period ends before it starts: choose other dates."));
    ReportRequest request;
    request.kind = m_chooser->kind();
    request.from = period.from;
    request.to = period.to;
    request.municipalityCode = m_chooser->municipalityCode();

    // Computed in steps on this thread: the dialog appears when it takes longer than a moment
    // and Cancel stops at the next step, leaving what was shown.
    QProgressDialog progress(tr("Computing the report..."), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(title());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    request.progress = [&progress](int percent) {
        progress.setValue(percent);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ReportData> data = computeReport(m_file->database(), request);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!data)
        return data.error();
    Result<StoredReport> draft =
        ReportService(m_file->database()).draft(data->kind, data->scopeCode(), data->period);
    if (!draft)
        return draft.error();
    display(std::move(*data), std::move(*draft));
    return {};
}

Status ReportsPage::saveNarrative()
{
    if (!m_file || !m_data || m_stored.isIssued())
        return {};
    StoredReport changed = m_stored;
    changed.narrative = m_editor->narrative();
    if (Status saved = ReportService(m_file->database()).saveNarrative(changed); !saved)
        return saved;
    m_stored = changed;
    m_editor->setNarrative(m_stored.narrative); // no longer modified
    rerender();
    return {};
}

Status ReportsPage::issueShown()
{
    if (!m_file || !m_data || m_stored.isIssued())
        return {};
    StoredReport issued = m_stored;
    issued.narrative = m_editor->narrative();
    ReportData figures = *m_data;
    figures.issuedLanguage = m_renderer ? m_renderer->language() : displayLanguage();
    if (Status done = ReportService(m_file->database()).issue(issued, figures); !done)
        return done;
    // Shown from now on as archived: the same value the issued list will open.
    Result<ReportData> archived = reportFromArchive(issued.figures);
    if (!archived)
        return archived.error();
    display(std::move(*archived), std::move(issued));
    loadIssued();
    return {};
}

Status ReportsPage::openIssued(int row)
{
    if (row < 0 || row >= m_issued.size())
        return {};
    const StoredReport &stored = m_issued.at(row);
    Result<ReportData> archived = reportFromArchive(stored.figures);
    if (!archived)
        return archived.error();
    display(std::move(*archived), stored);
    return {};
}

Status ReportsPage::savePdf(const QString &path)
{
    if (!m_renderer || !m_file)
        return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io,
                           tr("%1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (Status drawn = m_renderer->writePdf(file); !drawn)
        return drawn;
    if (!m_file->isReadOnly())
        if (Status logged = ReportService(m_file->database()).recordPrinted(m_renderer->data());
            !logged)
            return logged; // not recorded: not written either (the QSaveFile is discarded)
    if (!file.commit())
        return Error::make(Error::Kind::Io,
                           tr("%1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

bool ReportsPage::canPrint() const
{
    return m_renderer != nullptr;
}

// File > Print passes no printer: then the print dialog asks for one.
void ReportsPage::print(QPrinter *printer)
{
    if (!m_renderer)
        return;
    if (!printer)
        return printReport();
    report(m_renderer->render(*printer));
    if (m_file && !m_file->isReadOnly())
        report(ReportService(m_file->database()).recordPrinted(m_renderer->data()));
}

void ReportsPage::printPreview()
{
    if (!m_renderer)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::pageLayout());
    printer.setDocName(m_renderer->title());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(m_renderer->title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { report(m_renderer->render(*p)); });
    // The dialog is accepted when the user printed from it: that print is recorded.
    if (dialog.exec() == QDialog::Accepted && m_file && !m_file->isReadOnly())
        report(ReportService(m_file->database()).recordPrinted(m_renderer->data()));
}

void ReportsPage::printReport()
{
    if (!m_renderer)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::pageLayout());
    printer.setDocName(m_renderer->title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        print(&printer);
}

void ReportsPage::askSavePdf()
{
    if (!m_renderer)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report as PDF"), m_renderer->title() + u".pdf"_s, tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        report(savePdf(path));
}

void ReportsPage::askIssue()
{
    const auto answer = QMessageBox::question(
        this, tr("Issue report"),
        tr("Issue this report to the steering group? Its figures and texts are archived as they "
           "are now and can no longer be changed."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        report(issueShown());
}

} // namespace wzsw
