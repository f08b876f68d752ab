#include "lists/listpanel.h"

#include "lists/listexportaction.h"
#include "lists/pagedlistmodel.h"
#include "settings/preferences.h"
#include "shell/datafile.h"
#include "shell/timing.h"
#include "storage/placerepository.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// No column grows wider than this when sized to its contents; the user can widen it.
constexpr int maxInitialColumnWidth = 280;

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    // The closed box is narrow; its list shows the longest entry whole.
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 32);
}

} // namespace

ListPanel::ListPanel(RecordKind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_search(new QLineEdit(this)), m_choiceLabel(new QLabel(this)),
      m_choice(new QComboBox(this)), m_municipalityLabel(new QLabel(this)),
      m_municipality(new QComboBox(this)), m_neighbourhoodLabel(new QLabel(this)),
      m_neighbourhood(new QComboBox(this)), m_view(new QTableView(this)),
      m_new(new QPushButton(this)), m_searchDelay(new QTimer(this)),
      m_exportAction(new QAction(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildFilterBar();

    m_view->setObjectName(u"listView"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the list, arrows move in it
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Sizing columns to their contents reads the first rows only, not a thousand.
    m_view->horizontalHeader()->setResizeContentsPrecision(PagedListModel::pageSize / 2);
    m_view->viewport()->installEventFilter(this);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_model)
            if (const Id id = m_model->idAt(index.row()))
                emit recordActivated({m_kind, id});
    });

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &ListPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    // Enter in the search field runs the search now and moves to the first row.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyFilter();
        if (m_model && m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_model->index(0, 0));
        }
    });
    connect(m_choice, &QComboBox::activated, this, &ListPanel::applyFilter);
    connect(m_municipality, &QComboBox::activated, this, [this] {
        fillNeighbourhoods();
        applyFilter();
    });
    connect(m_neighbourhood, &QComboBox::activated, this, &ListPanel::applyFilter);

    setTabOrder(m_search, m_choice);
    setTabOrder(m_choice, m_municipality);
    setTabOrder(m_municipality, m_neighbourhood);
    setTabOrder(m_neighbourhood, m_view);
    retranslate();
    setDataFile(nullptr);
}

ListPanel::~ListPanel() = default;

void ListPanel::buildFilterBar()
{
    auto *bar = new QHBoxLayout;
    m_bar = bar;
    bar->setSpacing(6);
    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    bar->addWidget(m_search, 1);
    const std::pair<QLabel *, QComboBox *> filters[] = {{m_choiceLabel, m_choice},
                                                        {m_municipalityLabel, m_municipality},
                                                        {m_neighbourhoodLabel, m_neighbourhood}};
    for (const auto &[label, combo] : filters) {
        label->setBuddy(combo);
        // Room for the usual entries; the pop-up widens itself for the long ones.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        bar->addSpacing(6);
        bar->addWidget(label);
        bar->addWidget(combo);
    }
    bar->addSpacing(12);
    bar->addWidget(m_new);
    m_new->setObjectName(u"newRecord"_s);
    connect(m_new, &QPushButton::clicked, this, [this] { emit recordActivated({m_kind, 0}); });
    auto *insert =
        new QShortcut(QKeySequence(Qt::Key_Insert), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insert, &QShortcut::activated, m_new, &QPushButton::click);
    m_choice->setObjectName(u"choiceFilter"_s);
    m_municipality->setObjectName(u"municipalityFilter"_s);
    m_neighbourhood->setObjectName(u"neighbourhoodFilter"_s);
    m_exportAction->setObjectName(u"exportListAction"_s);
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, [this] { exportShownList(this); });
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(m_exportAction);
    bar->addSpacing(6);
    bar->addWidget(exportButton);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);
}

void ListPanel::addCommand(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(action->objectName() + u"Button"_s);
    m_bar->insertWidget(m_bar->indexOf(m_new) + 1, button);
}

ListExportRequest ListPanel::shownList() const
{
    ListExportRequest request;
    request.kind = m_kind;
    request.listName = settingsName(m_kind);
    if (m_model) {
        request.filter = m_model->filter();
        request.sort = m_model->sortOrder();
    }
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            request.columns.append(logical);
    }
    return request;
}

QString ListPanel::settingsName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Client:
        return u"clients"_s;
    case RecordKind::Provider:
        return u"providers"_s;
    case RecordKind::Trajectory:
        return u"trajectories"_s;
    case RecordKind::Request:
        return u"requests"_s;
    case RecordKind::Delivery:
        return u"deliveries"_s;
    case RecordKind::Partner:
        return u"partners"_s;
    case RecordKind::Agreement:
        return u"agreements"_s;
    case RecordKind::Target:
        return u"targets"_s;
    case RecordKind::BudgetLine:
        return u"budget"_s;
    default:
        return u"other"_s;
    }
}

void ListPanel::setDataFile(DataFile *file)
{
    if (m_model) {
        saveState();
        m_view->setModel(nullptr);
        delete m_model;
        m_model = nullptr;
    }
    m_file = file;
    m_exportAction->setEnabled(false);
    m_firstPaintLogged = false;
    fillChoices();
    fillMunicipalities();
    fillNeighbourhoods();
    emit countChanged();
}

void ListPanel::activate()
{
    if (!m_file || m_model)
        return;
    const qint64 started = timing::sinceStart();
    m_model = new PagedListModel(m_file->database(), m_kind, this);
    // An export is audited, which a file open read-only cannot record; and while the check on
    // opening runs nothing is stored, a new record neither.
    const auto updateWriting = [this] {
        m_new->setEnabled(!m_file->isBeingChecked());
        m_exportAction->setEnabled(!m_file->isReadOnly() && !m_file->isBeingChecked());
    };
    updateWriting();
    connect(m_file, &DataFile::fileCheckPassed, m_model, updateWriting);
    connect(m_model, &PagedListModel::totalCountChanged, this, &ListPanel::countChanged);
    // Queued: the model fails while the view paints, no place for a dialog.
    connect(m_model, &PagedListModel::errorOccurred, this, &ListPanel::showReadError,
            Qt::QueuedConnection);
    connect(m_file, &DataFile::recordsChanged, m_model, [this](RecordKind changed) {
        // Lists show names of related records too, so any change may touch this one.
        Q_UNUSED(changed)
        m_model->refresh();
    });
    fillChoices();
    fillMunicipalities();
    fillNeighbourhoods();
    applyFilter();
    m_view->setModel(m_model);
    setUpHeader();
    qCDebug(lcTiming) << "list" << settingsName(m_kind) << "ready in"
                      << timing::sinceStart() - started << "ms";
    emit countChanged();
}

void ListPanel::setUpHeader()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray saved = Preferences::instance().listHeaderState(settingsName(m_kind));
    // Sort first, so a saved layout's sort indicator (restored next) sorts the model again.
    m_view->setSortingEnabled(false);
    const ListSort sort = m_model->sortOrder();
    header->setSortIndicator(sort.column, sort.order);
    const bool restored = !saved.isEmpty() && header->restoreState(saved) &&
                          header->count() == m_model->columnCount();
    m_view->setSortingEnabled(true);
    if (!restored) {
        m_view->resizeColumnsToContents();
        for (int column = 0; column < header->count(); ++column)
            header->resizeSection(
                column, std::min(header->sectionSize(column) + 12, maxInitialColumnWidth));
    }
}

void ListPanel::saveState() const
{
    if (m_model)
        Preferences::instance().setListHeaderState(settingsName(m_kind),
                                                   m_view->horizontalHeader()->saveState());
}

void ListPanel::applyFilter()
{
    if (!m_model)
        return;
    ListFilter filter;
    filter.search = m_search->text().trimmed();
    filter.choice = m_choice->currentData().toString();
    filter.municipalityId = m_municipality->currentData().toLongLong();
    filter.neighbourhoodId = m_neighbourhood->currentData().toLongLong();
    m_model->setFilter(filter);
}

void ListPanel::fillChoices()
{
    const QVariant current = m_choice->currentData();
    m_choice->clear();
    const QList<ListChoice> choices = m_model ? m_model->query().choices() : QList<ListChoice>();
    m_choice->addItem(tr("All"), QString());
    for (const ListChoice &choice : choices)
        m_choice->addItem(choice.label, choice.code);
    selectData(m_choice, current);
    const bool visible = m_model && !choices.isEmpty();
    m_choice->setVisible(visible);
    m_choiceLabel->setVisible(visible);
    if (m_model) {
        m_choiceLabel->setText(u'&' + m_model->query().choiceTitle() + u':');
        m_choice->setAccessibleName(m_model->query().choiceTitle());
    }
}

void ListPanel::fillMunicipalities()
{
    const QVariant current = m_municipality->currentData();
    m_municipality->clear();
    m_municipality->addItem(tr("All municipalities"), qlonglong(0));
    if (m_file) {
        const Result<QList<Municipality>> all =
            PlaceRepository(m_file->database()).allMunicipalities();
        if (all)
            for (const Municipality &municipality : *all)
                m_municipality->addItem(municipality.name, qlonglong(municipality.id));
    }
    selectData(m_municipality, current);
    const bool visible = m_model && m_model->query().filtersByMunicipality();
    m_municipality->setVisible(visible);
    m_municipalityLabel->setVisible(visible);
}

void ListPanel::fillNeighbourhoods()
{
    const QVariant current = m_neighbourhood->currentData();
    m_neighbourhood->clear();
    m_neighbourhood->addItem(tr("All neighbourhoods"), qlonglong(0));
    if (m_file) {
        const Result<QList<Neighbourhood>> all =
            PlaceRepository(m_file->database())
                .neighbourhoodsOf(m_municipality->currentData().toLongLong());
        if (all)
            for (const Neighbourhood &neighbourhood : *all)
                m_neighbourhood->addItem(neighbourhood.name, qlonglong(neighbourhood.id));
    }
    selectData(m_neighbourhood, current);
    const bool visible = m_model && m_model->query().filtersByNeighbourhood();
    m_neighbourhood->setVisible(visible);
    m_neighbourhoodLabel->setVisible(visible);
}

QString ListPanel::countText() const
{
    if (!m_model)
        return {};
    const int n = int(m_model->totalCount());
    QString text;
    switch (m_kind) {
    case RecordKind::Client:
        text = tr("%Ln client(s)", nullptr, n);
        break;
    case RecordKind::Provider:
        text = tr("%Ln provider(s)", nullptr, n);
        break;
    case RecordKind::Trajectory:
        text = tr("%Ln trajectory(ies)", nullptr, n);
        break;
    case RecordKind::Request:
        text = tr("%Ln request(s)", nullptr, n);
        break;
    case RecordKind::Delivery:
        text = tr("%Ln delivery(ies)", nullptr, n);
        break;
    case RecordKind::Partner:
        text = tr("%Ln partner(s)", nullptr, n);
        break;
    case RecordKind::Agreement:
        text = tr("%Ln agreement(s)", nullptr, n);
        break;
    case RecordKind::Target:
        text = tr("%Ln target(s)", nullptr, n);
        break;
    case RecordKind::BudgetLine:
        text = tr("%Ln budget line(s)", nullptr, n);
        break;
    default:
        text = tr("%Ln record(s)", nullptr, n);
        break;
    }
    if (m_model->filter() != ListFilter())
        text = tr("%1 (filtered)").arg(text);
    return text;
}

void ListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ListPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name, code, postcode or neighbourhood"));
    m_search->setAccessibleName(tr("Search"));
    m_municipalityLabel->setText(tr("&Municipality:"));
    m_neighbourhoodLabel->setText(tr("&Neighbourhood:"));
    m_municipality->setAccessibleName(tr("Municipality filter"));
    m_neighbourhood->setAccessibleName(tr("Neighbourhood filter"));
    m_view->setAccessibleName(tr("List"));
    m_exportAction->setText(tr("E&xport list..."));
    m_exportAction->setToolTip(tr("Save the rows and columns shown, as filtered and sorted, as "
                                  "a CSV file for Excel"));
    m_new->setText(tr("&New…"));
    m_new->setToolTip(tr("Add a record to this list (Insert)"));
    fillChoices();
    // The "All" entries are translated; the names of places are not.
    m_municipality->setItemText(0, tr("All municipalities"));
    m_neighbourhood->setItemText(0, tr("All neighbourhoods"));
    if (m_model)
        m_model->retranslate();
    emit countChanged();
}

void ListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && !m_firstPaintLogged &&
        m_model && m_model->rowCount() > 0) {
        m_firstPaintLogged = true;
        qCDebug(lcTiming) << "list" << settingsName(m_kind) << "first painted"
                          << timing::sinceStart() << "ms after start";
    }
    return QWidget::eventFilter(watched, event);
}

void ListPanel::showReadError(const QString &message)
{
    QMessageBox::warning(this, tr("Reading the list failed"), message);
}

} // namespace wzsw
