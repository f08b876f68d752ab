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
};

/// One choice of the category filter; `condition` is a WHERE fragment over the base table.
struct ChoiceDefinition
{
    QString code;
    std::function<QString()> label;
    QString condition;
};

struct ListDefinition
{
    QString table; ///< the base table
    QString alias; ///< its alias in every fragment
    QString joins; ///< LEFT JOINs the displayed columns need
    QList<ColumnDefinition> columns;
    int defaultSortColumn = 0;
    Qt::SortOrder defaultSortOrder = Qt::AscendingOrder;
    /// Conditions over the base table, each holding one or more `%P%`; a search word matches a
    /// row when one of them holds. Subqueries (`x_id IN (SELECT id ... )`) keep the scan
    /// free of joins.
    QStringList searchConditions;
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

namespace listsql {

/// `expression %LIKE% %P% ESCAPE '\'`: one searched field.
QString like(const QString &expression);
/// `column IN (SELECT id FROM table WHERE <any of fields matches>)`: a search through a
/// referenced record without a join in the scan.
QString likeIn(const QString &column, const QString &table, const QStringList &fields);
/// `column IN (SELECT id FROM personTable WHERE ...)`: a search through the person a record
/// refers to: names, code, postcode and neighbourhood name.
QString likePerson(const QString &column, const QString &personTable);
/// The display name of a person, "Heijden, Truus van der", from the columns of `alias`.
QString personSortName(const QString &alias);
/// The sort terms for a person's name: family name, then given name (indexed).
QStringList personSortTerms(const QString &alias);
/// The neighbourhood conditions for a table that refers to people by `personColumn` of
/// `personTable` ("clients", "providers").
QString viaPersonNeighbourhood(const QString &column, const QString &personTable);
QString viaPersonMunicipality(const QString &column, const QString &personTable);

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
