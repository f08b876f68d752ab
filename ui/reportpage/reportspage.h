#pragma once

#include "common/result.h"
#include "figures/storedreport.h"
#include "shell/page.h"

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

namespace wzsw {

class NarrativeEditor;
class ReportChooser;
class ReportPreview;
class ReportRenderer;

/// Rapportages: the steering-group reports of spec/reports.md. Choose a kind, a period (its
/// defaults from the file's project settings) and a municipality or the region; the report is
/// computed (with a progress dialog that can cancel) and shown as it prints. The project
/// leader's texts are written beside it and stored per report; print preview, print and PDF
/// use the shared renderer. "Issue" archives figures and texts (ReportService::issue); an issued
/// report, opened from the list, is drawn from its archive, so it prints as it was sent.
class ReportsPage : public Page
{
    Q_OBJECT

public:
    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    PageId pageId() const override { return PageId::Reports; }
    QString title() const override;
    void setDataFile(DataFile *file) override;
    void activate() override;
    QString statusText() const override;
    bool canPrint() const override;
    void print(QPrinter *printer) override;

    ReportChooser *chooser() const { return m_chooser; }
    NarrativeEditor *narrativeEditor() const { return m_editor; }
    QListWidget *issuedList() const { return m_issuedList; }
    /// The report shown; null before the first is computed.
    const ReportRenderer *renderer() const { return m_renderer.get(); }
    /// The stored report shown: a draft (maybe not stored yet) or an issued one.
    const StoredReport &storedReport() const { return m_stored; }

    /// Computes and shows the chosen report, with a progress dialog; Cancelled when the user
    /// stopped it (what was shown stays).
    Status showReport();
    /// Stores the texts of the report shown (a draft).
    Status saveNarrative();
    /// Issues the report shown, with its texts as they stand, without asking.
    Status issueShown();
    /// Shows the issued report of row `row` of the issued list, from its archive.
    Status openIssued(int row);
    /// Writes the report shown as PDF (A4) and records the print in the audit log.
    Status savePdf(const QString &path);

protected:
    void retranslate() override;

private:
    void buildLayout();
    void useDefaultPeriod();
    void loadIssued();
    void display(ReportData data, StoredReport stored);
    void rerender();
    void updateState();
    void report(const Status &status);
    void printPreview();
    void printReport();
    void askSavePdf();
    void askIssue();

    DataFile *m_file = nullptr;
    bool m_loaded = false;
    ReportChooser *m_chooser;
    QPushButton *m_show;
    QScrollArea *m_scroll;
    ReportPreview *m_preview;
    NarrativeEditor *m_editor;
    QLabel *m_textsHeading;
    QLabel *m_state;
    QPushButton *m_saveTexts;
    QPushButton *m_issue;
    QPushButton *m_printPreview;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QLabel *m_issuedHeading;
    QListWidget *m_issuedList;
    QPushButton *m_openIssued;
    QList<StoredReport> m_issued;
    std::optional<ReportData> m_data;
    StoredReport m_stored;
    std::unique_ptr<ReportRenderer> m_renderer;
};

} // namespace wzsw
