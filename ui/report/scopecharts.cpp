// Charts 6 to 9 of the printed report: where, against what was promised, at what cost, and (for
// the region) the municipalities side by side. Neighbourhood figures keep small counts hidden
// (reportprivacy.h).
#include "report/measurelabels.h"
#include "report/reportcharts.h"
#include "report/reportprivacy.h"
#include "report/tableblock.h"
#include "report/textblocks.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace wzsw::report {

namespace {

using charts::Orientation;

QHash<QString, QString> municipalityNames(const ReportData &data)
{
    QHash<QString, QString> names;
    for (const MunicipalityFigures &m : data.byMunicipality)
        names.insert(m.code, m.name);
    return names;
}

// In a region report a neighbourhood's name alone is not unique ("Centrum"): add the town.
QString neighbourhoodName(const ReportData &data, const QHash<QString, QString> &towns,
                          const NeighbourhoodFigures &n)
{
    if (!data.isRegion())
        return n.name;
    return n.name + u" ("_s + towns.value(n.municipalityCode, n.municipalityCode) + u')';
}

// 6. Clients served per neighbourhood, with the table of every neighbourhood figure.
void neighbourhoods(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    const QHash<QString, QString> towns = municipalityNames(data);
    charts::ChartSpec spec = chartSpec(f, Orientation::Horizontal);
    charts::Series clients{f.text(u"Cliënten bediend", u"Clients served"), {}, {}};
    QList<TableRow> rows;
    for (const NeighbourhoodFigures &n : data.byNeighbourhood) {
        spec.categories.append(neighbourhoodName(data, towns, n));
        clients.values.append(neighbourhoodBarValue(n.clientsServed));
        clients.labels.append(neighbourhoodCount(f, n.clientsServed));
        rows.append({{{n.name},
                      {towns.value(n.municipalityCode, n.municipalityCode)},
                      {neighbourhoodCount(f, n.clientsServed)},
                      {neighbourhoodCount(f, n.providersActive)},
                      {neighbourhoodCount(f, n.deliveries)},
                      {neighbourhoodHours(f, n)}}});
    }
    spec.bars = {clients};
    spec.barAxisTitle = f.text(u"cliënten", u"clients");
    addChart(
        blocks, f, 6, f.text(u"Cliënten bediend per wijk", u"Clients served per neighbourhood"),
        f.text(u"Cliënten met ten minste één geleverde dienst in de periode, naar de wijk waar zij "
               u"wonen. ",
               u"Clients with at least one delivery in the period, by the neighbourhood "
               u"they live in. ") +
            smallCountNote(f, false),
        spec);
    if (rows.isEmpty())
        return;

    QList<TableColumn> columns{
        {{f.text(u"Wijk", u"Neighbourhood")}, Qt::AlignLeft, true},
        {{f.text(u"Gemeente", u"Municipality")}, Qt::AlignLeft},
        {{f.text(u"Cliënten", u"Clients"), f.text(u"bediend", u"served")}},
        {{f.text(u"Dienstverleners", u"Providers"), f.text(u"actief", u"active")}},
        {{f.text(u"Geleverde diensten", u"Deliveries")}},
        {{f.text(u"Uren", u"Hours")}}};
    if (!data.isRegion()) {
        columns.removeAt(1);
        for (TableRow &row : rows)
            row.cells.removeAt(1);
    }
    blocks.push_back(std::make_unique<HeadingBlock>(
        f.text(u"Cijfers per wijk", u"Figures per neighbourhood"), 2));
    blocks.push_back(
        std::make_unique<TableBlock>(columns, rows, QStringList{smallCountNote(f, true)}, 0));
}

// 7. Every target: realisation against the expected percentage.
void targets(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    charts::ChartSpec spec = chartSpec(f, Orientation::Horizontal);
    QList<double> realised, expected;
    for (const TargetFigures &t : data.targets) {
        QString name = measureLabel(f, t.measure) + u'\n' +
                       f.text(u"doel t/m %1", u"target to %1").arg(f.shortDate(t.period.to));
        if (t.behind)
            name += f.text(u" (achter)", u" (behind)");
        spec.categories.append(name);
        realised.append(t.realisationPct);
        expected.append(t.expectedPct);
    }
    const auto percent = [&f](double v) -> QString {
        return f.percent(v);
    };
    spec.bars = {series(f.text(u"Realisatie", u"Realised"), realised, percent),
                 series(f.text(u"Verwacht", u"Expected"), expected, percent)};
    spec.barTicks = [&f](double v) -> QString {
        return f.number(v, 0) + u'%';
    };
    spec.barAxisTitle = f.text(u"procent van het doel", u"percent of the target");
    addChart(blocks, f, 7,
             f.text(u"Doelen: realisatie en verwachting", u"Targets: realised and expected"),
             data.targets.isEmpty()
                 ? QString()
                 : f.text(u"Realisatie: de stand als percentage van het doel. Verwacht: het deel "
                          u"van de doelperiode dat op %1 voorbij is. Achter: meer dan 10 "
                          u"procentpunten onder de verwachting.",
                          u"Realised: the actual figure as a percentage of the target. Expected: "
                          u"the part of the target period past on %1. Behind: more than 10 points "
                          u"below the expectation.")
                       .arg(f.longDate(data.period.to)),
             spec);
}

// 8. Budget: planned and realised, income and cost.
void budget(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    const BudgetFigures &income = data.measures.budgetOf(BudgetKind::Income);
    const BudgetFigures &cost = data.measures.budgetOf(BudgetKind::Cost);
    charts::ChartSpec spec = chartSpec(f, Orientation::Vertical);
    spec.categories = {f.text(u"Inkomsten", u"Income"), f.text(u"Uitgaven", u"Cost")};
    const auto euros = [&f](double v) -> QString {
        return f.wholeEuros(v);
    };
    spec.bars = {
        series(f.text(u"Begroot", u"Planned"),
               {double(income.plannedCents) / 100, double(cost.plannedCents) / 100}, euros),
        series(f.text(u"Gerealiseerd", u"Realised"),
               {double(income.realisedCents) / 100, double(cost.realisedCents) / 100}, euros)};
    spec.barTicks = euros;
    addChart(blocks, f, 8,
             f.text(u"Begroting: begroot en gerealiseerd", u"Budget: planned and realised"),
             f.text(u"Begrotingsregels waarvan de periode binnen de rapportageperiode valt. "
                    u"Gerealiseerd saldo (inkomsten min uitgaven): %1.",
                    u"Budget lines whose period lies within the report period. Realised balance "
                    u"(income minus cost): %1.")
                 .arg(f.money(income.realisedCents - cost.realisedCents)),
             spec, 170);
}

double share(qint64 part, qint64 whole)
{
    return whole == 0 ? 0 : std::round(1000.0 * double(part) / double(whole)) / 10.0;
}

// 9. Region: each municipality's share of the region, with the table of its figures.
void municipalities(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    qint64 clients = 0, deliveries = 0, quarters = 0;
    for (const MunicipalityFigures &m : data.byMunicipality) {
        clients += m.clientsServed;
        deliveries += m.deliveries;
        quarters += m.quarterHours;
    }
    charts::ChartSpec spec = chartSpec(f, Orientation::Horizontal);
    QList<double> clientShare, deliveryShare, hourShare;
    QList<TableRow> rows;
    for (const MunicipalityFigures &m : data.byMunicipality) {
        spec.categories.append(m.name);
        clientShare.append(share(m.clientsServed, clients));
        deliveryShare.append(share(m.deliveries, deliveries));
        hourShare.append(share(m.quarterHours, quarters));
        rows.append({{{m.name},
                      {f.count(m.clientsServed)},
                      {f.count(m.deliveries)},
                      {f.hours(m.quarterHours)}}});
    }
    rows.append({{{f.text(u"Regio", u"Region")},
                  {f.count(clients)},
                  {f.count(deliveries)},
                  {f.hours(quarters)}},
                 TableRow::Kind::Total});
    const auto percent = [&f](double v) -> QString {
        return f.percent(v);
    };
    spec.bars = {series(f.text(u"Cliënten bediend", u"Clients served"), clientShare, percent),
                 series(f.text(u"Geleverde diensten", u"Deliveries"), deliveryShare, percent),
                 series(f.text(u"Uren", u"Hours"), hourShare, percent)};
    spec.barTicks = [&f](double v) -> QString {
        return f.number(v, 0) + u'%';
    };
    spec.barAxisTitle = f.text(u"aandeel in de regio", u"share of the region");
    addChart(
        blocks, f, 9, f.text(u"Gemeenten naast elkaar", u"Municipalities side by side"),
        f.text(u"Het aandeel van elke gemeente in de cliënten, geleverde diensten en uren van de "
               u"regio; de aantallen staan in de tabel eronder.",
               u"Each municipality's share of the region's clients, deliveries and hours; "
               u"the numbers are in the table below."),
        spec);
    blocks.push_back(std::make_unique<HeadingBlock>(
        f.text(u"Cijfers per gemeente", u"Figures per municipality"), 2));
    blocks.push_back(std::make_unique<TableBlock>(
        QList<TableColumn>{{{f.text(u"Gemeente", u"Municipality")}, Qt::AlignLeft, true},
                           {{f.text(u"Cliënten", u"Clients"), f.text(u"bediend", u"served")}},
                           {{f.text(u"Geleverde diensten", u"Deliveries")}},
                           {{f.text(u"Uren", u"Hours")}}},
        rows, QStringList{}, 0));
}

} // namespace

void addScopeCharts(Blocks &blocks, const ReportData &data, const ReportFormat &f)
{
    neighbourhoods(blocks, data, f);
    targets(blocks, data, f);
    budget(blocks, data, f);
    if (data.isRegion())
        municipalities(blocks, data, f);
}

} // namespace wzsw::report
