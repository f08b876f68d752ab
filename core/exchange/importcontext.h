#pragma once

#include "common/result.h"
#include "domain/client.h"
#include "domain/partner.h"
#include "domain/places.h"
#include "domain/provider.h"
#include "domain/servicetype.h"
#include "exchange/importproblems.h"
#include "exchange/importrecords.h"

#include <QDate>
#include <QHash>

namespace wzsw {

class Database;

/// What every file of one import shares: the data file, the problems found so far, and the
/// coded records rows refer to (loaded once at the start, then kept up to date with every row,
/// so a file may refer to records added by an earlier file of the same import).
class ImportContext
{
public:
    ImportContext(Database &db, ImportProblems &problems);

    /// Loads the coded records and the BSNs in use from the data file.
    Status load();

    Database &db() { return m_db; }
    ImportProblems &problems() { return m_problems; }
    /// "Today" for the rules about dates in the future; fixed for the whole import.
    const QDate &today() const { return m_today; }

    CodedRecords<Municipality> municipalities;
    CodedRecords<Neighbourhood> neighbourhoods;
    CodedRecords<ServiceType> serviceTypes;
    CodedRecords<Partner> partners;
    CodedRecords<Client> clients;
    CodedRecords<Provider> providers;
    /// BSN -> code of the person holding it, per kind of person (domain.md: unique per person;
    /// README: a client may be a provider too).
    QHash<QString, QString> clientBsns;
    QHash<QString, QString> providerBsns;

    /// Moving a local file into the regional database (ImportOptions::migration): rows may
    /// only add records or repeat stored ones exactly.
    bool migration = false;

    /// False once a problem is found: from then on rows are only checked, since the
    /// transaction will be rolled back anyway and a later row may refer to one never stored.
    bool isWriting() const { return m_writing; }
    void stopWriting() { m_writing = false; }
    /// A stand-in id for a record that was checked but not stored, so rows referring to it are
    /// checked as if it existed. Negative, so it never meets a stored id.
    Id provisionalId() { return --m_lastProvisionalId; }

    /// For a check that needed the data file and could not read it: the import stops with
    /// this error after the current row.
    void fail(const Error &error)
    {
        if (m_failure)
            m_failure = error;
    }
    const Status &failure() const { return m_failure; }

private:
    Database &m_db;
    ImportProblems &m_problems;
    QDate m_today;
    bool m_writing = true;
    Id m_lastProvisionalId = 0;
    Status m_failure;
};

} // namespace wzsw
