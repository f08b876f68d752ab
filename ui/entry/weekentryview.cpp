#include "entry/weekentryview.h"

#include "entry/weekentrymodel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace wzsw {

namespace {

// The columns a person types in; the message column after them is only read.
constexpr int firstColumn = WeekEntryModel::Date;
constexpr int lastColumn = WeekEntryModel::Note;

} // namespace

WeekEntryView::WeekEntryView(WeekEntryModel &model, QWidget *parent)
    : QTableView(parent), m_model(model)
{
    setModel(&model);
    setTabKeyNavigation(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    setWordWrap(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
}

QModelIndex WeekEntryView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return QTableView::moveCursor(action, modifiers);
    const int row = current.row();
    if (action == MoveNext) {
        if (current.column() < lastColumn)
            return m_model.index(row, current.column() + 1);
        const int next = row + 1 < m_model.rowCount() ? row + 1 : m_model.appendRow();
        return m_model.index(next, firstColumn);
    }
    if (action == MovePrevious) {
        if (current.column() > firstColumn)
            return m_model.index(row, std::min(current.column() - 1, int(lastColumn)));
        return row > 0 ? m_model.index(row - 1, lastColumn) : current;
    }
    return QTableView::moveCursor(action, modifiers);
}

void WeekEntryView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState && currentIndex().isValid() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        if (event->key() == Qt::Key_Delete) {
            m_model.clearRow(currentIndex().row());
            return;
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            const QModelIndex next = moveCursor(MoveNext, event->modifiers());
            setCurrentIndex(next);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void WeekEntryView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (previous.isValid() && (!current.isValid() || current.row() != previous.row()))
        emit rowLeft(previous.row());
}

} // namespace wzsw
