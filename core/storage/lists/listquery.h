#pragma once

#include "common/result.h"
#include "domain/ids.h"
#include "domain/recordkind.h"
#include "storage/lists/listcolumns.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

namespace wzsw {

class Database;
struct ListDefinition;

/// How a list cell holds its value, so a view can format and align it.
enum class CellKind
{
    Text,         ///< QString (enumeration labels arrive already translated)
    Date,         ///< QDate, invalid when empty
    QuarterHours, ///< int, whole quarters of an hour
    Money,        ///< qint64 cents
    Number,       ///< double
};

struct ListColumn
{
    QString title; ///< in the display language
    CellKind kind = CellKind::Text;
};

/// One choice of a list's category filter (a status, or a partner's kind).
struct ListChoice
{
    QString code; ///< passed back in ListFilter::choice
    QString label;
};

/// What narrows a list. Empty or zero members do not filter.
struct ListFilter
{
    /// Free text: every word must occur (case-insensitively) in one of the searched fields:
    /// names, codes, postcode, neighbourhood, and for work records the people involved.
    QString search;
    QString choice; ///< a code from ListQuery::choices()
    Id municipalityId = 0;
    Id neighbourhoodId = 0;

    bool operator==(const ListFilter &) const = default;
};

struct ListSort
{
    int column = 0;
    Qt::SortOrder order = Qt::AscendingOrder;
};

/// One row as a list shows it: the record's id and one value per column.
struct ListRow
{
    Id id = 0;
    QVariantList cells;
};

/// The list of one kind of record, as the desktop program shows it: counting, filtering,
/// sorting and reading one page of rows at a time, all in SQL, so a list of a million
/// deliveries costs no more memory than the page on screen.
///
/// Sorting always ends with the record id, so the order is total and a page boundary never
/// splits or repeats rows. Pages far from the start are read from the other end (reversed
/// order), so the last page costs as little as the first.
class ListQuery
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ListQuery)

public:
    /// Whether there is a list of this kind of record.
    static bool exists(RecordKind kind);

    /// `db` must outlive the query. `kind` must be a kind with a list (see exists()).
    ListQuery(const Database &db, RecordKind kind);

    RecordKind kind() const { return m_kind; }

    /// The columns, titles in the current display language.
    QList<ListColumn> columns() const;
    int columnCount() const;
    /// The order a list starts in.
    ListSort defaultSort() const;
    /// Whether an index serves the order of `column`: then a page anywhere in the unfiltered
    /// list is cheap. Other orders sort the table for every page; read their ids() once.
    bool sortIsIndexed(int column) const;

    /// The category filter's title ("Status", "Kind") and choices; no choices = no filter.
    QString choiceTitle() const;
    QList<ListChoice> choices() const;
    bool filtersByMunicipality() const;
    bool filtersByNeighbourhood() const;

    /// How many records pass `filter`.
    Result<qint64> count(const ListFilter &filter) const;

    /// Up to `limit` rows from position `offset` of the filtered, sorted list. `total` is the
    /// count the caller already knows (or -1): with it, pages in the second half are read
    /// backwards from the end.
    Result<QList<ListRow>> rows(const ListFilter &filter, const ListSort &sort, qint64 offset,
                                int limit, qint64 total = -1) const;

    /// The ids of the first `limit` records that pass `filter`, in `sort` order: a filtered
    /// list counted and paged in one statement, where count and page would each scan.
    Result<QList<Id>> ids(const ListFilter &filter, const ListSort &sort, int limit) const;
    /// The rows of these records, in this order (records gone meanwhile left out).
    Result<QList<ListRow>> rowsOf(const QList<Id> &ids) const;

private:
    /// `walkIndex`: whether the order may come from an index (for a page by position) or is
    /// better sorted after the scan (for all matches of a filter).
    Result<QList<Id>> pageIds(const ListFilter &filter, const ListSort &sort, qint64 offset,
                              int limit, bool reversed, bool walkIndex) const;

    const Database &m_db;
    RecordKind m_kind;
    const ListDefinition &m_definition;
};

} // namespace wzsw
