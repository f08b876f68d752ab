#include "safety/auditlogdialog.h"

#include "safety/auditlogmodel.h"
#include "shell/datafile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw {

AuditLogDialog::AuditLogDialog(DataFile &file, QWidget *parent)
    : QDialog(parent), m_file(file), m_model(new AuditLogModel(this)),
      m_filter(new AuditLogFilter(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_user(new QComboBox(this)), m_action(new QComboBox(this)), m_record(new QLineEdit(this)),
      m_view(new QTableView(this)), m_count(new QLabel(this)), m_chain(new QLabel(this))
{
    setObjectName(u"auditLogDialog"_s);
    setWindowTitle(tr("Audit log – %1").arg(file.fileName()));
    // The last month by default: what someone checking "who looked at this" usually needs.
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd-MM-yyyy"_s);
    }
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_user->setAccessibleName(tr("User"));
    m_action->setAccessibleName(tr("Action"));
    m_record->setAccessibleName(tr("Record"));
    m_record->setPlaceholderText(tr("code, e.g. C-0001"));
    m_record->setClearButtonEnabled(true);

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setObjectName(u"auditLogView"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto *filters = new QHBoxLayout;
    const auto addField = [&](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        filters->addWidget(caption);
        filters->addWidget(field);
    };
    addField(tr("&From"), m_from);
    addField(tr("&to"), m_to);
    addField(tr("&User"), m_user);
    addField(tr("&Action"), m_action);
    addField(tr("&Record"), m_record);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch();
    bottom->addWidget(m_chain);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addLayout(bottom);

    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setUser(m_user->currentData().toString());
        updateCount();
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setAction(m_action->currentData().toString());
        updateCount();
    });
    connect(m_record, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setRecord(text);
        updateCount();
    });

    const Result<std::optional<Id>> broken = AuditRepository(m_file.database()).firstBrokenEntry();
    if (!broken)
        m_chain->setText(broken.error().message);
    else if (broken->has_value())
        m_chain->setText(tr("The log was tampered with from entry %1 on.").arg(**broken));
    else
        m_chain->setText(tr("The log's chain is unbroken."));
    m_chain->setObjectName(u"chainLabel"_s);

    reload();
    resize(960, 560);
}

void AuditLogDialog::showFor(DataFile &file, QWidget *parent)
{
    AuditLogDialog dialog(file, parent);
    dialog.exec();
}

void AuditLogDialog::reload()
{
    // The days are the person's own: from local midnight to the next local midnight.
    const QDateTime from = m_from->date().startOfDay();
    const QDateTime until = m_to->date().addDays(1).startOfDay();
    Result<QList<AuditEntry>> entries =
        AuditRepository(m_file.database()).entriesBetween(from, until);
    if (!entries) {
        m_model->setEntries({});
        m_count->setText(entries.error().message);
        return;
    }
    // Newest first: what happened last is what is looked for.
    QList<AuditEntry> newestFirst = std::move(entries).value();
    std::reverse(newestFirst.begin(), newestFirst.end());
    m_model->setEntries(std::move(newestFirst));
    fillChoices();
    m_view->resizeColumnsToContents();
    updateCount();
}

void AuditLogDialog::fillChoices()
{
    // The choices are what occurs in the period, and a choice made stays when it still occurs.
    const auto refill = [this](QComboBox *box, const QString &everyone, auto labelOf,
                               auto valueOf) {
        const QString chosen = box->currentData().toString();
        QSet<QString> seen;
        QList<std::pair<QString, QString>> items;
        for (const AuditEntry &entry : m_model->entries()) {
            const QString value = valueOf(entry);
            if (!seen.contains(value)) {
                seen.insert(value);
                items.append({labelOf(value), value});
            }
        }
        std::sort(items.begin(), items.end());
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(everyone, QString());
        for (const auto &[label, value] : items)
            box->addItem(label, value);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    refill(
        m_user, tr("everyone"), [](const QString &who) { return who; },
        [](const AuditEntry &entry) { return entry.who; });
    refill(
        m_action, tr("every action"),
        [](const QString &action) { return AuditLogModel::actionLabel(action); },
        [](const AuditEntry &entry) { return entry.action; });
    m_filter->setUser(m_user->currentData().toString());
    m_filter->setAction(m_action->currentData().toString());
}

void AuditLogDialog::updateCount()
{
    m_count->setText(tr("%n entry(s)", nullptr, m_filter->rowCount()));
}

} // namespace wzsw
