#include "services/requestservice.h"

#include "services/recorddescriptions.h"
#include "services/recordwriter.h"
#include "services/referencechecks.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"

using namespace Qt::StringLiterals;

namespace wzsw {

Result<QList<RuleViolation>> RequestService::check(const ServiceRequest &request) const
{
    const Result<QString> clientCode = codeOf<Client>(m_db, request.clientId);
    if (!clientCode)
        return clientCode.error();
    const QString record = describeRequest(*clientCode, request);
    Violations violations(u"request"_s, record);
    violations.append(validateRequest(request, record));
    for (const Status &status :
         {requireExisting<Client>(m_db, request.clientId, u"client_code"_s, violations),
          requireExisting<ServiceType>(m_db, request.serviceTypeId, u"service_type_code"_s,
                                       violations),
          requireExisting<Provider>(m_db, request.providerId, u"provider_code"_s, violations)}) {
        if (!status)
            return status.error();
    }
    if (request.id != 0) {
        const Result<qint64> others =
            DeliveryRepository(m_db).answeringForOtherClient(request.id, request.clientId);
        if (!others)
            return others.error();
        if (*others > 0)
            violations.add(
                u"client_code"_s, Rule::Inconsistent,
                tr("The client cannot change while %n delivery(s) answer this request for "
                   "the present client.",
                   nullptr, int(*others)));
    }
    return violations.take();
}

Status RequestService::save(ServiceRequest &request)
{
    const Result<QString> clientCode = codeOf<Client>(m_db, request.clientId);
    if (!clientCode)
        return clientCode.error();
    RecordWriter<ServiceRequest> writer(m_db, [this](const ServiceRequest &r) { return check(r); });
    return writer.save(request, {u"request"_s, describeRequest(*clientCode, request)});
}

Status RequestService::remove(Id id, int expectedVersion)
{
    const Result<ServiceRequest> request = RequestRepository(m_db).find(id);
    if (!request)
        return request.error();
    const Result<QString> clientCode = codeOf<Client>(m_db, request->clientId);
    if (!clientCode)
        return clientCode.error();
    return RecordWriter<ServiceRequest>(m_db, {})
        .expectingVersion(expectedVersion)
        .remove(id, {u"request"_s, describeRequest(*clientCode, *request)});
}

Status RequestService::match(ServiceRequest &request, Id providerId)
{
    ServiceRequest matched = request;
    matched.status = RequestStatus::Matched;
    matched.providerId = providerId;
    if (Status status = save(matched); !status)
        return status;
    request = matched;
    return {};
}

} // namespace wzsw
