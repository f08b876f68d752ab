#pragma once

#include "common/result.h"
#include "domain/service.h"
#include "rules/matching.h"

namespace wzsw {

class Database;

/// The facts the matching of a request needs, read in one statement each.
class MatchQueries
{
public:
    explicit MatchQueries(const Database &db) : m_db(db) {}

    /// Where the request's client lives.
    Result<MatchClientPlace> clientPlace(Id clientId) const;
    /// Every provider active on `day` (started, not exited), with the facts for ranking
    /// `request`; "this week" is Monday to Sunday around `day`.
    Result<QList<MatchCandidate>> candidates(const ServiceRequest &request, const QDate &day) const;

private:
    const Database &m_db;
};

} // namespace wzsw
