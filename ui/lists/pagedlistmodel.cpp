#include "lists/pagedlistmodel.h"

#include "shell/timing.h"
#include "widgets/displayformat.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>

namespace wzsw {

PagedListModel::PagedListModel(const Database &db, RecordKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_query(db, kind), m_columns(m_query.columns()),
      m_sort(m_query.defaultSort())
{
    m_total = countRows();
}

qint64 PagedListModel::countRows()
{
    QElapsedTimer clock;
    clock.start();
    m_snapshot.reset();
    if (m_filter != ListFilter() || !m_query.sortIsIndexed(m_sort.column)) {
        Result<QList<Id>> ids = m_query.ids(m_filter, m_sort, maxSnapshotIds + 1);
        if (!ids) {
            reportError(ids.error());
            return 0;
        }
        if (ids->size() <= maxSnapshotIds) {
            m_snapshot = std::move(ids).value();
            qCDebug(lcTiming) << "ids of list" << int(kind()) << "search" << m_filter.search << "->"
                              << m_snapshot->size() << "in" << clock.elapsed() << "ms";
            return m_snapshot->size();
        }
    }
    const Result<qint64> count = m_query.count(m_filter);
    qCDebug(lcTiming) << "count" << int(kind()) << "search" << m_filter.search << "->"
                      << (count ? *count : -1) << "in" << clock.elapsed() << "ms";
    if (!count) {
        reportError(count.error());
        return 0;
    }
    // A view addresses rows with an int; more rows than that are never shown.
    return std::min<qint64>(*count, std::numeric_limits<int>::max());
}

void PagedListModel::setFilter(const ListFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_pages.clear();
    m_errorShown = false;
    m_total = countRows();
    endResetModel();
    emit totalCountChanged(m_total);
}

void PagedListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    if (column == m_sort.column && order == m_sort.order)
        return;
    beginResetModel();
    m_sort = {column, order};
    m_pages.clear();
    m_total = countRows(); // a list read by ids needs them in the new order
    endResetModel();
}

void PagedListModel::refresh()
{
    m_pages.clear();
    m_errorShown = false;
    const qint64 before = m_total;
    const qint64 after = countRows();
    // Growing or shrinking at the end rather than a reset keeps the view where it was.
    if (after > before) {
        beginInsertRows({}, int(before), int(after - 1));
        m_total = after;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, int(after), int(before - 1));
        m_total = after;
        endRemoveRows();
    }
    if (m_total > 0)
        emit dataChanged(index(0, 0), index(int(m_total - 1), int(m_columns.size() - 1)));
    if (after != before)
        emit totalCountChanged(m_total);
}

void PagedListModel::retranslate()
{
    m_columns = m_query.columns();
    m_pages.clear();
    emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size() - 1));
    if (m_total > 0)
        emit dataChanged(index(0, 0), index(int(m_total - 1), int(m_columns.size() - 1)));
}

Id PagedListModel::idAt(int row) const
{
    const CachedPage *page = pageOf(row);
    return page ? page->ids.at(row % pageSize) : 0;
}

const PagedListModel::CachedPage *PagedListModel::pageOf(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const qint64 number = row / pageSize;
    if (auto found = m_pages.find(number); found != m_pages.end()) {
        found->lastUse = ++m_useCounter;
        return found->ids.size() > row % pageSize ? &found.value() : nullptr;
    }

    QElapsedTimer clock;
    clock.start();
    const Result<QList<ListRow>> rows =
        m_snapshot ? m_query.rowsOf(m_snapshot->mid(number * pageSize, pageSize))
                   : m_query.rows(m_filter, m_sort, number * pageSize, pageSize, m_total);
    qCDebug(lcTiming) << "page" << number << "of list" << int(kind()) << "in" << clock.elapsed()
                      << "ms";
    if (!rows) {
        reportError(rows.error());
        return nullptr;
    }
    CachedPage page;
    page.lastUse = ++m_useCounter;
    for (const ListRow &row : *rows) {
        page.ids.append(row.id);
        QStringList texts;
        for (qsizetype column = 0; column < row.cells.size(); ++column)
            texts.append(display::cell(m_columns.at(column).kind, row.cells.at(column)));
        page.texts.append(texts);
        page.values.append(row.cells);
    }
    if (m_pages.size() >= maxCachedPages) {
        const auto oldest = std::min_element(
            m_pages.begin(), m_pages.end(),
            [](const CachedPage &a, const CachedPage &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    const auto stored = m_pages.insert(number, std::move(page));
    // Rows removed meanwhile leave the page short: those places show empty.
    return stored->ids.size() > row % pageSize ? &stored.value() : nullptr;
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const CachedPage *page = pageOf(index.row());
        return page ? QVariant(page->texts.at(index.row() % pageSize).at(column)) : QVariant();
    }
    case ValueRole: {
        const CachedPage *page = pageOf(index.row());
        return page ? page->values.at(index.row() % pageSize).at(column) : QVariant();
    }
    case IdRole:
        return qlonglong(idAt(index.row()));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(display::alignment(m_columns.at(column).kind));
    default:
        return {};
    }
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(display::alignment(m_columns.at(section).kind));
    if (role == Qt::InitialSortOrderRole) // the newest dates first, everything else A to Z
        return m_columns.at(section).kind == CellKind::Date ? Qt::DescendingOrder
                                                            : Qt::AscendingOrder;
    return {};
}

void PagedListModel::reportError(const Error &error) const
{
    // One message per failure, not one per cell the view asks for.
    if (m_errorShown)
        return;
    m_errorShown = true;
    emit const_cast<PagedListModel *>(this)->errorOccurred(error.message);
}

} // namespace wzsw
