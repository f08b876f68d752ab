#include "services/deliveryservice.h"

#include "services/recorddescriptions.h"
#include "services/recordwriter.h"
#include "services/referencechecks.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// What a delivery refers to, as far as it exists.
struct Related
{
    std::optional<Client> client;
    std::optional<Provider> provider;
    std::optional<ServiceType> type;
    std::optional<ServiceRequest> request;
};

Result<Related> readRelated(Database &db, const Delivery &delivery)
{
    Related related;
    Result<std::optional<Client>> client = Table<Client>(db).findIfExists(delivery.clientId);
    if (!client)
        return client.error();
    related.client = std::move(*client);
    Result<std::optional<Provider>> provider =
        Table<Provider>(db).findIfExists(delivery.providerId);
    if (!provider)
        return provider.error();
    related.provider = std::move(*provider);
    Result<std::optional<ServiceType>> type =
        Table<ServiceType>(db).findIfExists(delivery.serviceTypeId);
    if (!type)
        return type.error();
    related.type = std::move(*type);
    Result<std::optional<ServiceRequest>> request =
        Table<ServiceRequest>(db).findIfExists(delivery.requestId);
    if (!request)
        return request.error();
    related.request = std::move(*request);
    return related;
}

QString recordOf(const Related &related, const Delivery &delivery)
{
    return describeDelivery(related.client ? related.client->code : QString(),
                            related.provider ? related.provider->code : QString(), delivery);
}

/// The delivery as it is stored: an empty fee becomes the default (without a known type
/// there is none; check() reports the type).
Delivery withDefaultFee(const Related &related, const Delivery &delivery)
{
    Delivery toStore = delivery;
    if (!toStore.feeCents && related.type)
        toStore.feeCents = defaultFee(toStore.quarterHours, related.type->feePerHourCents);
    return toStore;
}

} // namespace

Result<QList<RuleViolation>> DeliveryService::check(const Delivery &delivery) const
{
    const Result<Related> related = readRelated(m_db, delivery);
    if (!related)
        return related.error();
    DeliveryContext context;
    context.record = recordOf(*related, delivery);
    if (related->client) {
        context.clientIntake = related->client->intakeDate;
        context.clientEnd = related->client->endDate;
    }
    if (related->provider)
        context.providerStart = related->provider->startDate;
    if (related->request)
        context.requestClientId = related->request->clientId;

    Violations violations(u"delivery"_s, context.record);
    violations.append(validateDelivery(delivery, context));
    if (delivery.clientId != 0 && !related->client)
        violations.unknownReference(u"client_code"_s);
    if (delivery.providerId != 0 && !related->provider)
        violations.unknownReference(u"provider_code"_s);
    if (delivery.serviceTypeId != 0 && !related->type)
        violations.unknownReference(u"service_type_code"_s);
    if (delivery.requestId != 0 && !related->request)
        violations.unknownReference(u"request"_s);
    return violations.take();
}

Status DeliveryService::save(Delivery &delivery)
{
    const Result<Related> related = readRelated(m_db, delivery);
    if (!related)
        return related.error();
    Delivery toStore = withDefaultFee(*related, delivery);
    RecordWriter<Delivery> writer(m_db, [this](const Delivery &d) { return check(d); });
    if (Status status = writer.save(toStore, {u"delivery"_s, recordOf(*related, toStore)}); !status)
        return status;
    delivery = toStore;
    return {};
}

Status DeliveryService::remove(Id id, int expectedVersion)
{
    const Result<Delivery> delivery = DeliveryRepository(m_db).find(id);
    if (!delivery)
        return delivery.error();
    const Result<Related> related = readRelated(m_db, *delivery);
    if (!related)
        return related.error();
    return RecordWriter<Delivery>(m_db, {})
        .expectingVersion(expectedVersion)
        .remove(id, {u"delivery"_s, recordOf(*related, *delivery)});
}

Status DeliveryService::saveAll(QList<Delivery> &deliveries)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    QList<Delivery> toStore;
    QList<AuditSubject> subjects;
    QList<RuleViolation> broken;
    // Every row checked before any is stored, so the message lists all broken rows at once.
    for (qsizetype row = 0; row < deliveries.size(); ++row) {
        const Result<Related> related = readRelated(m_db, deliveries.at(row));
        if (!related)
            return related.error();
        toStore.append(withDefaultFee(*related, deliveries.at(row)));
        subjects.append({u"delivery"_s, recordOf(*related, toStore.constLast())});
        const Result<QList<RuleViolation>> violations = check(toStore.constLast());
        if (!violations)
            return violations.error();
        for (RuleViolation violation : *violations) {
            violation.message = tr("Row %1: %2").arg(row + 1).arg(violation.message);
            broken.append(std::move(violation));
        }
    }
    if (!broken.isEmpty())
        return Error::invalid(std::move(broken));
    RecordWriter<Delivery> writer(m_db, [this](const Delivery &d) { return check(d); });
    for (qsizetype row = 0; row < toStore.size(); ++row)
        if (Status status = writer.saveInOpenTransaction(toStore[row], subjects.at(row)); !status)
            return status;
    if (Status status = tx.commit(); !status)
        return status;
    deliveries = std::move(toStore);
    return {};
}

Status DeliveryService::removeAll(const QList<Id> &ids)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    RecordWriter<Delivery> writer(m_db, {});
    for (Id id : ids) {
        const Result<Delivery> delivery = DeliveryRepository(m_db).find(id);
        if (!delivery)
            return delivery.error();
        const Result<Related> related = readRelated(m_db, *delivery);
        if (!related)
            return related.error();
        if (Status status =
                writer.removeInOpenTransaction(id, {u"delivery"_s, recordOf(*related, *delivery)});
            !status)
            return status;
    }
    return tx.commit();
}

} // namespace wzsw
