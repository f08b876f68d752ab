#include "entry/weekentrydialog.h"

#include "entry/deliverybatchcommand.h"
#include "entry/weekdays.h"
#include "entry/weekentrydelegate.h"
#include "entry/weekentrymodel.h"
#include "entry/weekentryview.h"
#include "records/forminputs.h"
#include "shell/datafile.h"
#include "widgets/displayformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

constexpr int daysInWeek = 7;

QToolButton *weekButton(const QString &arrow, const QString &name, const QKeySequence &key,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(arrow);
    button->setToolTip(name + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
    button->setAccessibleName(name);
    button->setShortcut(key);
    return button;
}

} // namespace

WeekEntryDialog::WeekEntryDialog(DataFile &file, QWidget *parent)
    : QDialog(parent), m_file(file), m_model(new WeekEntryModel(file.database(), this)),
      m_view(new WeekEntryView(*m_model, this)),
      m_delegate(new WeekEntryDelegate(file.database(), *m_model, this)),
      m_kind(new QComboBox(this)),
      m_provider(new PersonPicker(file.database(), RecordKind::Provider, this)),
      m_client(new PersonPicker(file.database(), RecordKind::Client, this)),
      m_week(new QLabel(this)), m_status(new QLabel(this)), m_save(nullptr)
{
    setObjectName(u"weekEntryDialog"_s);
    setWindowTitle(tr("Enter a week of deliveries"));
    m_view->setObjectName(u"weekGrid"_s);
    m_view->setItemDelegate(m_delegate);
    m_view->setAccessibleName(tr("Deliveries of the week"));

    m_kind->setObjectName(u"subjectKind"_s);
    m_kind->addItem(tr("Provider"), int(RecordKind::Provider));
    m_kind->addItem(tr("Client"), int(RecordKind::Client));
    m_kind->setAccessibleName(tr("Enter the week of"));
    m_provider->setObjectName(u"subjectProvider"_s);
    m_client->setObjectName(u"subjectClient"_s);
    m_provider->lineEdit()->setAccessibleName(tr("Provider"));
    m_client->lineEdit()->setAccessibleName(tr("Client"));
    m_client->hide();
    auto *forLabel = new QLabel(tr("&Week of"), this);
    forLabel->setBuddy(m_kind);
    auto *subject = new QHBoxLayout;
    subject->addWidget(forLabel);
    subject->addWidget(m_kind);
    subject->addWidget(m_provider, 1);
    subject->addWidget(m_client, 1);

    auto *previous = weekButton(u"◀"_s, tr("Previous week"), QKeySequence(u"Ctrl+PgUp"_s), this);
    auto *next = weekButton(u"▶"_s, tr("Next week"), QKeySequence(u"Ctrl+PgDown"_s), this);
    previous->setObjectName(u"previousWeek"_s);
    next->setObjectName(u"nextWeek"_s);
    m_week->setObjectName(u"weekLabel"_s);
    m_week->setMinimumWidth(m_week->fontMetrics().horizontalAdvance(u"W"_s) * 22);
    m_week->setAlignment(Qt::AlignCenter);
    subject->addSpacing(12);
    subject->addWidget(previous);
    subject->addWidget(m_week);
    subject->addWidget(next);

    auto *hint = new QLabel(tr("Tab or Enter: next cell. Enter in the last cell: new row. "
                               "Delete: empty the row. Days as \"mo\", \"tu\" or \"2-3\"."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(u"weekStatus"_s);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveWeek"_s);
    // Enter belongs to the grid (next cell), never to a default button.
    for (QAbstractButton *button : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    m_save->setToolTip(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &WeekEntryDialog::save);
    connect(buttons, &QDialogButtonBox::accepted, this, &WeekEntryDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &WeekEntryDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(subject);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Room for the problem column, the last one, which takes what is left.
    m_view->setColumnWidth(WeekEntryModel::Date, 125);
    m_view->setColumnWidth(WeekEntryModel::Person, 210);
    m_view->setColumnWidth(WeekEntryModel::ServiceType, 140);
    m_view->setColumnWidth(WeekEntryModel::Hours, 55);
    m_view->setColumnWidth(WeekEntryModel::Note, 140);
    resize(1080, 520);

    connect(m_kind, &QComboBox::activated, this, &WeekEntryDialog::chooseKind);
    for (PersonPicker *picker : {m_provider, m_client}) {
        connect(picker, &PersonPicker::idChanged, this, &WeekEntryDialog::chooseSubject);
        // Enter in the person goes on to the grid (a chosen completion is taken first).
        connect(picker->lineEdit(), &QLineEdit::returnPressed, this, [this] { focusRow(0); });
    }
    connect(previous, &QToolButton::clicked, this, [this] { moveWeek(-1); });
    connect(next, &QToolButton::clicked, this, [this] { moveWeek(1); });
    connect(m_view, &WeekEntryView::rowLeft, this, &WeekEntryDialog::rowLeft);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WeekEntryDialog::updateSave);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WeekEntryDialog::updateSave);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WeekEntryDialog::updateSave);

    setTabOrder(m_kind, m_provider->lineEdit());
    setTabOrder(m_provider->lineEdit(), m_client->lineEdit());
    setTabOrder(m_client->lineEdit(), previous);
    setTabOrder(previous, next);
    setTabOrder(next, m_view);
    showWeek();
    updateSave();
    m_provider->setFocus();
}

void WeekEntryDialog::open(DataFile &file, QWidget *parent)
{
    auto *dialog = new WeekEntryDialog(file, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

PersonPicker *WeekEntryDialog::subjectPicker() const
{
    return m_model->subjectKind() == RecordKind::Provider ? m_provider : m_client;
}

QString WeekEntryDialog::statusText() const
{
    return m_status->text();
}

void WeekEntryDialog::chooseKind()
{
    const auto kind = RecordKind(m_kind->currentData().toInt());
    m_provider->setVisible(kind == RecordKind::Provider);
    m_client->setVisible(kind == RecordKind::Client);
    m_model->setSubject(kind, kind == RecordKind::Provider ? m_provider->id() : m_client->id());
    m_model->checkAll();
    subjectPicker()->setFocus();
}

void WeekEntryDialog::chooseSubject()
{
    m_model->setSubject(m_model->subjectKind(), subjectPicker()->id());
    m_model->checkAll();
    updateSave();
}

void WeekEntryDialog::moveWeek(int weeks)
{
    m_delegate->commitOpenEditor();
    m_model->setWeek(m_model->monday().addDays(qint64(weeks) * daysInWeek));
    showWeek();
    m_model->checkAll();
}

void WeekEntryDialog::showWeek()
{
    const QDate monday = m_model->monday();
    m_week->setText(tr("Week %1: %2 to %3")
                        .arg(monday.weekNumber())
                        .arg(display::date(monday), display::date(monday.addDays(daysInWeek - 1))));
}

void WeekEntryDialog::rowLeft(int row)
{
    if (row >= m_model->rowCount())
        return;
    m_model->checkRow(row);
    m_status->clear();
}

void WeekEntryDialog::updateSave()
{
    bool anyRow = false;
    bool broken = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        anyRow = anyRow || !m_model->entry(row).isBlank();
        broken = broken || !m_model->entry(row).message.isEmpty();
    }
    m_save->setEnabled(subjectPicker()->id() != 0 && anyRow && !broken);
}

void WeekEntryDialog::focusRow(int row)
{
    m_view->setFocus();
    m_view->setCurrentIndex(m_model->index(row, WeekEntryModel::Date));
}

void WeekEntryDialog::save()
{
    m_delegate->commitOpenEditor();
    if (subjectPicker()->id() == 0) {
        m_status->setText(m_model->subjectKind() == RecordKind::Provider
                              ? tr("Choose the provider whose week this is.")
                              : tr("Choose the client whose week this is."));
        subjectPicker()->setFocus();
        return;
    }
    // The status after moving to the row: leaving a row clears it.
    if (const int broken = m_model->checkAll(); broken >= 0) {
        focusRow(broken);
        m_status->setText(tr("Nothing was saved: row %1 is not right. %2")
                              .arg(broken + 1)
                              .arg(m_model->entry(broken).message));
        return;
    }
    QList<Delivery> deliveries = m_model->deliveries();
    if (deliveries.isEmpty()) {
        focusRow(0);
        m_status->setText(tr("There is nothing to save yet: type a row first."));
        return;
    }
    if (Status status = DeliveryBatchCommand::save(m_file, deliveries); !status) {
        // Someone else changed the data meanwhile: show it, and mark the rows as they are now.
        m_status->setText(status.error().message);
        m_model->checkAll();
        return;
    }
    m_model->reset();
    focusRow(0);
    m_status->setText(tr("%n row(s) saved.", nullptr, int(deliveries.size())));
}

void WeekEntryDialog::reject()
{
    m_delegate->commitOpenEditor();
    if (!m_model->deliveries().isEmpty() &&
        QMessageBox::question(this, windowTitle(),
                              tr("The rows typed here have not been saved. Close and lose them?"),
                              QMessageBox::Close | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Close)
        return;
    QDialog::reject();
}

} // namespace wzsw
