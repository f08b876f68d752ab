#pragma once

#include "common/result.h"
#include "domain/planning.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// Targets, the financing plan and the project dates, each for a municipality or for the
/// region as a whole (municipality 0).
class PlanningService
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::PlanningService)

public:
    explicit PlanningService(Database &db) : m_db(db) {}

    /// A period, a measure name of reports.md, a value above 0, an existing municipality.
    Result<QList<RuleViolation>> check(const Target &target) const;
    Status save(Target &target);
    /// `expectedVersion`: the version the person saw (RecordWriter::expectingVersion).
    Status removeTarget(Id id, int expectedVersion = 0);

    /// A period, amounts not negative, an existing municipality.
    Result<QList<RuleViolation>> check(const BudgetLine &line) const;
    Status save(BudgetLine &line);
    /// `expectedVersion`: the version the person saw (RecordWriter::expectingVersion).
    Status removeBudgetLine(Id id, int expectedVersion = 0);

    /// A project start, dates in order, an existing municipality, and no other settings for
    /// the same municipality (or for the region).
    Result<QList<RuleViolation>> check(const ProjectSettings &settings) const;
    Status save(ProjectSettings &settings);
    /// `expectedVersion`: the version the person saw (RecordWriter::expectingVersion).
    Status removeSettings(Id id, int expectedVersion = 0);

private:
    Database &m_db;
};

} // namespace wzsw
