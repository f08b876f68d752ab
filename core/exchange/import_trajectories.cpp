// Import rules for trajectories. "At most one running trajectory per provider" is checked on
// the state after the whole file, not row by row: a file may list a provider's new running
// trajectory before the row that completes the old one. The rows are stored only then, the
// ones that stop a stored trajectory running first, so the data file's own guard (a unique
// index on running trajectories) never sees two at once either.
#include "common/values.h"
#include "exchange/importfactories.h"
#include "exchange/recordimport.h"
#include "rules/entityrules.h"

using namespace Qt::StringLiterals;

namespace wzsw {

template <> struct ImportRules<Trajectory>
{
    static constexpr ExchangeEntity entity = ExchangeEntity::Trajectory;
    static QString name() { return u"trajectory"_s; }
    static Trajectory blank() { return {}; }
    static bool sameChildren(const Trajectory &, const Trajectory &) { return true; }
    static QList<int> keyColumns()
    {
        return {col::TrajectoryProvider, col::TrajectoryType, col::TrajectoryStart};
    }
    static QString key(const Trajectory &t)
    {
        return joinKey({QString::number(t.providerId), toCode(t.type), isoDate(t.startDate)});
    }

    static void read(RowReader &row, ImportContext &c, Trajectory &t, const Trajectory *stored)
    {
        row.reference(col::TrajectoryProvider, c.providers, t.providerId);
        if (!stored) {
            row.requireColumn(col::TrajectoryType);
            row.requireColumn(col::TrajectoryFramework);
            row.requireColumn(col::TrajectoryStatus);
        }
        row.choice(col::TrajectoryType, t.type);
        row.choice(col::TrajectoryFramework, t.framework);
        row.reference(col::TrajectoryPartner, c.partners, t.partnerId);
        row.date(col::TrajectoryStart, t.startDate);
        row.date(col::TrajectoryPlannedEnd, t.plannedEndDate);
        row.date(col::TrajectoryActualEnd, t.actualEndDate);
        row.choice(col::TrajectoryStatus, t.status);
        row.text(col::TrajectoryGoals, t.goals);
        row.text(col::TrajectoryResult, t.result);
        row.addRules(validateTrajectory(t, QString()));
    }
};

namespace {

class TrajectoryImport final : public RecordImport<Trajectory>
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::TrajectoryImport)

public:
    using RecordImport::RecordImport;

    Status finish() override
    {
        checkOneRunning();
        // Rows that stop a stored trajectory running go first.
        for (Pending &row : m_pending)
            if (row.stored && row.value.status != TrajectoryStatus::Running)
                if (Status status = store(row.value, row.stored, row.line); !status)
                    return status;
        for (Pending &row : m_pending)
            if (!row.stored || row.value.status == TrajectoryStatus::Running)
                if (Status status = store(row.value, row.stored, row.line); !status)
                    return status;
        return {};
    }

protected:
    Status accept(Trajectory &value, const std::optional<Trajectory> &stored, qint64 line) override
    {
        m_pending.append({value, stored, line});
        return {};
    }

private:
    struct Pending
    {
        Trajectory value;
        std::optional<Trajectory> stored;
        qint64 line = 0;
    };

    /// Which trajectory runs, per provider, once every row is applied: where that is more
    /// than one, each row adding one too many is a problem.
    void checkOneRunning()
    {
        QHash<Id, const Trajectory *> running; // provider -> its running trajectory
        m_stored.forEachStored([&running](const Trajectory &t) {
            if (t.status == TrajectoryStatus::Running)
                running.insert(t.providerId, &t);
        });
        QHash<Id, qint64> runningLine; // provider -> the file's row that runs it
        for (const Pending &row : std::as_const(m_pending)) {
            const auto it = running.constFind(row.value.providerId);
            if (row.stored && it != running.cend() && (*it)->id == row.stored->id &&
                row.value.status != TrajectoryStatus::Running)
                running.remove(row.value.providerId);
        }
        for (const Pending &row : std::as_const(m_pending)) {
            if (row.value.status != TrajectoryStatus::Running)
                continue;
            const Id provider = row.value.providerId;
            const auto storedRunning = running.constFind(provider);
            if (storedRunning != running.cend() && row.stored &&
                (*storedRunning)->id == row.stored->id)
                continue; // still the same one
            if (const auto line = runningLine.constFind(provider); line != runningLine.cend()) {
                report(row.line, m_file.columns.at(col::TrajectoryStatus),
                       tr("Provider %1 would have two running trajectories: this one and the "
                          "one on line %2.")
                           .arg(m_context.providers.codeOf(provider))
                           .arg(*line));
            } else if (storedRunning != running.cend()) {
                report(row.line, m_file.columns.at(col::TrajectoryStatus),
                       tr("Provider %1 already has a running trajectory (started %2) that this "
                          "file does not end.")
                           .arg(m_context.providers.codeOf(provider),
                                isoDate((*storedRunning)->startDate)));
            } else {
                runningLine.insert(provider, row.line);
            }
        }
    }

    QList<Pending> m_pending;
};

} // namespace

std::unique_ptr<FileImport> makeTrajectoryImport(ImportContext &context)
{
    return std::make_unique<TrajectoryImport>(context);
}

} // namespace wzsw
