#include "records/recordsummarydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

RecordSummaryDialog::RecordSummaryDialog(const RecordSummary &summary, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(summary.heading);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"recordSummary"_s);

    auto *heading = new QLabel(summary.heading, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);

    auto *fields = new QWidget;
    auto *form = new QFormLayout(fields);
    form->setLabelAlignment(Qt::AlignRight);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const RecordSummary::Field &field : summary.fields) {
        auto *value = new QLabel(field.text.isEmpty() ? u"–"_s : field.text);
        // Only long texts wrap: short ones in a form inside a scroll area would be cut off.
        value->setWordWrap(field.text.size() > 60);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(field.label);
        if (field.text.isEmpty())
            value->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(field.label + u':', value);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(540, std::min(680, 110 + int(summary.fields.size()) * (fontMetrics().height() + 8)));
}

void RecordSummaryDialog::showRecord(Database &db, const RecordRef &record, QWidget *parent)
{
    const Result<RecordSummary> summary = RecordSummaries::of(db, record);
    if (!summary) {
        QMessageBox::warning(parent, tr("Opening the record failed"), summary.error().message);
        return;
    }
    auto *dialog = new RecordSummaryDialog(*summary, parent);
    dialog->show();
}

} // namespace wzsw
