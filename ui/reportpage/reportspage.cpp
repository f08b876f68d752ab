// The Rapportages page: its widgets and what it shows. What its buttons do is in
// reportspageactions.cpp.
#include "reportpage/reportspage.h"

#include "common/values.h"
#include "figures/reportperiods.h"
#include "report/reportrenderer.h"
#include "reportpage/narrativeeditor.h"
#include "reportpage/reportchooser.h"
#include "reportpage/reportpreview.h"
#include "services/reportservice.h"
#include "shell/datafile.h"
#include "storage/placerepository.h"
#include "widgets/displayformat.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

ReportsPage::ReportsPage(QWidget *parent)
    : Page(parent), m_chooser(new ReportChooser(this)), m_show(new QPushButton(this)),
      m_scroll(new QScrollArea(this)), m_preview(new ReportPreview(this)),
      m_editor(new NarrativeEditor(this)), m_textsHeading(new QLabel(this)),
      m_state(new QLabel(this)), m_saveTexts(new QPushButton(this)), m_issue(new QPushButton(this)),
      m_printPreview(new QPushButton(this)), m_print(new QPushButton(this)),
      m_pdf(new QPushButton(this)), m_issuedHeading(new QLabel(this)),
      m_issuedList(new QListWidget(this)), m_openIssued(new QPushButton(this))
{
    buildLayout();
    connect(m_chooser, &ReportChooser::reportChanged, this, &ReportsPage::useDefaultPeriod);
    connect(m_show, &QPushButton::clicked, this, [this] { report(showReport()); });
    connect(m_saveTexts, &QPushButton::clicked, this, [this] { report(saveNarrative()); });
    connect(m_editor, &NarrativeEditor::edited, this, &ReportsPage::updateState);
    connect(m_issue, &QPushButton::clicked, this, &ReportsPage::askIssue);
    connect(m_printPreview, &QPushButton::clicked, this, &ReportsPage::printPreview);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::printReport);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::askSavePdf);
    connect(m_openIssued, &QPushButton::clicked, this,
            [this] { report(openIssued(m_issuedList->currentRow())); });
    connect(m_issuedList, &QListWidget::itemActivated, this,
            [this] { report(openIssued(m_issuedList->currentRow())); });
    connect(m_issuedList, &QListWidget::currentRowChanged, this, &ReportsPage::updateState);
    retranslate();
    updateState();
}

ReportsPage::~ReportsPage() = default;

void ReportsPage::buildLayout()
{
    m_scroll->setWidget(m_preview);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_textsHeading->font();
    bold.setBold(true);
    m_textsHeading->setFont(bold);
    m_issuedHeading->setFont(bold);
    m_state->setWordWrap(true);
    sideLayout->addWidget(m_textsHeading);
    sideLayout->addWidget(m_editor, 3);
    auto *textButtons = new QHBoxLayout;
    textButtons->addWidget(m_saveTexts);
    textButtons->addWidget(m_issue);
    sideLayout->addLayout(textButtons);
    sideLayout->addWidget(m_issuedHeading);
    sideLayout->addWidget(m_issuedList, 1);
    sideLayout->addWidget(m_openIssued, 0, Qt::AlignLeft);

    // The texts scroll rather than make the whole window taller than small screens allow.
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_scroll);
    splitter->addWidget(sideScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000}); // proportions: the texts get room to be written in

    auto *top = new QHBoxLayout;
    top->addWidget(m_chooser, 1);
    top->addWidget(m_show);
    auto *outputs = new QHBoxLayout;
    outputs->addWidget(m_printPreview);
    outputs->addWidget(m_print);
    outputs->addWidget(m_pdf);
    outputs->addSpacing(12);
    // Beside the buttons, not in the scrolled texts: a wrapping label there would make the
    // scroll area size the texts by their preferred height (height for width).
    outputs->addWidget(m_state, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(outputs);
    layout->addWidget(splitter, 1);
    m_show->setDefault(true);
}

QString ReportsPage::title() const
{
    return QCoreApplication::translate("wzsw::PageTitle", "Reports");
}

void ReportsPage::setDataFile(DataFile *file)
{
    m_file = file;
    m_loaded = false;
    m_data.reset();
    m_stored = {};
    m_preview->setRenderer(nullptr);
    m_renderer.reset();
    m_issued.clear();
    m_issuedList->clear();
    m_editor->setNarrative({});
    updateState();
}

void ReportsPage::activate()
{
    if (!m_file || m_loaded)
        return;
    m_loaded = true;
    const Result<QList<Municipality>> municipalities =
        PlaceRepository(m_file->database()).allMunicipalities();
    if (!municipalities)
        return report(municipalities.error());
    m_chooser->setMunicipalities(*municipalities);
    useDefaultPeriod();
    loadIssued();
}

QString ReportsPage::statusText() const
{
    if (!m_renderer)
        return {};
    return tr("%n page(s)", nullptr, m_renderer->pageCount());
}

// The period of the chosen kind from the project settings of the municipality or the region;
// without settings the dates stay as they were, for the user to fill in.
void ReportsPage::useDefaultPeriod()
{
    if (!m_file)
        return;
    Database &db = m_file->database();
    Id municipalityId = 0;
    if (const QString code = m_chooser->municipalityCode(); !code.isEmpty()) {
        const Result<std::optional<Municipality>> found =
            PlaceRepository(db).municipalityByCode(code);
        if (!found || !*found)
            return;
        municipalityId = (*found)->id;
    }
    const Result<std::optional<ProjectDates>> dates = projectDatesOf(db, municipalityId);
    if (!dates)
        return;
    const Result<ReportPeriods> periods =
        reportPeriods(m_chooser->kind(), std::nullopt, std::nullopt, *dates, QDate::currentDate());
    if (periods)
        m_chooser->setPeriod(periods->period);
}

void ReportsPage::loadIssued()
{
    m_issuedList->clear();
    m_issued.clear();
    if (!m_file)
        return;
    const Result<QList<StoredReport>> issued = ReportService(m_file->database()).issued();
    if (!issued)
        return report(issued.error());
    m_issued = *issued;
    for (const StoredReport &r : m_issued)
        m_issuedList->addItem(tr("%1, %2, %3 to %4; issued %5 by %6")
                                  .arg(reportKindTitle(r.kind, displayLanguage()),
                                       r.scope == regionScopeCode() ? tr("region") : r.scope,
                                       display::date(r.period.from), display::date(r.period.to),
                                       display::date(r.issuedAt.toLocalTime().date()), r.issuedBy));
    updateState();
}

void ReportsPage::display(ReportData data, StoredReport stored)
{
    m_data = std::move(data);
    m_stored = std::move(stored);
    m_editor->setNarrative(m_stored.narrative);
    m_editor->setReadOnly(m_stored.isIssued() || !m_file || m_file->isReadOnly());
    rerender();
}

// Draws the report again with the texts as they stand in the editor.
void ReportsPage::rerender()
{
    if (!m_data)
        return;
    m_preview->setRenderer(nullptr);
    // An issued report keeps the language it was issued in; a live one follows the program's.
    m_renderer = std::make_unique<ReportRenderer>(
        *m_data, m_editor->narrative(), m_data->issuedLanguage.value_or(displayLanguage()));
    m_preview->setRenderer(m_renderer.get());
    updateState();
    emit statusTextChanged();
}

void ReportsPage::updateState()
{
    const bool shown = m_renderer != nullptr;
    const bool writable = m_file && !m_file->isReadOnly();
    const bool draft = shown && !m_stored.isIssued();
    m_show->setEnabled(m_file != nullptr);
    m_saveTexts->setEnabled(draft && writable && m_editor->isModified());
    m_issue->setEnabled(draft && writable);
    m_printPreview->setEnabled(shown);
    m_print->setEnabled(shown);
    m_pdf->setEnabled(shown);
    m_openIssued->setEnabled(m_issuedList->currentRow() >= 0);
    if (!shown)
        m_state->setText(tr("Choose a report and press Show."));
    else if (m_stored.isIssued())
        m_state->setText(
            tr("Issued on %1 by %2: shown as it was sent; it cannot be changed.")
                .arg(display::date(m_stored.issuedAt.toLocalTime().date()), m_stored.issuedBy));
    else
        m_state->setText(tr("Draft: the texts are stored with this report; Issue archives the "
                            "figures and texts as the steering group receives them."));
}

void ReportsPage::report(const Status &status)
{
    if (status.ok() || status.error().kind == Error::Kind::Cancelled)
        return;
    QMessageBox::warning(this, title(), status.error().message);
}

void ReportsPage::retranslate()
{
    m_show->setText(tr("&Show"));
    m_textsHeading->setText(tr("Texts of this report"));
    m_saveTexts->setText(tr("Save te&xts"));
    m_issue->setText(tr("&Issue..."));
    m_issue->setToolTip(tr("Archive the figures and texts as sent to the steering group"));
    m_printPreview->setText(tr("Print pre&view..."));
    m_print->setText(tr("&Print..."));
    m_pdf->setText(tr("Save as P&DF..."));
    m_issuedHeading->setText(tr("Issued reports"));
    m_openIssued->setText(tr("&Open issued report"));
    m_issuedList->setAccessibleName(tr("Issued reports"));
    updateState();
    if (m_data)
        rerender();
}

} // namespace wzsw
