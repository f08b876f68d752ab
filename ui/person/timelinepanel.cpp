#include "person/timelinepanel.h"

#include "person/timelinemodel.h"
#include "person/timelinetext.h"
#include "records/forminputs.h"
#include "records/recordeditor.h"
#include "records/recordtraits.h"
#include "shell/datafile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// "Add case note": what the quick button does, for screen readers.
QString addText(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Trajectory:
        return RecordTraits<Trajectory>::addText();
    case RecordKind::LadderAssessment:
        return RecordTraits<LadderAssessment>::addText();
    case RecordKind::Request:
        return RecordTraits<ServiceRequest>::addText();
    case RecordKind::Delivery:
        return RecordTraits<Delivery>::addText();
    case RecordKind::ContactNote:
        return RecordTraits<ContactNote>::addText();
    default:
        return {};
    }
}

QString objectNameOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Trajectory:
        return u"addTrajectory"_s;
    case RecordKind::LadderAssessment:
        return u"addAssessment"_s;
    case RecordKind::Request:
        return u"addRequest"_s;
    case RecordKind::Delivery:
        return u"addDelivery"_s;
    default:
        return u"addNote"_s;
    }
}

} // namespace

TimelinePanel::TimelinePanel(DataFile &file, RecordKind personKind, Id person, QWidget *parent)
    : QWidget(parent), m_file(file), m_personKind(personKind), m_person(person),
      m_model(new TimelineModel(file.database(), personKind, person, this)),
      m_view(new QTableView(this)), m_heading(new QLabel(this)), m_empty(new QLabel(this)),
      m_older(new QPushButton(this))
{
    setObjectName(u"timelinePanel"_s);
    auto *layout = new QVBoxLayout(this);
    // Whose history this is, as the Details tab is out of sight.
    m_heading->setObjectName(u"timelineHeading"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);

    auto *buttons = new QHBoxLayout;
    auto *addLabel = new QLabel(tr("Add:"), this);
    buttons->addWidget(addLabel);
    const QList<RecordKind> kinds =
        personKind == RecordKind::Client
            ? QList<RecordKind>{RecordKind::Request, RecordKind::Delivery, RecordKind::ContactNote}
            : QList<RecordKind>{RecordKind::Trajectory, RecordKind::LadderAssessment,
                                RecordKind::Delivery, RecordKind::ContactNote};
    for (RecordKind kind : kinds)
        addQuickButton(kind, buttons);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_empty->setObjectName(u"timelineEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);

    m_view->setObjectName(u"timelineView"_s);
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the list, arrows move in it
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(TimelineModel::Date, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimelineModel::Kind, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_view->setMinimumWidth(480);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { openEntry(index.row()); });

    m_older->setObjectName(u"showOlder"_s);
    m_older->setText(tr("Show older entries"));
    m_older->hide();
    connect(m_older, &QPushButton::clicked, this, &TimelinePanel::showOlder);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_older);
    bottom->addStretch(1);
    layout->addLayout(bottom);

    QWidget *previous = m_quickButtons.isEmpty() ? nullptr : m_quickButtons.back().second;
    if (previous) {
        setTabOrder(previous, m_view);
        setTabOrder(m_view, m_older);
    }

    // Any change may touch the timeline: a new note, a delivery moved to another client, a
    // service type renamed, an undo.
    connect(&m_file, &DataFile::recordsChanged, this, &TimelinePanel::reload);
    reload();
}

void TimelinePanel::addQuickButton(RecordKind kind, QLayout *layout)
{
    auto *button = new QPushButton(TimelineText::kindName(kind), this);
    button->setObjectName(objectNameOf(kind));
    button->setAccessibleName(addText(kind));
    button->setToolTip(addText(kind));
    button->setAutoDefault(false); // Enter in the form still means Save
    button->setEnabled(!m_file.isReadOnly());
    connect(button, &QPushButton::clicked, this, [this, kind] { addRecord(kind); });
    if (!m_quickButtons.isEmpty())
        setTabOrder(m_quickButtons.back().second, button);
    m_quickButtons.append({kind, button});
    layout->addWidget(button);
}

QPushButton *TimelinePanel::quickButton(RecordKind kind) const
{
    for (const auto &[buttonKind, button] : m_quickButtons)
        if (buttonKind == kind)
            return button;
    return nullptr;
}

QString TimelinePanel::title() const
{
    const int count = m_model->rowCount();
    if (count == 0)
        return tr("Timeline");
    return m_model->hasOlder() ? tr("Timeline (%1+)").arg(count) : tr("Timeline (%1)").arg(count);
}

void TimelinePanel::addRecord(RecordKind kind)
{
    const bool client = m_personKind == RecordKind::Client;
    QWidget *parent = window();
    switch (kind) {
    case RecordKind::Trajectory: {
        Trajectory t;
        t.providerId = m_person;
        openNewRecordForm(m_file, t, parent);
        return;
    }
    case RecordKind::LadderAssessment: {
        LadderAssessment a;
        a.providerId = m_person;
        openNewRecordForm(m_file, a, parent);
        return;
    }
    case RecordKind::Request: {
        ServiceRequest r;
        r.clientId = m_person;
        openNewRecordForm(m_file, r, parent);
        return;
    }
    case RecordKind::Delivery: {
        Delivery d;
        (client ? d.clientId : d.providerId) = m_person;
        openNewRecordForm(m_file, d, parent);
        return;
    }
    case RecordKind::ContactNote: {
        ContactNote n;
        (client ? n.clientId : n.providerId) = m_person;
        openNewRecordForm(m_file, n, parent);
        return;
    }
    default:
        return;
    }
}

void TimelinePanel::openEntry(int row)
{
    const RecordRef record = m_model->recordAt(row);
    if (record.id != 0)
        openRecordForm(m_file, record, window());
}

bool TimelinePanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter opens the entry. The view would pass the key on to the form as well, whose default
    // button would then save and close it.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_view->currentIndex().isValid())
                openEntry(m_view->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelinePanel::reload()
{
    // The entry the user stands on stays current when it is still there.
    const RecordRef current = m_model->recordAt(m_view->currentIndex().row());
    if (const Status status = m_model->reload(); !status) {
        m_empty->setText(tr("The timeline could not be read: %1").arg(status.error().message));
        m_empty->show();
        return;
    }
    afterReading();
    if (current.id == 0)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const RecordRef ref = m_model->recordAt(row);
        if (ref.kind == current.kind && ref.id == current.id) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
}

void TimelinePanel::showOlder()
{
    if (const Status status = m_model->fetchOlder(); !status) {
        m_empty->setText(tr("The timeline could not be read: %1").arg(status.error().message));
        m_empty->show();
        return;
    }
    afterReading();
}

void TimelinePanel::afterReading()
{
    m_heading->setText(personText(m_file.database(), m_personKind, m_person));
    const bool empty = m_model->rowCount() == 0;
    m_empty->setText(empty ? tr("Nothing has been recorded for this person yet.") : QString());
    m_empty->setVisible(empty);
    m_older->setVisible(m_model->hasOlder());
    emit titleChanged(title());
}

} // namespace wzsw
