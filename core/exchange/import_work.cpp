// Import rules for the work: ladder assessments, requests and deliveries. Trajectories, which
// need the whole file for their one-running rule, are in import_trajectories.cpp.
#include "common/values.h"
#include "exchange/importfactories.h"
#include "exchange/recordimport.h"
#include "rules/entityrules.h"

using namespace Qt::StringLiterals;

namespace wzsw {

template <> struct ImportRules<LadderAssessment>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Ladder;
    static QString name() { return u"ladder"_s; }
    static LadderAssessment blank() { return {}; }
    static bool sameChildren(const LadderAssessment &, const LadderAssessment &) { return true; }
    static QList<int> keyColumns() { return {col::LadderProvider, col::LadderDate}; }
    static QString key(const LadderAssessment &a)
    {
        return joinKey({QString::number(a.providerId), isoDate(a.date)});
    }

    static void read(RowReader &row, ImportContext &c, LadderAssessment &a,
                     const LadderAssessment *)
    {
        row.reference(col::LadderProvider, c.providers, a.providerId);
        row.date(col::LadderDate, a.date);
        row.wholeNumber(col::LadderLevel, a.level);
        row.addRules(validateLadder(a, QString()));
    }
};

template <> struct ImportRules<ServiceRequest>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Request;
    static QString name() { return u"request"_s; }
    static ServiceRequest blank() { return {}; }
    static bool sameChildren(const ServiceRequest &, const ServiceRequest &) { return true; }
    static QList<int> keyColumns()
    {
        return {col::RequestClient, col::RequestType, col::RequestDate};
    }
    static QString key(const ServiceRequest &r)
    {
        return joinKey({QString::number(r.clientId), QString::number(r.serviceTypeId),
                        isoDate(r.requestDate)});
    }

    static void read(RowReader &row, ImportContext &c, ServiceRequest &r,
                     const ServiceRequest *stored)
    {
        row.reference(col::RequestClient, c.clients, r.clientId);
        row.reference(col::RequestType, c.serviceTypes, r.serviceTypeId);
        row.date(col::RequestDate, r.requestDate);
        row.text(col::RequestDescription, r.description);
        if (!stored) {
            row.requireColumn(col::RequestFrequency);
            row.requireColumn(col::RequestStatus);
        }
        row.choice(col::RequestFrequency, r.frequency);
        row.choice(col::RequestStatus, r.status);
        row.reference(col::RequestProvider, c.providers, r.providerId);
        row.addRules(validateRequest(r, QString()));
    }
};

template <> struct ImportRules<Delivery>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Delivery;
    static QString name() { return u"delivery"_s; }
    static Delivery blank() { return {}; }
    static bool sameChildren(const Delivery &, const Delivery &) { return true; }
    static QList<int> keyColumns()
    {
        return {col::DeliveryClient, col::DeliveryProvider, col::DeliveryType, col::DeliveryDate};
    }
    static QString key(const Delivery &d)
    {
        return joinKey({QString::number(d.clientId), QString::number(d.providerId),
                        QString::number(d.serviceTypeId), isoDate(d.date)});
    }

    static void read(RowReader &row, ImportContext &c, Delivery &d, const Delivery *)
    {
        // The key columns are always present, so client, provider and type are known here
        // unless their code is unknown (which the reader reports).
        const Client *client = row.reference(col::DeliveryClient, c.clients, d.clientId);
        const Provider *provider = row.reference(col::DeliveryProvider, c.providers, d.providerId);
        const ServiceType *type = row.reference(col::DeliveryType, c.serviceTypes, d.serviceTypeId);
        row.date(col::DeliveryDate, d.date);
        row.quarterHours(col::DeliveryHours, d.quarterHours);
        row.optionalMoney(col::DeliveryFee, d.feeCents);
        if (!d.feeCents && type) // spec: an empty fee is hours x the type's fee per hour
            d.feeCents = defaultFee(d.quarterHours, type->feePerHourCents);
        row.text(col::DeliveryNote, d.note);
        DeliveryContext context;
        if (client) {
            context.clientIntake = client->intakeDate;
            context.clientEnd = client->endDate;
        }
        if (provider)
            context.providerStart = provider->startDate;
        row.addRules(validateDelivery(d, context));
    }
};

std::unique_ptr<FileImport> makeTrajectoryImport(ImportContext &context);

std::unique_ptr<FileImport> makeWorkImport(ExchangeEntity entity, ImportContext &context)
{
    switch (entity) {
    case ExchangeEntity::Trajectory:
        return makeTrajectoryImport(context);
    case ExchangeEntity::Ladder:
        return std::make_unique<RecordImport<LadderAssessment>>(context);
    case ExchangeEntity::Request:
        return std::make_unique<RecordImport<ServiceRequest>>(context);
    case ExchangeEntity::Delivery:
        return std::make_unique<RecordImport<Delivery>>(context);
    default:
        return nullptr;
    }
}

} // namespace wzsw
