#include "export/exportpage.h"

#include "export/disclosuredialog.h"
#include "shell/datafile.h"
#include "storage/placerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <iterator>

using namespace Qt::StringLiterals;

namespace wzsw {

ExportPage::ExportPage(QWidget *parent)
    : Page(parent), m_heading(new QLabel(this)), m_profile(new QComboBox(this)),
      m_description(new QLabel(this)), m_projectPeriod(new QCheckBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_scope(new QComboBox(this)),
      m_recipient(new QLineEdit(this)), m_dialect(new QComboBox(this)),
      m_withNames(new QCheckBox(this)), m_withBsn(new QCheckBox(this)), m_message(new QLabel(this)),
      m_previewButton(new QPushButton(this)), m_save(new QPushButton(this)),
      m_preview(new QTableWidget(this))
{
    buildForm();
    retranslate();
    profileChanged();
}

void ExportPage::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto *form = new QFormLayout;
    for (const ExportProfile *profile : exportProfiles())
        m_profile->addItem(profile->name(), profile->name());
    m_profile->setObjectName(u"profileBox"_s);
    form->addRow(new QLabel(this), m_profile);
    m_description->setWordWrap(true);
    form->addRow(QString(), m_description);
    auto *period = new QHBoxLayout;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd-MM-yyyy"_s);
        edit->setDate(QDate::currentDate());
    }
    m_projectPeriod->setChecked(true);
    period->addWidget(m_projectPeriod);
    period->addWidget(m_from);
    period->addWidget(new QLabel(u"–"_s, this));
    period->addWidget(m_to);
    period->addStretch(1);
    form->addRow(new QLabel(this), period);
    form->addRow(new QLabel(this), m_scope);
    m_recipient->setObjectName(u"recipientField"_s);
    form->addRow(new QLabel(this), m_recipient);
    for (const QString &name : CsvDialect::names())
        m_dialect->addItem(name, name);
    form->addRow(new QLabel(this), m_dialect);
    auto *personal = new QHBoxLayout;
    personal->addWidget(m_withNames);
    personal->addWidget(m_withBsn);
    personal->addStretch(1);
    form->addRow(new QLabel(this), personal);
    layout->addLayout(form);

    m_message->setWordWrap(true);
    m_message->setObjectName(u"exportMessage"_s);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->setWordWrap(false);
    m_preview->setObjectName(u"previewTable"_s);
    layout->addWidget(m_preview, 1);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &ExportPage::profileChanged);
    connect(m_projectPeriod, &QCheckBox::toggled, this, &ExportPage::updateState);
    for (QCheckBox *box : {m_withNames, m_withBsn})
        connect(box, &QCheckBox::toggled, this, &ExportPage::updateState);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ExportPage::updateState);
    connect(m_from, &QDateEdit::dateChanged, this, &ExportPage::updateState);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportPage::updateState);
    connect(m_previewButton, &QPushButton::clicked, this, &ExportPage::showPreview);
    connect(m_save, &QPushButton::clicked, this, &ExportPage::save);
}

QString ExportPage::title() const
{
    return QCoreApplication::translate("wzsw::PageTitle", "Export");
}

void ExportPage::retranslate()
{
    m_heading->setText(title());
    auto *form = findChild<QFormLayout *>();
    const char *labels[] = {QT_TR_NOOP("&Profile:"),     nullptr,
                            QT_TR_NOOP("P&eriod:"),      QT_TR_NOOP("&Scope:"),
                            QT_TR_NOOP("&Recipient:"),   QT_TR_NOOP("&Dialect:"),
                            QT_TR_NOOP("Personal data:")};
    for (int row = 0; row < form->rowCount() && row < int(std::size(labels)); ++row)
        if (labels[row])
            if (auto *label =
                    qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget())) {
                label->setText(tr(labels[row]));
                label->setBuddy(form->itemAt(row, QFormLayout::FieldRole)->widget());
            }
    m_projectPeriod->setText(tr("The project period"));
    m_recipient->setPlaceholderText(tr("e.g. Wmo Tilburg: each recipient gets its own pseudonyms"));
    m_withNames->setText(tr("With &names"));
    m_withBsn->setText(tr("With &BSN"));
    m_previewButton->setText(tr("Pre&view"));
    m_save->setText(tr("&Save..."));
    m_profile->setAccessibleName(tr("Profile"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    fillScopes();
    profileChanged();
}

void ExportPage::setDataFile(DataFile *file)
{
    m_file = file;
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    fillScopes();
    updateState();
}

void ExportPage::activate()
{
    updateState();
}

void ExportPage::fillScopes()
{
    const QVariant current = m_scope->currentData();
    m_scope->clear();
    m_scope->addItem(tr("The whole region"), QString());
    if (m_file) {
        const Result<QList<Municipality>> all =
            PlaceRepository(m_file->database()).allMunicipalities();
        if (all)
            for (const Municipality &m : *all)
                m_scope->addItem(m.name + u" ("_s + m.code + u')', m.code);
    }
    const int index = m_scope->findData(current);
    m_scope->setCurrentIndex(index < 0 ? 0 : index);
}

const ExportProfile *ExportPage::profile() const
{
    return exportProfile(m_profile->currentData().toString());
}

void ExportPage::profileChanged()
{
    if (const ExportProfile *p = profile()) {
        m_description->setText(p->description());
        const int dialect = m_dialect->findData(p->defaultDialect().name);
        if (dialect >= 0)
            m_dialect->setCurrentIndex(dialect);
    }
    updateState();
}

ExportRequest ExportPage::request() const
{
    ExportRequest request;
    const ExportProfile *p = profile();
    const bool folder = p && p->writesFolder(); // the exchange: the whole file, no options
    if (!folder) {
        if (!m_projectPeriod->isChecked()) {
            request.from = m_from->date();
            request.to = m_to->date();
        }
        request.municipalityCode = m_scope->currentData().toString();
        request.recipient = m_recipient->text().simplified();
        request.withNames = m_withNames->isEnabled() && m_withNames->isChecked();
        request.withBsn = m_withBsn->isEnabled() && m_withBsn->isChecked();
    }
    request.dialect = CsvDialect::byName(m_dialect->currentData().toString());
    return request;
}

void ExportPage::updateState()
{
    const ExportProfile *p = profile();
    const bool folder = p && p->writesFolder();
    ExportRequest probe;
    probe.withNames = true;
    probe.reason = u"probe"_s;
    const bool persons = p && !folder && p->refusal(probe).isEmpty();
    m_projectPeriod->setEnabled(!folder);
    m_from->setEnabled(!folder && !m_projectPeriod->isChecked());
    m_to->setEnabled(!folder && !m_projectPeriod->isChecked());
    m_scope->setEnabled(!folder);
    m_recipient->setEnabled(!folder);
    m_withNames->setEnabled(persons);
    m_withBsn->setEnabled(persons);

    QString problem;
    if (!m_file)
        problem = tr("Open a data file to export from it.");
    else if (m_file->isReadOnly())
        problem = tr("The file is open read-only: an export must be recorded in its audit log.");
    else if (!m_projectPeriod->isChecked() && m_to->date() < m_from->date())
        problem = tr("The period ends before it starts.");
    m_message->setText(problem);
    m_previewButton->setEnabled(problem.isEmpty() && p);
    m_save->setEnabled(problem.isEmpty() && p);
}

bool ExportPage::showPreview()
{
    const ExportProfile *p = profile();
    if (!m_file || !p)
        return false;
    ExportRequest asked = request();
    if (asked.withNames || asked.withBsn)
        asked.reason = u"preview"_s; // shown on this screen only; nothing is written or logged
    const Result<ExportPreview> preview =
        Exporter(m_file->database()).preview(*p, asked, previewRows);
    m_preview->clear();
    if (!preview) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_message->setText(preview.error().message);
        return false;
    }
    m_preview->setColumnCount(int(preview->header.size()));
    m_preview->setHorizontalHeaderLabels(preview->header);
    m_preview->setRowCount(int(preview->rows.size()));
    for (int row = 0; row < preview->rows.size(); ++row)
        for (int column = 0; column < preview->rows.at(row).size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(preview->rows.at(row).at(column)));
    m_preview->resizeColumnsToContents();
    m_message->setText(
        preview->complete
            ? tr("%1: all %n row(s).", nullptr, int(preview->rows.size())).arg(preview->fileName)
            : tr("%1: the first %n row(s).", nullptr, int(preview->rows.size()))
                  .arg(preview->fileName));
    return true;
}

Result<ExportSummary> ExportPage::saveTo(const QString &path, const QString &reason)
{
    if (!m_file || !profile())
        return Error::make(Error::Kind::Invalid, tr("Open a data file to export from it."));
    ExportRequest asked = request();
    asked.reason = reason;
    QProgressDialog progress(tr("Exporting..."), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const ExportProgress step = [&progress](int percent) {
        progress.setValue(std::min(percent, 99));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    Result<ExportSummary> summary = Exporter(m_file->database()).run(*profile(), asked, path, step);
    progress.setValue(100);
    return summary;
}

void ExportPage::save()
{
    const ExportProfile *p = profile();
    if (!m_file || !p)
        return;
    const ExportRequest asked = request();
    QString reason;
    if (asked.withNames || asked.withBsn) {
        DisclosureDialog confirm(asked.withNames, asked.withBsn, asked.recipient, this);
        if (confirm.exec() != QDialog::Accepted)
            return;
        reason = confirm.reason();
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        p->writesFolder()
            ? QFileDialog::getExistingDirectory(this, tr("Export into folder"), documents)
            : QFileDialog::getSaveFileName(this, tr("Save export"),
                                           QDir(documents).filePath(p->previewFileName()),
                                           tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Result<ExportSummary> summary = saveTo(path, reason);
    if (!summary) {
        if (summary.error().kind != Error::Kind::Cancelled)
            QMessageBox::warning(this, tr("Export"), summary.error().fullText());
        m_message->setText(summary.error().message);
        return;
    }
    qint64 rows = 0;
    for (const ExportedFile &file : summary->files)
        rows += file.rows;
    m_message->setText(tr("%n row(s) written to %1.", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                           .arg(QDir::toNativeSeparators(summary->path)));
}

} // namespace wzsw
