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

} // namespace

ListDefinition targetListDefinition()
{
    ListDefinition d;
    d.table = u"targets"_s;
    d.alias = u"t"_s;
    d.joins = u"LEFT JOIN municipalities m ON m.id = t.municipality_id"_s;
    d.columns = {
        municipalityColumn(d.alias),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "From"), CellKind::Date,
                    u"t.from_date"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "To"), CellKind::Date, u"t.to_date"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Measure"), CellKind::Text,
                    u"t.measure"_s, &measureText),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Target"), CellKind::Number,
                    u"t.value"_s),
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
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "From"), CellKind::Date,
                    u"b.from_date"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "To"), CellKind::Date, u"b.to_date"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Income or cost"), CellKind::Text,
                    u"b.kind"_s, &enumLabel<BudgetKind>),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Category"), CellKind::Text,
                    u"b.category"_s, &enumLabel<BudgetCategory>),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Planned"), CellKind::Money,
                    u"b.planned_cents"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Realised"), CellKind::Money,
                    u"b.realised_cents"_s),
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
