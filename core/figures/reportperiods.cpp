#include "figures/reportperiods.h"

#include "storage/workrepositories.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

class PeriodMessages
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ReportPeriods)

public:
    static Error missing(const QString &what)
    {
        return Error::make(Error::Kind::Invalid,
                           tr("The report period is not known: the project settings have no %1. "
                              "Set it in the project settings or give the period.")
                               .arg(what));
    }
    static Error reversed(const Period &period)
    {
        return Error::make(
            Error::Kind::Invalid,
            tr("The report period ends (%1) before it starts (%2).")
                .arg(period.to.toString(Qt::ISODate), period.from.toString(Qt::ISODate)));
    }
    static QString startName() { return tr("project start"); }
    static QString interim1Name() { return tr("interim-1 date"); }
    static QString interim2Name() { return tr("interim-2 date"); }
    static QString endName() { return tr("project end"); }
};

QDate earliest(const QDate &a, const QDate &b)
{
    return !a.isValid() ? b : (!b.isValid() ? a : std::min(a, b));
}

QDate latest(const QDate &a, const QDate &b)
{
    return !a.isValid() ? b : (!b.isValid() ? a : std::max(a, b));
}

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

QDate lastOfMonth(const QDate &date)
{
    return firstOfMonth(date).addMonths(1).addDays(-1);
}

ProjectDates datesOf(const ProjectSettings &settings)
{
    return ProjectDates{settings.projectStart, settings.interim1, settings.interim2,
                        settings.projectEnd, settings.projectLeader};
}

// A project date from the settings or the one given; an error naming it when neither exists.
Result<QDate> needed(std::optional<QDate> given, const std::optional<ProjectDates> &dates,
                     QDate ProjectDates::*field, const QString &name)
{
    if (given)
        return *given;
    if (dates && (*dates.*field).isValid())
        return *dates.*field;
    return PeriodMessages::missing(name);
}

} // namespace

Result<std::optional<ProjectDates>> projectDatesOf(Database &db, Id municipalityId)
{
    PlanningRepository planning(db);
    if (municipalityId != 0) {
        Result<std::optional<ProjectSettings>> own = planning.settingsOf(municipalityId);
        if (!own)
            return own.error();
        if (own->has_value())
            return std::optional<ProjectDates>(datesOf(**own));
        Result<std::optional<ProjectSettings>> region = planning.settingsOf(0);
        if (!region)
            return region.error();
        if (region->has_value())
            return std::optional<ProjectDates>(datesOf(**region));
        return std::optional<ProjectDates>();
    }

    Result<QList<ProjectSettings>> all = planning.settings().list();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<ProjectDates>();
    ProjectDates region;
    ProjectDates latestOfMunicipalities;
    const ProjectSettings *regionRow = nullptr;
    for (const ProjectSettings &row : *all) {
        region.start = earliest(region.start, row.projectStart);
        region.end = latest(region.end, row.projectEnd);
        if (row.municipalityId == 0) {
            regionRow = &row;
        } else {
            latestOfMunicipalities.interim1 = latest(latestOfMunicipalities.interim1, row.interim1);
            latestOfMunicipalities.interim2 = latest(latestOfMunicipalities.interim2, row.interim2);
        }
    }
    region.interim1 = regionRow && regionRow->interim1.isValid() ? regionRow->interim1
                                                                 : latestOfMunicipalities.interim1;
    region.interim2 = regionRow && regionRow->interim2.isValid() ? regionRow->interim2
                                                                 : latestOfMunicipalities.interim2;
    region.leader = regionRow ? regionRow->projectLeader : QString();
    return std::optional<ProjectDates>(region);
}

Result<ReportPeriods> reportPeriods(ReportKind kind, std::optional<QDate> from,
                                    std::optional<QDate> to,
                                    const std::optional<ProjectDates> &dates, QDate today)
{
    ReportPeriods periods;
    if (kind == ReportKind::Monthly) {
        if (to)
            periods.period = Period{from.value_or(firstOfMonth(*to)), *to};
        else if (from)
            periods.period = Period{*from, lastOfMonth(*from)};
        else
            periods.period = Period{firstOfMonth(today), lastOfMonth(today)};
    } else {
        Result<QDate> start =
            needed(from, dates, &ProjectDates::start, PeriodMessages::startName());
        if (!start)
            return start.error();
        Result<QDate> end =
            kind == ReportKind::Interim1
                ? needed(to, dates, &ProjectDates::interim1, PeriodMessages::interim1Name())
            : kind == ReportKind::Interim2
                ? needed(to, dates, &ProjectDates::interim2, PeriodMessages::interim2Name())
                : needed(to, dates, &ProjectDates::end, PeriodMessages::endName());
        if (!end)
            return end.error();
        periods.period = Period{*start, *end};
    }
    const Period &period = periods.period;
    if (!period.isValid())
        return PeriodMessages::reversed(period);

    if (kind == ReportKind::Interim2 && dates && dates->interim1.isValid() &&
        dates->interim1 >= period.from && dates->interim1 <= period.to)
        periods.comparisons.append(
            {ComparisonKind::Interim1, Period{period.from, dates->interim1}});
    if (kind == ReportKind::Monthly) {
        const QDate monthBefore = firstOfMonth(period.from).addMonths(-1);
        periods.comparisons.append(
            {ComparisonKind::PreviousMonth, Period{monthBefore, lastOfMonth(monthBefore)}});
        periods.comparisons.append(
            {ComparisonKind::YearToDate, Period{QDate(period.to.year(), 1, 1), period.to}});
    }
    return periods;
}

} // namespace wzsw
