// The key-figures table: every measure for the report's period and the periods beside it, with
// the targets of the scope against them.
#include "report/measurelabels.h"
#include "report/reportsections.h"
#include "report/tableblock.h"
#include "report/textblocks.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace wzsw::report {

namespace {

struct KeyMeasure
{
    QString name; ///< the measure name of reports.md; targets are matched on it
    std::function<double(const Measures &)> value;
};

struct KeyGroup
{
    QString title;
    QList<KeyMeasure> measures;
};

KeyMeasure named(const QString &name)
{
    return {name, [name](const Measures &m) {
                return m.valueOf(name).value_or(0);
            }};
}

QList<KeyGroup> keyGroups(const ReportFormat &f)
{
    return {
        {f.text(u"Cliënten", u"Clients"),
         {named(u"clients_new"_s), named(u"clients_served"_s), named(u"clients_active_at_end"_s)}},
        {f.text(u"Dienstverleners", u"Providers"),
         {named(u"providers_new"_s), named(u"providers_active"_s)}},
        {f.text(u"Diensten", u"Services"),
         {named(u"deliveries"_s), named(u"delivery_hours"_s), named(u"fees_cents"_s)}},
        {f.text(u"Trajecten", u"Trajectories"),
         {named(u"trajectories_started.total"_s), named(u"trajectories_completed.total"_s),
          named(u"trajectories_broken_off.total"_s),
          named(u"trajectories_running_at_end.total"_s)}},
        {f.text(u"Uitstroom en scholing", u"Outflow and training"),
         {{u"outflow"_s,
           [](const Measures &m) {
               return double(m.outflow.total());
           }},
          named(u"outflow_paid_work"_s),
          named(u"course_enrolled"_s),
          named(u"course_certified"_s)}},
        {f.text(u"Participatieladder", u"Participation ladder"),
         {named(u"ladder_assessed"_s), named(u"ladder_up"_s)}},
        {f.text(u"Samenwerking", u"Partnerships"),
         {named(u"agreements_active"_s),
          {u"agreements_expiring"_s,
           [](const Measures &m) {
               return double(m.agreementsExpiring);
           }}}},
    };
}

bool isWholeMonth(const Period &p)
{
    return p.from.day() == 1 && p.to == p.from.addMonths(1).addDays(-1);
}

QStringList periodHeader(const ReportFormat &f, const QString &label, const Period &p)
{
    if (isWholeMonth(p))
        return {label, f.month(p.from.toString(u"yyyy-MM"_s))};
    return {label, f.shortDate(p.from) + u" –"_s, f.shortDate(p.to)};
}

QString comparisonLabel(const ReportFormat &f, ComparisonKind kind)
{
    switch (kind) {
    case ComparisonKind::Interim1:
        return f.text(u"Tussenrapp. 1", u"Interim 1");
    case ComparisonKind::PreviousMonth:
        return f.text(u"Vorige maand", u"Month before");
    case ComparisonKind::YearToDate:
        return f.text(u"Jaar tot nu", u"Year to date");
    }
    return {};
}

class KeyFigureTable
{
public:
    KeyFigureTable(const ReportData &data, const ReportFormat &format)
        : m_data(data), m_f(format), m_withTargets(!data.targets.isEmpty())
    {}

    QList<TableColumn> columns() const
    {
        QList<TableColumn> columns{
            {{m_f.text(u"Kerncijfer", u"Key figure")}, Qt::AlignLeft, true},
            {periodHeader(m_f, m_f.text(u"Deze periode", u"This period"), m_data.period)}};
        for (const ComparisonFigures &c : m_data.comparisons)
            columns.append(TableColumn(periodHeader(m_f, comparisonLabel(m_f, c.kind), c.period)));
        if (m_withTargets)
            columns += QList<TableColumn>{{{m_f.text(u"Doel", u"Target")}},
                                          {{m_f.text(u"Stand", u"Actual")}},
                                          {{m_f.text(u"Realisatie", u"Realised")}},
                                          {{m_f.text(u"Verwacht", u"Expected")}},
                                          {{QString()}, Qt::AlignLeft}};
        return columns;
    }

    QList<TableRow> rows() const
    {
        QList<TableRow> rows;
        QStringList shown;
        for (const KeyGroup &group : keyGroups(m_f)) {
            rows.append({{{group.title}}, TableRow::Kind::Group});
            for (const KeyMeasure &measure : group.measures) {
                addMeasure(rows, measure);
                shown.append(measure.name);
            }
        }
        // Targets on measures the table does not list by itself (trajectories per type).
        bool otherGroup = false;
        for (const TargetFigures &target : m_data.targets) {
            if (shown.contains(target.measure))
                continue;
            if (!otherGroup)
                rows.append(
                    {{{m_f.text(u"Overige doelen", u"Other targets")}}, TableRow::Kind::Group});
            otherGroup = true;
            addMeasure(rows, named(target.measure));
            shown.append(target.measure);
        }
        return rows;
    }

    QStringList notes() const
    {
        if (!m_withTargets)
            return {m_f.text(u"Voor deze periode zijn geen doelen vastgesteld.",
                             u"No targets were set for this period.")};
        const QString to = m_f.shortDate(m_data.period.to);
        return {m_f.text(u"Stand: het cijfer over de doelperiode tot en met %1. Realisatie: de "
                         u"stand als percentage van het doel. Verwacht: het deel van de "
                         u"doelperiode dat op %1 voorbij is. Achter: de realisatie blijft meer "
                         u"dan 10 procentpunten achter bij het verwachte percentage.",
                         u"Actual: the figure over the target period up to %1. Realised: the "
                         u"actual as a percentage of the target. Expected: the part of the target "
                         u"period past on %1. Behind: the realisation is more than 10 points "
                         u"below the expected percentage.")
                    .arg(to)};
    }

private:
    void addMeasure(QList<TableRow> &rows, const KeyMeasure &measure) const
    {
        TableRow row;
        row.cells.append(TableCell(measureLabel(m_f, measure.name)));
        row.cells.append(
            TableCell(measureValue(m_f, measure.name, measure.value(m_data.measures))));
        for (const ComparisonFigures &c : m_data.comparisons)
            row.cells.append(TableCell(measureValue(m_f, measure.name, measure.value(c.measures))));
        bool first = true;
        for (const TargetFigures &target : m_data.targets) {
            if (target.measure != measure.name)
                continue;
            if (!first) {
                rows.append(row);
                // A second target of the same measure: a row of its own under the first.
                row = TableRow{};
                row.cells.append(TableCell(measureLabel(m_f, measure.name)));
                for (qsizetype i = 0; i <= m_data.comparisons.size(); ++i)
                    row.cells.append(TableCell(QString()));
            }
            first = false;
            addTarget(row, target);
        }
        rows.append(row);
    }

    void addTarget(TableRow &row, const TargetFigures &target) const
    {
        row.cells.front().detail =
            m_f.text(u"doel %1", u"target %1").arg(m_f.shortPeriod(target.period));
        row.cells.append(TableCell(measureValue(m_f, target.measure, target.value)));
        row.cells.append(TableCell(measureValue(m_f, target.measure, target.actual)));
        row.cells.append(TableCell(m_f.percent(target.realisationPct)));
        row.cells.append(TableCell(m_f.percent(target.expectedPct)));
        row.cells.append(
            {target.behind ? m_f.text(u"achter", u"behind") : QString(), {}, target.behind});
        if (target.behind)
            row.kind = TableRow::Kind::Flagged;
    }

    const ReportData &m_data;
    const ReportFormat &m_f;
    bool m_withTargets;
};

} // namespace

void addKeyFigures(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    blocks.push_back(
        std::make_unique<HeadingBlock>(f.text(u"Kerncijfers", u"Key figures"), 1, true));
    const QString scope =
        data.isRegion() ? f.text(u"de hele regio", u"the whole region")
                        : f.text(u"de gemeente %1", u"the municipality of %1").arg(data.scopeName);
    blocks.push_back(
        introText(f.text(u"De cijfers gelden voor %1 over %2.", u"The figures cover %1 over %2.")
                      .arg(scope, f.period(data.period))));
    const KeyFigureTable table(data, f);
    blocks.push_back(std::make_unique<TableBlock>(table.columns(), table.rows(), table.notes()));
}

} // namespace wzsw::report
