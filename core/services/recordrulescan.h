#pragma once

#include "services/problemcollector.h"

#include <QDate>
#include <QHash>

namespace wzsw {

class Database;

/// The file check's pass over every record: each record against the pure rules of
/// core/rules, and the deliveries against their client's and provider's dates. Streams every
/// table once, in dependency order, and keeps only what later tables are checked against
/// (codes and dates per id), never a table's records themselves.
class RecordRuleScan
{
public:
    RecordRuleScan(Database &db, const QDate &today, ProblemCollector &out)
        : m_db(db), m_today(today), m_out(out)
    {}

    void run();

private:
    template <typename T, typename Visit> void scan(const QString &entity, const Visit &visit);

    void scanPlaces();
    void scanOrganisations();
    void scanPeople();
    void scanWork();
    void scanDeliveries();
    void scanPlanning();
    void scanNotes();

    struct ClientDates
    {
        QString code;
        QDate intake;
        QDate end;
    };
    struct ProviderDates
    {
        QString code;
        QDate start;
    };

    Database &m_db;
    QDate m_today;
    ProblemCollector &m_out;
    QHash<Id, QString> m_municipalityCodes;
    QHash<Id, QString> m_partnerCodes;
    QHash<Id, ClientDates> m_clients;
    QHash<Id, ProviderDates> m_providers;
    QHash<Id, Id> m_requestClients; ///< request id -> its client id
};

} // namespace wzsw
