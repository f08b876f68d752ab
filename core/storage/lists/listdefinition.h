#pragma once

#include "domain/enums.h"
#include "domain/recordkind.h"
#include "storage/lists/listquery.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace wzsw {

/// What a list is made of, as SQL fragments. Private to core/storage/lists: the one place that
/// names tables and columns for the lists. Markers in the fragments, expanded by ListQuery:
/// `%P%` the bound search pattern, `%LIKE%` the dialect's case-insensitive LIKE, `%LANG%`
/// `nl` or `en`, `%TODAY%` today's date as an ISO literal, `%TODAY+60%` / `%TODAY-14%` a date
/// that many days later or earlier.
struct ColumnDefinition
{
    const char *title = nullptr; ///< QT_TRANSLATE_NOOP("wzsw::ListColumn", ...)
    CellKind kind = CellKind::Text;
    QString select;        ///< expression over the display FROM (base table and `joins`)
    QStringList sortTerms; ///< expressions to order by, over the base table and `sortJoin`
    QString sortJoin;      ///< join that the sort terms need, empty when none
    /// Turns a stored enumeration code into its label; null for plain values.
    QString (*label)(const QString &code) = nullptr;
    /// An index serves this order: a page far down is found by walking the index, not by
    /// sorting the table (see ListQuery::sortIsIndexed()).
    bool indexed = false;
};

/// One choice of the category filter; `condition` is a WHERE fragment over the base table.
struct ChoiceDefinition
{
    QString code;
    std::function<QString()> label;
    QString condition;
};

/// Which search words a searched field is compared with. Codes and postcodes hold digits and
/// names do not: comparing each word only with the fields it can occur in halves the work of
/// a search. A word with neither letters nor digits is compared with every field.
enum class SearchWords
{
    All,
    WithLetter,
    WithDigit,
};

/// A condition over the base table holding one or more `%P%`, and the words it is used for.
struct SearchCondition
{
    SearchCondition(QString sql, SearchWords words = SearchWords::All)
        : sql(std::move(sql)), words(words)
    {}
    QString sql;
    SearchWords words;
};

struct ListDefinition
{
    QString table; ///< the base table
    QString alias; ///< its alias in every fragment
    QString joins; ///< LEFT JOINs the displayed columns need
    QList<ColumnDefinition> columns;
    int defaultSortColumn = 0;
    Qt::SortOrder defaultSortOrder = Qt::AscendingOrder;
    /// A search word matches a row when one of the conditions for its kind of word holds.
    /// Subqueries (`x_id IN (SELECT id ... )`) keep the scan free of joins.
    QList<SearchCondition> searchConditions;
    const char *choiceTitle = nullptr; ///< QT_TRANSLATE_NOOP("wzsw::ListQuery", ...)
    QList<ChoiceDefinition> choices;
    QString municipalityCondition;  ///< one `?` for the municipality id; empty = no filter
    QString neighbourhoodCondition; ///< one `?` for the neighbourhood id; empty = no filter
};

/// The definition of the list of `kind`, or null when that kind has no list.
const ListDefinition *listDefinition(RecordKind kind);

// The definitions, one function per list, in listdefinitions_*.cpp.
ListDefinition clientListDefinition();
ListDefinition providerListDefinition();
ListDefinition trajectoryListDefinition();
ListDefinition requestListDefinition();
ListDefinition deliveryListDefinition();
ListDefinition partnerListDefinition();
ListDefinition agreementListDefinition();
ListDefinition targetListDefinition();
ListDefinition budgetLineListDefinition();

namespace listsql {

/// `expression %LIKE% %P%%ESCAPE%`: one searched field. `%ESCAPE%` becomes an ESCAPE clause
/// only for a search word with a wildcard character in it: LIKE runs faster without one.
QString like(const QString &expression);
/// `column IN (SELECT id FROM table WHERE <any of fields matches>)`: a search through a
/// referenced record without a join in the scan.
QString likeIn(const QString &column, const QString &table, const QStringList &fields);
/// A search through the person a record refers to (`column IN (SELECT id FROM personTable
/// WHERE ...)`): by names and neighbourhood name for words with letters, by code and postcode
/// for words with digits.
QList<SearchCondition> likePerson(const QString &column, const QString &personTable);
/// The search of a person list itself: the same fields, on the base table `alias`.
QList<SearchCondition> personSearch(const QString &alias);
/// The display name of a person, "Heijden, Truus van der", from the columns of `alias`.
QString personSortName(const QString &alias);
/// The sort terms for a person's name: family name, then given name (indexed).
QStringList personSortTerms(const QString &alias);
/// A column with the name of the person that `column` refers to (in `table`, shown through the
/// display join `displayAlias`, sorted through `sortAlias`). With `thenBy` the reference is
/// required (NOT NULL): the sort joins without LEFT and orders by name, person, then `thenBy`,
/// which is the order of an index on (person, thenBy) walked person by person in name order,
/// so no page needs a sort. Without it (an optional reference) the order is sorted.
ColumnDefinition personColumn(const char *title, const QString &column, const QString &table,
                              const QString &displayAlias, const QString &sortAlias,
                              const QString &thenBy = {});
/// The neighbourhood conditions for a table that refers to people by `personColumn` of
/// `personTable` ("clients", "providers").
QString viaPersonNeighbourhood(const QString &column, const QString &personTable);
QString viaPersonMunicipality(const QString &column, const QString &personTable);

/// A column shown and sorted by one expression over the base table; `label` turns a stored
/// enumeration code into its label (null for plain values).
ColumnDefinition plainColumn(const char *title, CellKind kind, const QString &expression,
                             QString (*label)(const QString &) = nullptr);
/// The same, for an expression an index serves in this order (ColumnDefinition::indexed).
ColumnDefinition indexedColumn(const char *title, CellKind kind, const QString &expression,
                               QString (*label)(const QString &) = nullptr);

/// A municipality's name, or "regional" for a record without one (it holds for the region).
QString regionalWhenEmpty(const QString &municipality);

template <typename E> QString enumLabel(const QString &code)
{
    if (code.isEmpty())
        return {};
    const std::optional<E> value = fromCode<E>(code);
    return value ? label(*value) : code;
}

/// One choice per value of E, matching `column = 'code'`.
template <typename E> QList<ChoiceDefinition> enumChoices(const QString &column)
{
    QList<ChoiceDefinition> choices;
    for (const EnumEntry<E> &entry : enumEntries<E>()) {
        const E value = entry.value;
        choices.append(
            {entry.code.toString(), [value] { return label(value); },
             column + QStringLiteral(" = '") + entry.code.toString() + QStringLiteral("'")});
    }
    return choices;
}

} // namespace listsql

} // namespace wzsw
