#include "storage/usagequeries.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// A foreign key pointing at the record asked about.
struct Referrer
{
    const char16_t *entity;
    const char16_t *table;
    const char16_t *column;
};

Result<QList<Usage>> usesBy(const Database &db, Id id, std::initializer_list<Referrer> referrers)
{
    QList<Usage> uses;
    for (const Referrer &referrer : referrers) {
        QSqlQuery query =
            prepare(db, u"SELECT COUNT(*) FROM "_s + QStringView(referrer.table).toString() +
                            u" WHERE "_s + QStringView(referrer.column).toString() + u" = ?"_s);
        query.bindValue(0, qlonglong(id));
        if (Status status = exec(query); !status)
            return status.error();
        query.next();
        if (const qint64 count = query.value(0).toLongLong(); count > 0)
            uses.append(Usage{QStringView(referrer.entity).toString(), count});
    }
    return uses;
}

} // namespace

Result<QList<Usage>> usesOfMunicipality(const Database &db, Id id)
{
    return usesBy(db, id,
                  {{u"neighbourhood", u"neighbourhoods", u"municipality_id"},
                   {u"partner", u"partners", u"municipality_id"},
                   {u"target", u"targets", u"municipality_id"},
                   {u"budget", u"budget_lines", u"municipality_id"},
                   {u"settings", u"project_settings", u"municipality_id"}});
}

Result<QList<Usage>> usesOfNeighbourhood(const Database &db, Id id)
{
    return usesBy(db, id,
                  {{u"client", u"clients", u"neighbourhood_id"},
                   {u"provider", u"providers", u"neighbourhood_id"}});
}

Result<QList<Usage>> usesOfServiceType(const Database &db, Id id)
{
    return usesBy(db, id,
                  {{u"delivery", u"deliveries", u"service_type_id"},
                   {u"request", u"service_requests", u"service_type_id"},
                   {u"provider_skill", u"provider_service_types", u"service_type_id"}});
}

Result<QList<Usage>> usesOfPartner(const Database &db, Id id)
{
    return usesBy(db, id,
                  {{u"agreement", u"agreements", u"partner_id"},
                   {u"client", u"clients", u"referred_by_partner_id"},
                   {u"provider", u"providers", u"referred_by_partner_id"},
                   {u"trajectory", u"trajectories", u"partner_id"}});
}

} // namespace wzsw
