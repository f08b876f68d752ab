#include "domain/measurelabels.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

struct Label
{
    const char16_t *name;
    const char16_t *dutch;
    const char16_t *english;
};

constexpr Label labels[] = {
    {u"clients_new", u"Nieuwe cliënten", u"New clients"},
    {u"clients_served", u"Cliënten bediend", u"Clients served"},
    {u"clients_active_at_end", u"Cliënten actief aan het eind", u"Clients active at the end"},
    {u"providers_new", u"Nieuwe dienstverleners", u"New providers"},
    {u"providers_active", u"Dienstverleners actief", u"Providers active"},
    {u"deliveries", u"Geleverde diensten", u"Deliveries"},
    {u"delivery_hours", u"Uren geleverd", u"Hours delivered"},
    {u"fees_cents", u"Eigen bijdragen", u"Client fees"},
    {u"outflow", u"Uitstroom", u"Outflow"},
    {u"outflow_paid_work", u"Uitstroom naar betaald werk", u"Outflow to paid work"},
    {u"course_enrolled", u"Ingeschreven voor een cursus", u"Enrolled in a course"},
    {u"course_certified", u"Cursus met certificaat", u"Course certified"},
    {u"ladder_assessed", u"Gemeten op de participatieladder", u"Assessed on the ladder"},
    {u"ladder_up", u"Gestegen op de participatieladder", u"Went up the ladder"},
    {u"agreements_active", u"Afspraken actief", u"Agreements active"},
    {u"agreements_expiring", u"Afspraken die aflopen", u"Agreements expiring"},
    {u"trajectories_started", u"Trajecten gestart", u"Trajectories started"},
    {u"trajectories_completed", u"Trajecten afgerond", u"Trajectories completed"},
    {u"trajectories_broken_off", u"Trajecten afgebroken", u"Trajectories broken off"},
    {u"trajectories_running_at_end", u"Trajecten lopend aan het eind",
     u"Trajectories running at the end"},
};

std::optional<QString> plainLabel(QStringView name, Language language)
{
    for (const Label &label : labels)
        if (name == QStringView(label.name))
            return QString::fromUtf16(language == Language::Dutch ? label.dutch : label.english);
    return std::nullopt;
}

} // namespace

QString measureLabel(const QString &measureName, Language language)
{
    if (const std::optional<QString> label = plainLabel(measureName, language))
        return *label;
    // A trajectory family with a type: "trajectories_started.placement".
    const qsizetype dot = measureName.indexOf(u'.');
    if (dot > 0) {
        const std::optional<QString> family =
            plainLabel(QStringView(measureName).left(dot), language);
        const QStringView part = QStringView(measureName).mid(dot + 1);
        if (family && part == u"total")
            return *family;
        if (const std::optional<TrajectoryType> type = fromCode<TrajectoryType>(part);
            family && type)
            return *family + u": "_s + label(*type, language);
    }
    return measureName;
}

QString measureLabel(const QString &measureName)
{
    return measureLabel(measureName, displayLanguage());
}

} // namespace wzsw
