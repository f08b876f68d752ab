#pragma once

#include "domain/planning.h"
#include "domain/service.h"
#include "domain/trajectory.h"
#include "storage/table.h"

namespace wzsw {

/// A provider's trajectories.
class TrajectoryRepository : public Table<Trajectory>
{
public:
    using Table::Table;

    Result<QList<Trajectory>> ofProvider(Id providerId) const
    {
        return list(QStringLiteral("provider_id = ?"), {qlonglong(providerId)},
                    QStringLiteral("start_date, id"));
    }
    /// The provider's running trajectory other than `exceptId`, if any.
    Result<std::optional<Trajectory>> runningOf(Id providerId, Id exceptId) const
    {
        return findWhere(QStringLiteral("provider_id = ? AND status = 'running' AND id <> ?"),
                         {qlonglong(providerId), qlonglong(exceptId)});
    }
};

/// Clients' requests for help.
class RequestRepository : public Table<ServiceRequest>
{
public:
    using Table::Table;

    Result<QList<ServiceRequest>> ofClient(Id clientId) const
    {
        return list(QStringLiteral("client_id = ?"), {qlonglong(clientId)},
                    QStringLiteral("request_date DESC, id DESC"));
    }
    /// The requests a provider was matched to.
    Result<QList<ServiceRequest>> matchedTo(Id providerId) const
    {
        return list(QStringLiteral("provider_id = ?"), {qlonglong(providerId)},
                    QStringLiteral("request_date DESC, id DESC"));
    }
};

/// Delivered services.
class DeliveryRepository : public Table<Delivery>
{
public:
    using Table::Table;

    Result<QList<Delivery>> ofClient(Id clientId) const
    {
        return list(QStringLiteral("client_id = ?"), {qlonglong(clientId)},
                    QStringLiteral("date DESC, id DESC"));
    }
    Result<QList<Delivery>> ofProvider(Id providerId) const
    {
        return list(QStringLiteral("provider_id = ?"), {qlonglong(providerId)},
                    QStringLiteral("date DESC, id DESC"));
    }
    /// How many deliveries answer the request while belonging to another client than
    /// `clientId`.
    Result<qint64> answeringForOtherClient(Id requestId, Id clientId) const
    {
        return count(QStringLiteral("request_id = ? AND client_id <> ?"),
                     {qlonglong(requestId), qlonglong(clientId)});
    }
};

/// Case notes on clients and providers.
class NoteRepository : public Table<ContactNote>
{
public:
    using Table::Table;

    Result<QList<ContactNote>> ofClient(Id clientId) const
    {
        return list(QStringLiteral("client_id = ?"), {qlonglong(clientId)},
                    QStringLiteral("date DESC, id DESC"));
    }
    Result<QList<ContactNote>> ofProvider(Id providerId) const
    {
        return list(QStringLiteral("provider_id = ?"), {qlonglong(providerId)},
                    QStringLiteral("date DESC, id DESC"));
    }
};

/// Targets, the financing plan and the project dates.
class PlanningRepository
{
public:
    explicit PlanningRepository(Database &db) : m_targets(db), m_budget(db), m_settings(db) {}

    Table<Target> &targets() { return m_targets; }
    Table<BudgetLine> &budget() { return m_budget; }
    Table<ProjectSettings> &settings() { return m_settings; }

    /// The settings row of a municipality, or of the region when `municipalityId` is 0.
    Result<std::optional<ProjectSettings>> settingsOf(Id municipalityId) const
    {
        return m_settings.findWhere(QStringLiteral("COALESCE(municipality_id, 0) = ?"),
                                    {qlonglong(municipalityId)});
    }

private:
    Table<Target> m_targets;
    Table<BudgetLine> m_budget;
    Table<ProjectSettings> m_settings;
};

} // namespace wzsw
