// FigureQueries::measuresNamed: the measures of a few names only, for targets.
#include "storage/figurequeries.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

using Add = Status (FigureQueries::*)(const Period &, Measures &) const;

} // namespace

Result<Measures> FigureQueries::measuresNamed(const Period &period, const QStringList &names) const
{
    // The query each measure comes from, by the start of its name (reportdata.cpp lists them).
    const std::pair<QString, Add> sources[] = {
        {u"clients_served"_s, &FigureQueries::addClientsServed},
        {u"clients_"_s, &FigureQueries::addClients},
        {u"providers_active"_s, &FigureQueries::addProvidersActive},
        {u"providers_"_s, &FigureQueries::addProviders},
        {u"outflow_"_s, &FigureQueries::addProviders},
        {u"course_"_s, &FigureQueries::addProviders},
        {u"deliver"_s, &FigureQueries::addDeliveries},
        {u"fees_"_s, &FigureQueries::addDeliveries},
        {u"trajectories_"_s, &FigureQueries::addTrajectories},
        {u"ladder_"_s, &FigureQueries::addLadder},
        {u"agreements_"_s, &FigureQueries::addAgreements},
    };
    QList<Add> needed;
    for (const QString &name : names) {
        const auto source =
            std::find_if(std::begin(sources), std::end(sources),
                         [&name](const auto &s) { return name.startsWith(s.first); });
        if (source == std::end(sources))
            return measures(period);
        if (!needed.contains(source->second))
            needed.append(source->second);
    }
    Measures m;
    for (const Add add : needed)
        if (Status status = (this->*add)(period, m); !status)
            return status.error();
    return m;
}

} // namespace wzsw
