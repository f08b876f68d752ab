#include "figures/reportdata.h"

#include <QHash>

#include <functional>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

struct KindEntry
{
    ReportKind kind;
    const char16_t *code;
    const char16_t *dutch;
    const char16_t *english;
};

// The Dutch titles are those of spec/reports.md; they are data rather than translations because
// a report for a Dutch steering group carries them whatever language the program speaks.
constexpr KindEntry kinds[] = {
    {ReportKind::Interim1, u"interim-1", u"Eerste tussenrapportage", u"First interim report"},
    {ReportKind::Interim2, u"interim-2", u"Tweede tussenrapportage", u"Second interim report"},
    {ReportKind::Final, u"final", u"Eindrapportage", u"Final report"},
    {ReportKind::Monthly, u"monthly", u"Maandoverzicht stuurgroep", u"Monthly steering overview"},
};

const KindEntry &entryOf(ReportKind kind)
{
    for (const KindEntry &entry : kinds)
        if (entry.kind == kind)
            return entry;
    return kinds[0]; // unreachable for valid values
}

using Getter = std::function<double(const Measures &)>;

const QHash<QString, Getter> &measureGetters()
{
    static const QHash<QString, Getter> getters = [] {
        QHash<QString, Getter> map{
            {u"clients_new"_s,
             [](const Measures &m) {
                 return double(m.clientsNew);
             }},
            {u"clients_served"_s,
             [](const Measures &m) {
                 return double(m.clientsServed);
             }},
            {u"clients_active_at_end"_s,
             [](const Measures &m) {
                 return double(m.clientsActiveAtEnd);
             }},
            {u"providers_new"_s,
             [](const Measures &m) {
                 return double(m.providersNew);
             }},
            {u"providers_active"_s,
             [](const Measures &m) {
                 return double(m.providersActive);
             }},
            {u"deliveries"_s,
             [](const Measures &m) {
                 return double(m.deliveries);
             }},
            {u"delivery_hours"_s,
             [](const Measures &m) {
                 return m.deliveryHours();
             }},
            {u"fees_cents"_s,
             [](const Measures &m) {
                 return double(m.feesCents);
             }},
            {u"outflow_paid_work"_s,
             [](const Measures &m) {
                 return double(m.outflowPaidWork());
             }},
            {u"course_enrolled"_s,
             [](const Measures &m) {
                 return double(m.courseEnrolled);
             }},
            {u"course_certified"_s,
             [](const Measures &m) {
                 return double(m.courseCertified);
             }},
            {u"ladder_assessed"_s,
             [](const Measures &m) {
                 return double(m.ladderAssessed);
             }},
            {u"ladder_up"_s,
             [](const Measures &m) {
                 return double(m.ladderUp);
             }},
            {u"agreements_active"_s,
             [](const Measures &m) {
                 return double(m.agreementsActive);
             }},
        };
        const std::pair<QString, TrajectoryCounts Measures::*> families[] = {
            {u"trajectories_started"_s, &Measures::trajectoriesStarted},
            {u"trajectories_completed"_s, &Measures::trajectoriesCompleted},
            {u"trajectories_broken_off"_s, &Measures::trajectoriesBrokenOff},
            {u"trajectories_running_at_end"_s, &Measures::trajectoriesRunningAtEnd},
        };
        for (const auto &[family, member] : families) {
            map.insert(family + u".total"_s,
                       [member](const Measures &m) { return double((m.*member).total()); });
            for (const EnumEntry<TrajectoryType> &type : enumEntries<TrajectoryType>()) {
                const TrajectoryType value = type.value;
                map.insert(
                    family + u'.' + type.code.toString(),
                    [member, value](const Measures &m) { return double((m.*member)[value]); });
            }
        }
        return map;
    }();
    return getters;
}

} // namespace

QString reportKindCode(ReportKind kind)
{
    return QString::fromUtf16(entryOf(kind).code);
}

std::optional<ReportKind> reportKindFromCode(QStringView code)
{
    for (const KindEntry &entry : kinds)
        if (code == QStringView(entry.code))
            return entry.kind;
    return std::nullopt;
}

QStringList reportKindCodes()
{
    QStringList codes;
    for (const KindEntry &entry : kinds)
        codes.append(QString::fromUtf16(entry.code));
    return codes;
}

QString reportKindTitle(ReportKind kind, Language language)
{
    const KindEntry &entry = entryOf(kind);
    return QString::fromUtf16(language == Language::Dutch ? entry.dutch : entry.english);
}

qint64 Measures::outflowPaidWork() const
{
    return outflow[ExitReason::PaidWorkRegular] + outflow[ExitReason::PaidWorkSubsidised];
}

std::optional<double> Measures::valueOf(const QString &measureName) const
{
    const auto found = measureGetters().constFind(measureName);
    if (found == measureGetters().constEnd())
        return std::nullopt;
    return (*found)(*this);
}

QString comparisonKey(ComparisonKind kind)
{
    switch (kind) {
    case ComparisonKind::Interim1:
        return u"interim_1"_s;
    case ComparisonKind::PreviousMonth:
        return u"previous_month"_s;
    case ComparisonKind::YearToDate:
        return u"year_to_date"_s;
    }
    return {};
}

QString ReportData::scopeCode() const
{
    return isRegion() ? regionScopeCode() : municipalityCode;
}

} // namespace wzsw
