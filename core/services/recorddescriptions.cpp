#include "services/recorddescriptions.h"

#include "common/values.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// The parts that are known, separated by spaces.
QString joined(const QStringList &parts)
{
    QStringList known = parts;
    known.removeAll(QString());
    return known.join(u' ');
}

QString scope(const QString &municipalityCode)
{
    return municipalityCode.isEmpty() ? u"region"_s : municipalityCode;
}

} // namespace

QString describeTrajectory(const QString &providerCode, const Trajectory &trajectory)
{
    return joined({providerCode, toCode(trajectory.type), isoDate(trajectory.startDate)});
}

QString describeAssessment(const QString &providerCode, const LadderAssessment &assessment)
{
    return joined({providerCode, isoDate(assessment.date)});
}

QString describeRequest(const QString &clientCode, const ServiceRequest &request)
{
    return joined({clientCode, isoDate(request.requestDate)});
}

QString describeDelivery(const QString &clientCode, const QString &providerCode,
                         const Delivery &delivery)
{
    return joined({clientCode, providerCode, isoDate(delivery.date)});
}

QString describeAgreement(const QString &partnerCode, const Agreement &agreement)
{
    return joined({partnerCode, agreement.title.simplified()});
}

QString describeTarget(const QString &municipalityCode, const Target &target)
{
    return joined({scope(municipalityCode), target.measure, isoDate(target.fromDate)});
}

QString describeBudgetLine(const QString &municipalityCode, const BudgetLine &line)
{
    return joined({scope(municipalityCode), toCode(line.kind), toCode(line.category),
                   isoDate(line.fromDate)});
}

QString describeSettings(const QString &municipalityCode)
{
    return scope(municipalityCode);
}

QString describeNote(const QString &ownerCode, const ContactNote &note)
{
    return joined({ownerCode, isoDate(note.date)});
}

} // namespace wzsw
