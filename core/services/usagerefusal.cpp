#include "services/usagerefusal.h"

#include "rules/violations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

class UsageTexts
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::Usage)
public:
    static QString of(const Usage &use)
    {
        const int n = int(use.count);
        if (use.entity == u"neighbourhood")
            return tr("%n neighbourhood(s)", nullptr, n);
        if (use.entity == u"partner")
            return tr("%n partner(s)", nullptr, n);
        if (use.entity == u"target")
            return tr("%n target(s)", nullptr, n);
        if (use.entity == u"budget")
            return tr("%n budget line(s)", nullptr, n);
        if (use.entity == u"settings")
            return tr("the project settings");
        if (use.entity == u"client")
            return tr("%n client(s)", nullptr, n);
        if (use.entity == u"provider")
            return tr("%n provider(s)", nullptr, n);
        if (use.entity == u"delivery")
            return tr("%n delivery(s)", nullptr, n);
        if (use.entity == u"request")
            return tr("%n request(s)", nullptr, n);
        if (use.entity == u"provider_skill")
            return tr("%n provider(s) who can deliver it", nullptr, n);
        if (use.entity == u"agreement")
            return tr("%n agreement(s)", nullptr, n);
        if (use.entity == u"trajectory")
            return tr("%n trajectory(s)", nullptr, n);
        return use.entity + u' ' + QString::number(use.count);
    }
};

} // namespace

QString describeUses(const QList<Usage> &uses)
{
    QStringList parts;
    for (const Usage &use : uses)
        parts.append(UsageTexts::of(use));
    return parts.join(u", "_s);
}

Result<QList<RuleViolation>> refusalWhileUsed(const Result<QList<Usage>> &uses,
                                              const QString &entity, const QString &record,
                                              const UsageMessage &message)
{
    if (!uses)
        return uses.error();
    Violations violations(entity, record);
    if (!uses->isEmpty())
        violations.add(u"code"_s, Rule::InUse, message(describeUses(*uses)));
    return violations.take();
}

} // namespace wzsw
