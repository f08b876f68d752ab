#pragma once

#include "common/result.h"
#include "domain/trajectory.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// Creating, changing and deleting a provider's trajectories: at most one running trajectory
/// per provider (checked here with a message naming the other one; the database's unique
/// index is only the last guard), an actual end date once completed or broken off.
class TrajectoryService
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::TrajectoryService)

public:
    explicit TrajectoryService(Database &db) : m_db(db) {}

    Result<QList<RuleViolation>> check(const Trajectory &trajectory) const;
    /// Stores a new (id 0) or changed trajectory; nothing when a rule is broken.
    Status save(Trajectory &trajectory);
    /// `expectedVersion`: the version the person saw (RecordWriter::expectingVersion).
    Status remove(Id id, int expectedVersion = 0);

private:
    Database &m_db;
};

} // namespace wzsw
