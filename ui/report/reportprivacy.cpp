#include "report/reportprivacy.h"

using namespace Qt::StringLiterals;

namespace wzsw::report {

namespace {

constexpr qint64 smallCountLimit = 5;

} // namespace

bool isSmallCount(qint64 count)
{
    return count >= 1 && count < smallCountLimit;
}

QString neighbourhoodCount(const ReportFormat &format, qint64 count)
{
    return isSmallCount(count) ? u"<5"_s : format.count(count);
}

double neighbourhoodBarValue(qint64 count)
{
    return isSmallCount(count) ? 2.5 : double(count);
}

QString neighbourhoodHours(const ReportFormat &format, const NeighbourhoodFigures &figures)
{
    return isSmallCount(figures.clientsServed) ? u"–"_s : format.hours(figures.quarterHours);
}

QString smallCountNote(const ReportFormat &format, bool withHours)
{
    QString note = format.text(u"<5: een aantal van 1 tot 4, niet precies genoemd om personen "
                               u"onherkenbaar te houden.",
                               u"<5: a count from 1 to 4, not given exactly so that no person can "
                               u"be recognised.");
    if (withHours)
        note += format.text(u" –: uren niet getoond, want minder dan 5 cliënten in de wijk.",
                            u" –: hours not shown, as the neighbourhood has fewer than 5 clients.");
    return note;
}

} // namespace wzsw::report
