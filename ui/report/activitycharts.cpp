// Charts 1 to 5 of the printed report: what was done in the period.
#include "report/measurelabels.h"
#include "report/reportcharts.h"
#include "report/textblocks.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw::report {

namespace {

using charts::Orientation;

QList<double> asDoubles(const auto &counts)
{
    QList<double> values;
    for (qint64 count : counts)
        values.append(double(count));
    return values;
}

// 1. Deliveries (bars) and hours (line) per month; a monthly overview shows the month before
// beside its own month.
void deliveriesPerMonth(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    struct Month
    {
        QString month;
        qint64 deliveries;
        qint64 quarterHours;
    };
    QList<Month> months;
    for (const ComparisonFigures &c : data.comparisons)
        if (c.kind == ComparisonKind::PreviousMonth)
            months.append({c.period.from.toString(u"yyyy-MM"_s), c.measures.deliveries,
                           c.measures.deliveryQuarterHours});
    for (const MonthFigures &m : data.byMonth)
        months.append({m.month, m.deliveries, m.quarterHours});

    const bool oneYear =
        !months.isEmpty() && months.front().month.left(4) == months.back().month.left(4);
    charts::ChartSpec spec = chartSpec(f, Orientation::Vertical);
    QList<double> deliveries;
    QList<double> hours;
    for (const Month &m : months) {
        spec.categories.append(f.month(m.month, months.size() > 3, !oneYear || months.size() <= 3));
        deliveries.append(double(m.deliveries));
        hours.append(hoursOf(m.quarterHours));
    }
    spec.bars = {series(f.text(u"Geleverde diensten", u"Deliveries"), deliveries,
                        [&f](double v) { return f.number(v); })};
    spec.lines = {{f.text(u"Uren", u"Hours"), hours, {}}};
    spec.barAxisTitle = f.text(u"geleverde diensten", u"deliveries");
    spec.lineAxisTitle = f.text(u"uren", u"hours");
    QString explanation =
        f.text(u"Staven: aantal geleverde diensten (as links); lijn: geleverde uren (as rechts). "
               u"In de "
               u"periode %1 geleverde diensten en %2 uur.",
               u"Bars: number of deliveries (left axis); line: hours delivered (right axis). "
               u"In the period %1 deliveries and %2 hours.")
            .arg(f.count(data.measures.deliveries), f.hours(data.measures.deliveryQuarterHours));
    if (data.kind == ReportKind::Monthly)
        explanation += f.text(u" De vorige maand staat ter vergelijking links.",
                              u" The month before is shown on the left for comparison.");
    if (oneYear && months.size() > 3)
        explanation += u' ' + f.text(u"Alle maanden vallen in %1.", u"All months are in %1.")
                                  .arg(months.front().month.left(4));
    addChart(blocks, f, 1,
             f.text(u"Geleverde diensten en uren per maand", u"Deliveries and hours per month"),
             explanation, spec);
}

// 2. Hours per service type, most first.
void hoursPerServiceType(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    QList<TypeFigures> types;
    for (const TypeFigures &t : data.measures.deliveriesByType)
        if (t.quarterHours != 0)
            types.append(t);
    std::stable_sort(types.begin(), types.end(), [](const TypeFigures &a, const TypeFigures &b) {
        return a.quarterHours > b.quarterHours;
    });
    charts::ChartSpec spec = chartSpec(f, Orientation::Horizontal);
    charts::Series hours{f.text(u"Uren", u"Hours"), {}, {}};
    for (const TypeFigures &t : types) {
        spec.categories.append(f.isDutch() ? t.nameNl : t.nameEn);
        hours.values.append(hoursOf(t.quarterHours));
        hours.labels.append(f.hours(t.quarterHours));
    }
    spec.bars = {hours};
    spec.wholeBarValues = false;
    spec.barAxisTitle = f.text(u"uren", u"hours");
    addChart(blocks, f, 2, f.text(u"Uren per soort dienst", u"Hours per service type"),
             f.text(u"Geleverde uren per soort dienst, van meeste naar minste uren; soorten "
                    u"zonder geleverde diensten in de periode zijn weggelaten.",
                    u"Hours delivered per service type, most first; types without deliveries "
                    u"in the period are left out."),
             spec);
}

// 3. Trajectories per type: started, completed, broken off, running at the end.
void trajectories(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    const Measures &m = data.measures;
    charts::ChartSpec spec = chartSpec(f, Orientation::Vertical);
    QList<double> started, completed, brokenOff, running;
    for (const EnumEntry<TrajectoryType> &type : enumEntries<TrajectoryType>()) {
        spec.categories.append(capitalised(label(type.value, f.language())));
        started.append(double(m.trajectoriesStarted[type.value]));
        completed.append(double(m.trajectoriesCompleted[type.value]));
        brokenOff.append(double(m.trajectoriesBrokenOff[type.value]));
        running.append(double(m.trajectoriesRunningAtEnd[type.value]));
    }
    const auto count = [&f](double v) -> QString {
        return f.number(v);
    };
    spec.bars = {series(f.text(u"Gestart", u"Started"), started, count),
                 series(f.text(u"Afgerond", u"Completed"), completed, count),
                 series(f.text(u"Afgebroken", u"Broken off"), brokenOff, count),
                 series(f.text(u"Lopend aan het eind", u"Running at the end"), running, count)};
    spec.barAxisTitle = f.text(u"trajecten", u"trajectories");
    addChart(blocks, f, 3, f.text(u"Trajecten per soort", u"Trajectories per type"),
             f.text(u"Gestart, afgerond en afgebroken in de periode, en lopend op %1. Samen %2 "
                    u"gestart, %3 afgerond, %4 afgebroken, %5 lopend.",
                    u"Started, completed and broken off in the period, and running on %1. In all "
                    u"%2 started, %3 completed, %4 broken off, %5 running.")
                 .arg(f.longDate(data.period.to), f.count(m.trajectoriesStarted.total()),
                      f.count(m.trajectoriesCompleted.total()),
                      f.count(m.trajectoriesBrokenOff.total()),
                      f.count(m.trajectoriesRunningAtEnd.total())),
             spec);
}

// 4. Outflow per exit reason.
void outflow(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    const Measures &m = data.measures;
    charts::ChartSpec spec = chartSpec(f, Orientation::Horizontal);
    charts::Series providers{f.text(u"Dienstverleners", u"Providers"), {}, {}};
    for (const EnumEntry<ExitReason> &reason : enumEntries<ExitReason>()) {
        spec.categories.append(capitalised(label(reason.value, f.language())));
        providers.values.append(double(m.outflow[reason.value]));
        providers.labels.append(f.count(m.outflow[reason.value]));
    }
    spec.bars = {providers};
    spec.barAxisTitle = f.text(u"dienstverleners", u"providers");
    addChart(blocks, f, 4, f.text(u"Uitstroom per reden", u"Outflow per reason"),
             f.text(u"Dienstverleners die in de periode vertrokken, per reden: %1 in totaal, van "
                    u"wie %2 naar betaald werk.",
                    u"Providers who left during the period, per reason: %1 in all, %2 of them to "
                    u"paid work.")
                 .arg(f.count(m.outflow.total()), f.count(m.outflowPaidWork())),
             spec);
}

// 5. Participation ladder: level at the first and at the latest assessment.
void ladder(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    const Measures &m = data.measures;
    const std::pair<const char16_t *, const char16_t *> levels[] = {
        {u"Geïsoleerd", u"Isolated"},
        {u"Sociale contacten buitenshuis", u"Social contacts outside the home"},
        {u"Georganiseerde activiteiten", u"Organised activities"},
        {u"Onbetaald werk", u"Unpaid work"},
        {u"Betaald werk met ondersteuning", u"Paid work with support"},
        {u"Betaald werk", u"Paid work"},
    };
    charts::ChartSpec spec = chartSpec(f, Orientation::Horizontal);
    for (int level = 0; level < 6; ++level)
        spec.categories.append(QString::number(level + 1) + u"  "_s +
                               f.text(levels[level].first, levels[level].second));
    const auto count = [&f](double v) -> QString {
        return f.number(v);
    };
    spec.bars = {
        series(f.text(u"Eerste meting", u"First assessment"), asDoubles(m.ladderFirst), count),
        series(f.text(u"Laatste meting", u"Latest assessment"), asDoubles(m.ladderLatest), count)};
    spec.barAxisTitle = f.text(u"dienstverleners", u"providers");
    addChart(blocks, f, 5,
             f.text(u"Participatieladder: eerste en laatste meting",
                    u"Participation ladder: first and latest assessment"),
             f.text(u"Trede van de %1 gemeten dienstverleners bij hun eerste meting en bij hun "
                    u"laatste meting tot en met %2; %3 van hen stegen.",
                    u"Level of the %1 assessed providers at their first assessment and at their "
                    u"latest up to %2; %3 of them went up.")
                 .arg(f.count(m.ladderAssessed), f.longDate(data.period.to), f.count(m.ladderUp)),
             spec);
}

} // namespace

void addActivityCharts(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    blocks.push_back(std::make_unique<HeadingBlock>(f.text(u"In beeld", u"Charts"), 1));
    deliveriesPerMonth(blocks, data, f);
    hoursPerServiceType(blocks, data, f);
    trajectories(blocks, data, f);
    outflow(blocks, data, f);
    ladder(blocks, data, f);
}

} // namespace wzsw::report
