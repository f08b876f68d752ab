#include "services/recordrulescan.h"

#include "rules/entityrules.h"
#include "services/recorddescriptions.h"
#include "storage/table.h"

using namespace Qt::StringLiterals;

namespace wzsw {

template <typename T, typename Visit>
void RecordRuleScan::scan(const QString &entity, const Visit &visit)
{
    qint64 count = 0;
    const Status status = Table<T>(m_db).forEach({}, {}, u"id"_s, [&](T &value) {
        ++count;
        visit(value);
        return true;
    });
    if (!status)
        m_out.unreadable(entity, status.error());
    m_out.counted(entity, count);
}

void RecordRuleScan::run()
{
    scanPlaces();
    scanOrganisations();
    scanPeople();
    scanWork();
    scanDeliveries();
    scanPlanning();
    scanNotes();
}

void RecordRuleScan::scanPlaces()
{
    scan<Municipality>(u"municipality"_s, [this](const Municipality &m) {
        m_municipalityCodes.insert(m.id, m.code);
        m_out.addViolations(validateMunicipality(m));
    });
    scan<Neighbourhood>(u"neighbourhood"_s, [this](const Neighbourhood &n) {
        m_out.addViolations(validateNeighbourhood(n, m_municipalityCodes.value(n.municipalityId)));
    });
}

void RecordRuleScan::scanOrganisations()
{
    scan<ServiceType>(u"service_type"_s, [this](const ServiceType &t) {
        m_out.addViolations(validateServiceType(t));
    });
    scan<Partner>(u"partner"_s, [this](const Partner &p) {
        m_partnerCodes.insert(p.id, p.code);
        m_out.addViolations(validatePartner(p));
    });
    scan<Agreement>(u"agreement"_s, [this](const Agreement &a) {
        // Descriptions are made only for records that break a rule: most do not.
        const QList<RuleViolation> found = validateAgreement(a, {});
        if (!found.isEmpty())
            m_out.addViolations(found, describeAgreement(m_partnerCodes.value(a.partnerId), a));
    });
}

namespace {

/// A form may quote the BSN the user typed; a file check report, which people paste into a
/// mail or a ticket, shows only its last digits.
QList<RuleViolation> withMaskedBsn(QList<RuleViolation> violations, const Person &person)
{
    if (!person.bsn.isEmpty())
        for (RuleViolation &v : violations)
            v.message.replace(person.bsn, maskedBsn(person.bsn));
    return violations;
}

} // namespace

void RecordRuleScan::scanPeople()
{
    scan<Client>(u"client"_s, [this](const Client &c) {
        m_clients.insert(c.id, ClientDates{c.code, c.intakeDate, c.endDate});
        m_out.addViolations(withMaskedBsn(validateClient(c, m_today), c.person));
    });
    scan<Provider>(u"provider"_s, [this](const Provider &p) {
        m_providers.insert(p.id, ProviderDates{p.code, p.startDate});
        m_out.addViolations(withMaskedBsn(validateProvider(p, m_today), p.person));
    });
}

void RecordRuleScan::scanWork()
{
    scan<Trajectory>(u"trajectory"_s, [this](const Trajectory &t) {
        const QList<RuleViolation> found = validateTrajectory(t, {});
        if (!found.isEmpty())
            m_out.addViolations(found, describeTrajectory(m_providers.value(t.providerId).code, t));
    });
    scan<LadderAssessment>(u"ladder"_s, [this](const LadderAssessment &a) {
        const QList<RuleViolation> found = validateLadder(a, {});
        if (!found.isEmpty())
            m_out.addViolations(found, describeAssessment(m_providers.value(a.providerId).code, a));
    });
    scan<ServiceRequest>(u"request"_s, [this](const ServiceRequest &r) {
        m_requestClients.insert(r.id, r.clientId);
        const QList<RuleViolation> found = validateRequest(r, {});
        if (!found.isEmpty())
            m_out.addViolations(found, describeRequest(m_clients.value(r.clientId).code, r));
    });
}

void RecordRuleScan::scanDeliveries()
{
    scan<Delivery>(u"delivery"_s, [this](const Delivery &d) {
        const ClientDates client = m_clients.value(d.clientId);
        DeliveryContext context;
        context.clientIntake = client.intake;
        context.clientEnd = client.end;
        context.providerStart = m_providers.value(d.providerId).start;
        context.requestClientId = m_requestClients.value(d.requestId);
        const QList<RuleViolation> found = validateDelivery(d, context);
        if (!found.isEmpty())
            m_out.addViolations(
                found, describeDelivery(client.code, m_providers.value(d.providerId).code, d));
    });
}

void RecordRuleScan::scanPlanning()
{
    scan<Target>(u"target"_s, [this](const Target &t) {
        const QList<RuleViolation> found = validateTarget(t, {});
        if (!found.isEmpty())
            m_out.addViolations(found,
                                describeTarget(m_municipalityCodes.value(t.municipalityId), t));
    });
    scan<BudgetLine>(u"budget"_s, [this](const BudgetLine &b) {
        const QList<RuleViolation> found = validateBudgetLine(b, {});
        if (!found.isEmpty())
            m_out.addViolations(found,
                                describeBudgetLine(m_municipalityCodes.value(b.municipalityId), b));
    });
    scan<ProjectSettings>(u"settings"_s, [this](const ProjectSettings &s) {
        const QList<RuleViolation> found = validateProjectSettings(s, {});
        if (!found.isEmpty())
            m_out.addViolations(found,
                                describeSettings(m_municipalityCodes.value(s.municipalityId)));
    });
}

void RecordRuleScan::scanNotes()
{
    scan<ContactNote>(u"note"_s, [this](const ContactNote &n) {
        const QList<RuleViolation> found = validateContactNote(n, {});
        if (!found.isEmpty()) {
            const QString owner = n.clientId != 0 ? m_clients.value(n.clientId).code
                                                  : m_providers.value(n.providerId).code;
            m_out.addViolations(found, describeNote(owner, n));
        }
    });
}

} // namespace wzsw
