// The lists of the page "Doelen en begroting": the targets promised per municipality (or for
// the region, without one) and period, and the lines of the financing plan.
#include "domain/measurelabels.h"
#include "domain/planning.h"
#include "storage/lists/listdefinition.h"

using namespace Qt::StringLiterals;

namespace wzsw {

using namespace listsql;

namespace {

// The measure as a person reads it; the list sorts by the stored name, which groups a
// trajectory family ("trajectories_started.*") together.
QString measureText(const QString &name)
{
    return measureLabel(name);
}

ColumnDefinition municipalityColumn(const QString &alias)
{
    return {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Municipality"),
            CellKind::Text,
            u"m.name"_s,
            {u"sm.name"_s},
            u"LEFT JOIN municipalities sm ON sm.id = "_s + alias + u".municipality_id"_s,
            &regionalWhenEmpty};
}

ColumnDefinition dateColumn(const char *title, const QString &column)
{
    return {title, CellKind::Date, column, {column}, {}, nullptr};
}

} // namespace

ListDefinition targetListDefinition()
{
    ListDefinition d;
    d.table = u"targets"_s;
    d.alias = u"t"_s;
    d.joins = u"LEFT JOIN municipalities m ON m.id = t.municipality_id"_s;
    d.columns = {
        municipalityColumn(d.alias),
        dateColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "From"), u"t.from_date"_s),
        dateColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "To"), u"t.to_date"_s),
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Measure"),
         CellKind::Text,
         u"t.measure"_s,
         {u"t.measure"_s},
         {},
         &measureText},
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Target"),
         CellKind::Number,
         u"t.value"_s,
         {u"t.value"_s},
         {},
         nullptr},
    };
    d.defaultSortColumn = TargetList::From;
    d.searchConditions = {
        like(u"t.measure"_s),
        likeIn(u"t.municipality_id"_s, u"municipalities"_s, {u"name"_s, u"code"_s}),
    };
    d.municipalityCondition = u"t.municipality_id = ?"_s;
    return d;
}

ListDefinition budgetLineListDefinition()
{
    ListDefinition d;
    d.table = u"budget_lines"_s;
    d.alias = u"b"_s;
    d.joins = u"LEFT JOIN municipalities m ON m.id = b.municipality_id"_s;
    d.columns = {
        municipalityColumn(d.alias),
        dateColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "From"), u"b.from_date"_s),
        dateColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "To"), u"b.to_date"_s),
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Income or cost"),
         CellKind::Text,
         u"b.kind"_s,
         {u"b.kind"_s},
         {},
         &enumLabel<BudgetKind>},
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Category"),
         CellKind::Text,
         u"b.category"_s,
         {u"b.category"_s},
         {},
         &enumLabel<BudgetCategory>},
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Planned"),
         CellKind::Money,
         u"b.planned_cents"_s,
         {u"b.planned_cents"_s},
         {},
         nullptr},
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Realised"),
         CellKind::Money,
         u"b.realised_cents"_s,
         {u"b.realised_cents"_s},
         {},
         nullptr},
    };
    d.defaultSortColumn = BudgetLineList::From;
    d.searchConditions = {
        like(u"b.category"_s),
        likeIn(u"b.municipality_id"_s, u"municipalities"_s, {u"name"_s, u"code"_s}),
    };
    d.choiceTitle = QT_TRANSLATE_NOOP("wzsw::ListQuery", "Income or cost");
    d.choices = enumChoices<BudgetKind>(u"b.kind"_s);
    d.municipalityCondition = u"b.municipality_id = ?"_s;
    return d;
}

} // namespace wzsw
