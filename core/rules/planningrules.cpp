#include "rules/entityrules.h"
#include "rules/violations.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Violations_t validateTarget(const Target &target, const QString &record)
{
    Violations v(u"target"_s, record);
    v.requireDate(u"from"_s, target.fromDate);
    v.requireDate(u"to"_s, target.toDate);
    v.requireOrder(u"from"_s, target.fromDate, u"to"_s, target.toDate);
    if (!targetMeasureNames().contains(target.measure))
        v.add(u"measure"_s, Rule::UnknownCode,
              Violations::tr("\"%1\" is not a measure a target can name.").arg(target.measure));
    if (target.value <= 0)
        v.add(u"value"_s, Rule::OutOfRange, Violations::tr("A target value must be above 0."));
    return v.take();
}

Violations_t validateBudgetLine(const BudgetLine &line, const QString &record)
{
    Violations v(u"budget"_s, record);
    v.requireDate(u"from"_s, line.fromDate);
    v.requireDate(u"to"_s, line.toDate);
    v.requireOrder(u"from"_s, line.fromDate, u"to"_s, line.toDate);
    // Amounts may be negative: a realised figure is corrected by a negative line (a refund,
    // a reversed booking), and the financing plan must be able to show that.
    return v.take();
}

Violations_t validateProjectSettings(const ProjectSettings &settings, const QString &record)
{
    Violations v(u"settings"_s, record);
    v.requireDate(u"project_start"_s, settings.projectStart);
    v.requireOrder(u"project_start"_s, settings.projectStart, u"interim_1"_s, settings.interim1);
    v.requireOrder(u"interim_1"_s, settings.interim1, u"interim_2"_s, settings.interim2);
    v.requireOrder(u"project_start"_s, settings.projectStart, u"project_end"_s,
                   settings.projectEnd);
    v.requireOrder(u"interim_2"_s, settings.interim2, u"project_end"_s, settings.projectEnd);
    return v.take();
}

Violations_t validateContactNote(const ContactNote &note, const QString &record)
{
    Violations v(u"note"_s, record);
    v.requireDate(u"date"_s, note.date);
    v.requireText(u"text"_s, note.text);
    if ((note.clientId == 0) == (note.providerId == 0))
        v.add(u"client_code"_s, Rule::Inconsistent,
              Violations::tr("A note belongs to either a client or a provider."));
    return v.take();
}

} // namespace wzsw
