#include "exchange/exchangerows.h"

#include "exchange/exchangefiles.h"

#include <algorithm>

namespace wzsw {

namespace {

void personCells(const QString &code, const Person &p, const ExportCodes &codes, ExportRow &row)
{
    row.text(col::PersonCode, code);
    row.text(col::GivenName, p.givenName);
    row.text(col::FamilyNamePrefix, p.familyNamePrefix);
    row.text(col::FamilyName, p.familyName);
    row.date(col::BirthDate, p.birthDate);
    row.code(col::Gender, p.gender);
    row.text(col::Street, p.street);
    row.text(col::HouseNumber, p.houseNumber);
    row.text(col::Postcode, p.postcode);
    row.text(col::Place, p.place);
    row.text(col::PersonNeighbourhood, codes.neighbourhoods.value(p.neighbourhoodId));
    row.text(col::Phone, p.phone);
    row.text(col::Email, p.email);
    row.text(col::Bsn, p.bsn);
}

} // namespace

void exportCells(const Municipality &m, ExportCodes &codes, ExportRow &row)
{
    codes.municipalities.insert(m.id, m.code);
    row.text(col::MunicipalityCode, m.code);
    row.text(col::MunicipalityName, m.name);
}

void exportCells(const Neighbourhood &n, ExportCodes &codes, ExportRow &row)
{
    codes.neighbourhoods.insert(n.id, n.code);
    row.text(col::NeighbourhoodCode, n.code);
    row.text(col::NeighbourhoodName, n.name);
    row.text(col::NeighbourhoodMunicipality, codes.municipalities.value(n.municipalityId));
}

void exportCells(const ServiceType &t, ExportCodes &codes, ExportRow &row)
{
    codes.serviceTypes.insert(t.id, t.code);
    row.text(col::TypeCode, t.code);
    row.text(col::TypeNameNl, t.nameNl);
    row.text(col::TypeNameEn, t.nameEn);
    row.money(col::TypeFee, t.feePerHourCents);
    row.boolean(col::TypeActive, t.active);
}

void exportCells(const Partner &p, ExportCodes &codes, ExportRow &row)
{
    codes.partners.insert(p.id, p.code);
    row.text(col::PartnerCode, p.code);
    row.text(col::PartnerName, p.name);
    row.code(col::PartnerKind, p.kind);
    row.text(col::PartnerMunicipality, codes.municipalities.value(p.municipalityId));
    row.text(col::PartnerContact, p.contactPerson);
    row.text(col::PartnerPhone, p.phone);
    row.text(col::PartnerEmail, p.email);
}

void exportCells(const Agreement &a, ExportCodes &codes, ExportRow &row)
{
    row.text(col::AgreementPartner, codes.partners.value(a.partnerId));
    row.text(col::AgreementTitle, a.title);
    row.codes(col::AgreementScope, a.scopes);
    row.date(col::AgreementStart, a.startDate);
    row.date(col::AgreementEnd, a.endDate);
    row.date(col::AgreementSigned, a.signedDate);
    row.code(col::AgreementStatus, a.status);
    row.text(col::AgreementCommitments, a.commitments);
    row.date(col::AgreementReview, a.reviewDate);
    row.text(col::AgreementDocument, a.document);
}

void exportCells(const Client &c, ExportCodes &codes, ExportRow &row)
{
    codes.clients.insert(c.id, c.code);
    personCells(c.code, c.person, codes, row);
    row.codes(col::TargetGroups, c.targetGroups);
    row.boolean(col::LivesAlone, c.livesAlone);
    row.text(col::ClientReferredBy, codes.partners.value(c.referredByPartnerId));
    row.date(col::IntakeDate, c.intakeDate);
    row.date(col::ClientEndDate, c.endDate);
    row.code(col::ClientEndReason, c.endReason);
    row.date(col::ConsentDate, c.consentDate);
}

void exportCells(const Provider &p, ExportCodes &codes, ExportRow &row)
{
    codes.providers.insert(p.id, p.code);
    personCells(p.code, p.person, codes, row);
    row.code(col::Background, p.background);
    // By code, not by id: ids differ between data files, codes do not.
    QStringList types;
    for (const Id id : p.serviceTypeIds)
        types.append(codes.serviceTypes.value(id));
    std::sort(types.begin(), types.end());
    row.text(col::ServiceTypeCodes, types.join(u'|'));
    row.number(col::HoursPerWeek, p.hoursPerWeek);
    row.date(col::ProviderStart, p.startDate);
    row.date(col::ExitDate, p.exitDate);
    row.code(col::ExitReason, p.exitReason);
    row.date(col::CourseEnrolled, p.course.enrolledDate);
    row.wholeOrEmpty(col::CourseLevel, p.course.level);
    row.date(col::CourseCertified, p.course.certifiedDate);
    row.date(col::CourseDropped, p.course.droppedDate);
    row.text(col::ProviderReferredBy, codes.partners.value(p.referredByPartnerId));
}

void exportCells(const Trajectory &t, ExportCodes &codes, ExportRow &row)
{
    row.text(col::TrajectoryProvider, codes.providers.value(t.providerId));
    row.code(col::TrajectoryType, t.type);
    row.code(col::TrajectoryFramework, t.framework);
    row.text(col::TrajectoryPartner, codes.partners.value(t.partnerId));
    row.date(col::TrajectoryStart, t.startDate);
    row.date(col::TrajectoryPlannedEnd, t.plannedEndDate);
    row.date(col::TrajectoryActualEnd, t.actualEndDate);
    row.code(col::TrajectoryStatus, t.status);
    row.text(col::TrajectoryGoals, t.goals);
    row.text(col::TrajectoryResult, t.result);
}

void exportCells(const LadderAssessment &a, ExportCodes &codes, ExportRow &row)
{
    row.text(col::LadderProvider, codes.providers.value(a.providerId));
    row.date(col::LadderDate, a.date);
    row.wholeOrEmpty(col::LadderLevel, a.level);
}

void exportCells(const ServiceRequest &r, ExportCodes &codes, ExportRow &row)
{
    row.text(col::RequestClient, codes.clients.value(r.clientId));
    row.text(col::RequestType, codes.serviceTypes.value(r.serviceTypeId));
    row.date(col::RequestDate, r.requestDate);
    row.text(col::RequestDescription, r.description);
    row.code(col::RequestFrequency, r.frequency);
    row.code(col::RequestStatus, r.status);
    row.text(col::RequestProvider, codes.providers.value(r.providerId));
}

void exportCells(const Delivery &d, ExportCodes &codes, ExportRow &row)
{
    row.text(col::DeliveryClient, codes.clients.value(d.clientId));
    row.text(col::DeliveryProvider, codes.providers.value(d.providerId));
    row.text(col::DeliveryType, codes.serviceTypes.value(d.serviceTypeId));
    row.date(col::DeliveryDate, d.date);
    row.hours(col::DeliveryHours, d.quarterHours);
    row.money(col::DeliveryFee, d.feeCents.value_or(0));
    row.text(col::DeliveryNote, d.note);
}

void exportCells(const Target &t, ExportCodes &codes, ExportRow &row)
{
    row.text(col::TargetMunicipality, codes.municipalities.value(t.municipalityId));
    row.date(col::TargetFrom, t.fromDate);
    row.date(col::TargetTo, t.toDate);
    row.text(col::TargetMeasure, t.measure);
    row.number(col::TargetValue, t.value);
}

void exportCells(const BudgetLine &b, ExportCodes &codes, ExportRow &row)
{
    row.text(col::BudgetMunicipality, codes.municipalities.value(b.municipalityId));
    row.date(col::BudgetFrom, b.fromDate);
    row.date(col::BudgetTo, b.toDate);
    row.code(col::BudgetKind, b.kind);
    row.code(col::BudgetCategory, b.category);
    row.money(col::BudgetPlanned, b.plannedCents);
    row.money(col::BudgetRealised, b.realisedCents);
}

void exportCells(const ProjectSettings &s, ExportCodes &codes, ExportRow &row)
{
    row.text(col::SettingsMunicipality, codes.municipalities.value(s.municipalityId));
    row.date(col::SettingsStart, s.projectStart);
    row.date(col::SettingsInterim1, s.interim1);
    row.date(col::SettingsInterim2, s.interim2);
    row.date(col::SettingsEnd, s.projectEnd);
    row.text(col::SettingsLeader, s.projectLeader);
}

} // namespace wzsw
