// Import rules for the places and organisations: municipalities, neighbourhoods, service
// types, partners and their agreements.
#include "common/values.h"
#include "exchange/importfactories.h"
#include "exchange/recordimport.h"
#include "rules/entityrules.h"

using namespace Qt::StringLiterals;

namespace wzsw {

template <> struct ImportRules<Municipality>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Municipality;
    static QString name() { return u"municipality"_s; }
    static Municipality blank() { return {}; }
    static CodedRecords<Municipality> &records(ImportContext &c) { return c.municipalities; }
    static bool sameChildren(const Municipality &, const Municipality &) { return true; }

    static void read(RowReader &row, ImportContext &, Municipality &m, const Municipality *)
    {
        row.code(col::MunicipalityCode, m.code);
        row.text(col::MunicipalityName, m.name);
        row.addRules(validateMunicipality(m));
    }
};

template <> struct ImportRules<Neighbourhood>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Neighbourhood;
    static QString name() { return u"neighbourhood"_s; }
    static Neighbourhood blank() { return {}; }
    static CodedRecords<Neighbourhood> &records(ImportContext &c) { return c.neighbourhoods; }
    static bool sameChildren(const Neighbourhood &, const Neighbourhood &) { return true; }

    static void read(RowReader &row, ImportContext &c, Neighbourhood &n, const Neighbourhood *)
    {
        row.code(col::NeighbourhoodCode, n.code);
        row.text(col::NeighbourhoodName, n.name);
        row.reference(col::NeighbourhoodMunicipality, c.municipalities, n.municipalityId);
        row.addRules(validateNeighbourhood(n, c.municipalities.codeOf(n.municipalityId)));
    }
};

template <> struct ImportRules<ServiceType>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::ServiceType;
    static QString name() { return u"service_type"_s; }
    static ServiceType blank() { return {}; }
    static CodedRecords<ServiceType> &records(ImportContext &c) { return c.serviceTypes; }
    static bool sameChildren(const ServiceType &, const ServiceType &) { return true; }

    static void read(RowReader &row, ImportContext &, ServiceType &t, const ServiceType *)
    {
        row.code(col::TypeCode, t.code);
        row.text(col::TypeNameNl, t.nameNl);
        row.text(col::TypeNameEn, t.nameEn);
        row.money(col::TypeFee, t.feePerHourCents);
        row.boolean(col::TypeActive, t.active, true);
        row.addRules(validateServiceType(t));
    }
};

template <> struct ImportRules<Partner>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Partner;
    static QString name() { return u"partner"_s; }
    static Partner blank() { return {}; }
    static CodedRecords<Partner> &records(ImportContext &c) { return c.partners; }
    static bool sameChildren(const Partner &, const Partner &) { return true; }

    static void read(RowReader &row, ImportContext &c, Partner &p, const Partner *stored)
    {
        row.code(col::PartnerCode, p.code);
        row.text(col::PartnerName, p.name);
        if (!stored)
            row.requireColumn(col::PartnerKind);
        row.choice(col::PartnerKind, p.kind);
        row.reference(col::PartnerMunicipality, c.municipalities, p.municipalityId);
        row.text(col::PartnerContact, p.contactPerson);
        row.text(col::PartnerPhone, p.phone);
        row.text(col::PartnerEmail, p.email);
        row.addRules(validatePartner(p));
    }
};

template <> struct ImportRules<Agreement>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Agreement;
    static QString name() { return u"agreement"_s; }
    static Agreement blank() { return {}; }
    static bool sameChildren(const Agreement &a, const Agreement &b)
    {
        return normalizedSet(a.scopes) == normalizedSet(b.scopes);
    }
    static QList<int> keyColumns()
    {
        return {col::AgreementPartner, col::AgreementTitle, col::AgreementStart};
    }
    static QString key(const Agreement &a)
    {
        return joinKey({QString::number(a.partnerId), a.title, isoDate(a.startDate)});
    }

    static void read(RowReader &row, ImportContext &c, Agreement &a, const Agreement *stored)
    {
        row.reference(col::AgreementPartner, c.partners, a.partnerId);
        row.text(col::AgreementTitle, a.title);
        row.choices(col::AgreementScope, a.scopes);
        row.date(col::AgreementStart, a.startDate);
        row.date(col::AgreementEnd, a.endDate);
        row.date(col::AgreementSigned, a.signedDate);
        if (!stored)
            row.requireColumn(col::AgreementStatus);
        row.choice(col::AgreementStatus, a.status);
        row.text(col::AgreementCommitments, a.commitments);
        row.date(col::AgreementReview, a.reviewDate);
        row.text(col::AgreementDocument, a.document);
        row.addRules(validateAgreement(a, QString()));
    }
};

QString joinKey(std::initializer_list<QString> parts)
{
    QString key;
    for (const QString &part : parts) {
        key += part;
        key += QChar(0x1f);
    }
    return key;
}

std::unique_ptr<FileImport> makeOrganisationImport(ExchangeEntity entity, ImportContext &context)
{
    switch (entity) {
    case ExchangeEntity::Municipality:
        return std::make_unique<RecordImport<Municipality>>(context);
    case ExchangeEntity::Neighbourhood:
        return std::make_unique<RecordImport<Neighbourhood>>(context);
    case ExchangeEntity::ServiceType:
        return std::make_unique<RecordImport<ServiceType>>(context);
    case ExchangeEntity::Partner:
        return std::make_unique<RecordImport<Partner>>(context);
    case ExchangeEntity::Agreement:
        return std::make_unique<RecordImport<Agreement>>(context);
    default:
        return nullptr;
    }
}

} // namespace wzsw
