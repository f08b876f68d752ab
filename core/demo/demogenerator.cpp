#include "demo/demogenerator.h"

#include "demo/demoworld.h"
#include "storage/auditrepository.h"
#include "storage/bulkload.h"
#include "storage/mapping.h"
#include "storage/table.h"
#include "storage/transaction.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

class DemoMessages
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::DemoGenerator)
public:
    static Error notEmpty()
    {
        return Error::make(Error::Kind::Conflict,
                           tr("The data file already holds data. Demo data only goes into a new, "
                              "empty data file."));
    }
    static Error badCount(int clients)
    {
        const QString message = tr("The number of clients must lie between 0 and %1 (not %2).")
                                    .arg(maxDemoClients)
                                    .arg(clients);
        return Error::invalid(
            {RuleViolation{u"demo"_s, QString(), u"clients"_s, Rule::OutOfRange, message}});
    }
};

template <typename T> Result<bool> isEmpty(Database &db)
{
    const Result<qint64> rows = Table<T>(db).count();
    if (!rows)
        return rows.error();
    return *rows == 0;
}

template <typename... T> Result<bool> allEmpty(Database &db)
{
    for (const Result<bool> &check : {isEmpty<T>(db)...}) {
        if (!check)
            return check.error();
        if (!*check)
            return false;
    }
    return true;
}

/// Whether the file holds nothing but (perhaps) service types.
Result<bool> holdsNoData(Database &db)
{
    return allEmpty<Municipality, Neighbourhood, Partner, Agreement, Client, Provider, Trajectory,
                    LadderAssessment, ServiceRequest, Delivery, Target, BudgetLine, ProjectSettings,
                    ContactNote>(db);
}

/// The tables that receive many rows; their indexes are made once, after the load.
QStringList bulkTables()
{
    return {Mapping<Client>::table(),         Mapping<Provider>::table(),
            Mapping<Trajectory>::table(),     Mapping<LadderAssessment>::table(),
            Mapping<ServiceRequest>::table(), Mapping<Delivery>::table(),
            Mapping<ContactNote>::table()};
}

QString auditSummary(const DemoOptions &options, const DemoSummary &summary)
{
    return u"demo generated: seed %1, %2 clients, %3 providers, %4 deliveries"_s.arg(options.seed)
        .arg(summary.clients)
        .arg(summary.providers)
        .arg(summary.deliveries);
}

} // namespace

bool DemoWorld::advance(int from, int to, qint64 done, qint64 total)
{
    if (!m_progress)
        return true;
    const int percent =
        total <= 0 ? to : from + int(qint64(to - from) * std::min(done, total) / total);
    if (percent == m_lastPercent)
        return true;
    m_lastPercent = percent;
    return m_progress(percent);
}

Error DemoWorld::cancelled()
{
    return Error::make(Error::Kind::Cancelled,
                       tr("Making the demo data was cancelled; nothing was stored."));
}

int DemoWorld::pickPlace(DemoRandom &random) const
{
    int total = 0;
    for (const DemoPlace &place : places)
        total += place.data->population;
    int roll = random.below(total);
    for (std::size_t i = 0; i < places.size(); ++i) {
        if (roll < places[i].data->population)
            return int(i);
        roll -= places[i].data->population;
    }
    return 0;
}

int DemoWorld::pickPartner(DemoRandom &random, int place,
                           std::initializer_list<PartnerKind> kinds) const
{
    int candidates[64];
    int found = 0;
    for (std::size_t i = 0; i < partners.size() && found < 64; ++i) {
        const DemoPartnerRef &partner = partners[i];
        const bool kindFits = std::find(kinds.begin(), kinds.end(), partner.kind) != kinds.end();
        if (kindFits && (partner.place == place || partner.place < 0))
            candidates[found++] = int(i);
    }
    return found == 0 ? -1 : candidates[random.below(found)];
}

Result<DemoSummary> generateDemo(Database &db, const DemoOptions &options,
                                 const std::function<bool(int percent)> &progress)
{
    if (options.clients < 0 || options.clients > maxDemoClients)
        return DemoMessages::badCount(options.clients);
    WriteTransaction tx(db);
    if (!tx.ok())
        return tx.error();
    const Result<bool> empty = holdsNoData(db);
    if (!empty)
        return empty.error();
    if (!*empty)
        return DemoMessages::notEmpty();

    DemoWorld world(db, options, progress);
    if (!world.advance(0, 0, 0, 0))
        return DemoWorld::cancelled();
    Status status = withIndexesSuspended(db, bulkTables(), [&world]() -> Status {
        for (Status (*part)(DemoWorld &) :
             {writeOrganisation, writeProviders, writeClients, writeDeliveries, writePlanning})
            if (Status status = part(world); !status)
                return status;
        return {};
    });
    if (!status)
        return status.error();
    if (!world.advance(97, 97, 0, 0))
        return DemoWorld::cancelled();

    AuditEntry entry = AuditEntry::by(u"generate"_s, u"file"_s, 0, QString(),
                                      auditSummary(options, world.summary));
    if (Status appended = AuditRepository(db).append(entry); !appended)
        return appended.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    if (progress)
        progress(100); // done: too late to cancel, the data is stored
    return world.summary;
}

} // namespace wzsw
