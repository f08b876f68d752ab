#include "servicetesthelpers.h"

#include "services/clientservice.h"
#include "services/providerservice.h"
#include "storage/sql.h"
#include "testsupport.h"

namespace wzsw::test {

namespace {

bool contains(const QList<RuleViolation> &violations, const QString &field, Rule rule)
{
    for (const RuleViolation &v : violations)
        if (v.field == field && v.rule == rule)
            return true;
    return false;
}

} // namespace

bool hasViolation(const Status &status, const QString &field, Rule rule)
{
    return !status.ok() && contains(status.error().violations, field, rule);
}

bool hasViolation(const Result<QList<RuleViolation>> &checked, const QString &field, Rule rule)
{
    REQUIRE(checked.ok());
    return contains(*checked, field, rule);
}

QString messageFor(const Status &status, const QString &field)
{
    if (status.ok())
        return {};
    for (const RuleViolation &v : status.error().violations)
        if (v.field == field)
            return v.message;
    return {};
}

Client storeClient(Database &db, Client client)
{
    const Status status = ClientService(db).save(client);
    if (!status)
        FAIL(status.error().fullText().toStdString());
    return client;
}

Provider storeProvider(Database &db, Provider provider)
{
    const Status status = ProviderService(db).save(provider);
    if (!status)
        FAIL(status.error().fullText().toStdString());
    return provider;
}

void rawSql(Database &db, const QString &sql)
{
    const Status status = execSql(db, sql);
    if (!status)
        FAIL(status.error().message.toStdString());
}

} // namespace wzsw::test
