#include "exchange/neighbourhoodsprofile.h"

#include "exchange/exportrow.h"
#include "storage/figurequeries.h"

using namespace Qt::StringLiterals;

namespace wzsw {

QString NeighbourhoodsProfile::name() const
{
    return u"neighbourhoods"_s;
}

QString NeighbourhoodsProfile::description() const
{
    return tr("for policy: per neighbourhood the clients served, providers active, deliveries "
              "and hours in the period");
}

bool NeighbourhoodsProfile::personLevel() const
{
    return false;
}

QList<ColumnTitle> NeighbourhoodsProfile::columns() const
{
    return {{u"code", u"code"},
            {u"naam", u"name"},
            {u"cliënten bediend", u"clients served"},
            {u"dienstverleners actief", u"providers active"},
            {u"leveringen", u"deliveries"},
            {u"uren", u"hours"}};
}

Status NeighbourhoodsProfile::writeRows(DepartmentExport &out) const
{
    // The report's own query, so the figures equal the report's by_neighbourhood by
    // construction; exact counts, since the department gets the file, not the printed report.
    const Result<QList<NeighbourhoodFigures>> figures =
        FigureQueries(out.db, out.scope).byNeighbourhood(out.period);
    if (!figures)
        return figures.error();
    out.expectedRows = figures->size();
    ExportRow row(out.dialect, columns().size());
    for (const NeighbourhoodFigures &n : *figures) {
        row.text(0, n.code);
        row.text(1, n.name);
        row.whole(2, n.clientsServed);
        row.whole(3, n.providersActive);
        row.whole(4, n.deliveries);
        row.hours(5, n.quarterHours);
        if (!out.add(row))
            break;
    }
    return {};
}

} // namespace wzsw
