#pragma once

#include "common/result.h"
#include "domain/provider.h"
#include "domain/trajectory.h"
#include "storage/personrepository.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// Creating, changing and deleting providers (with the service types they can deliver and
/// their course enrolment) and their participation-ladder assessments, as a user does it:
/// every rule of domain.md, one transaction per action, an audit entry with each change.
class ProviderService
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ProviderService)

public:
    explicit ProviderService(Database &db) : m_db(db) {}

    /// Every broken rule, those needing the data file included (unique code and BSN, existing
    /// neighbourhood, partner and service types, no recorded delivery before the start date);
    /// empty when `provider` can be saved.
    Result<QList<RuleViolation>> check(const Provider &provider) const;
    /// Stores a new (id 0) or changed provider; a new provider without code gets the next
    /// free one. Nothing is stored when a rule is broken.
    Status save(Provider &provider);
    /// Deletes a provider without deliveries (trajectories, assessments and notes go with it);
    /// one with deliveries is refused (record an exit instead).
    /// `expectedVersion`: the version the person saw (RecordWriter::expectingVersion).
    Status remove(Id id, int expectedVersion = 0);

    /// Level 1-6, a date, and an existing provider.
    Result<QList<RuleViolation>> check(const LadderAssessment &assessment) const;
    /// Adds (id 0) or changes an assessment.
    Status save(LadderAssessment &assessment);
    /// `expectedVersion`: the version the person saw (RecordWriter::expectingVersion).
    Status removeAssessment(Id id, int expectedVersion = 0);

    /// Records that might be the same person, for the intake screen to warn about.
    Result<QList<DuplicateCandidate>> possibleDuplicates(const Provider &provider) const;
    /// Records in the audit log that the user revealed this provider's BSN on purpose.
    Status recordBsnRevealed(const Provider &provider);

private:
    Database &m_db;
};

} // namespace wzsw
