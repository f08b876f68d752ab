#pragma once

#include "storage/lists/listquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace wzsw {

class Database;

/// A table model over a ListQuery that holds only a few pages of rows. It knows the number of
/// rows from SQL; when the view asks for a row it has not got, it reads that row's page (a
/// fixed number of rows) and keeps at most maxCachedPages, dropping the least recently used.
/// So a list of a million deliveries scrolls without loading them, and memory stays small.
///
/// Sorting and filtering are done by the query (SQL ORDER BY and WHERE), not by a proxy.
/// The whole list in an indexed order is read a page at a time by position. A filtered list,
/// or one in an order no index serves, is read as the ids of all its rows in order, in one
/// statement, when there are at most maxSnapshotIds of them: a search then costs one scan
/// instead of one to count and one per page, and every page after it is read by id.
/// The columns are the list's column enum (ClientList::Column, ...).
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the record's Id (qint64)
        ValueRole,                 ///< the cell's value before formatting (QDate, cents, ...)
    };

    static constexpr int pageSize = 100;
    static constexpr int maxCachedPages = 24;
    static constexpr int maxSnapshotIds = 1000000; // 8 MB of ids at most

    /// `db` must outlive the model.
    PagedListModel(const Database &db, RecordKind kind, QObject *parent = nullptr);

    RecordKind kind() const { return m_query.kind(); }
    const ListQuery &query() const { return m_query; }

    void setFilter(const ListFilter &filter);
    const ListFilter &filter() const { return m_filter; }
    const ListSort &sortOrder() const { return m_sort; }

    /// How many rows pass the filter (the view's row count, as a 64-bit number).
    qint64 totalCount() const { return m_total; }
    /// How many pages of rows are held now (at most maxCachedPages).
    int cachedPageCount() const { return int(m_pages.size()); }
    /// The record shown in `row`, 0 when there is none.
    Id idAt(int row) const;

    /// Counts again and drops the cached pages, after records were changed. The rows keep their
    /// places where they can, so the view keeps its scroll position.
    void refresh();
    /// Drops cached pages and tells the view its headers changed: after a language change,
    /// since labels and formats depend on the language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(qint64 count);
    /// Reading from the file failed; the message is for people.
    void errorOccurred(const QString &message);

private:
    struct CachedPage
    {
        QList<Id> ids;
        QList<QStringList> texts; ///< formatted cells, per row
        QList<QVariantList> values;
        quint64 lastUse = 0;
    };

    const CachedPage *pageOf(int row) const;
    /// Counts the rows (and takes the ids of a filtered list); the row count to show.
    qint64 countRows();
    void reportError(const Error &error) const;

    ListQuery m_query;
    QList<ListColumn> m_columns;
    ListFilter m_filter;
    ListSort m_sort;
    qint64 m_total = 0;
    /// The ids of a filtered list in order, when it is read that way; empty otherwise.
    std::optional<QList<Id>> m_snapshot;

    mutable QHash<qint64, CachedPage> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable bool m_errorShown = false;
};

} // namespace wzsw
