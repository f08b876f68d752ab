#pragma once

#include "common/result.h"
#include "domain/enums.h"
#include "figures/reportdata.h"
#include "storage/figurequeries.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace wzsw {

class Database;

/// Which identifying columns a person-level export reads. Only what is asked for is read at
/// all, so an export without names never has a name in memory.
struct IdentityColumns
{
    bool names = false;
    bool bsn = false;
};

/// A person's identifying data; empty unless IdentityColumns asked for it.
struct PersonIdentity
{
    QString givenName;
    QString familyNamePrefix;
    QString familyName;
    QString bsn;
};

/// One row of the `wmo` export: a client and a service type with deliveries in the period.
struct WmoRow
{
    Id clientId = 0;
    PersonIdentity identity;
    int birthYear = 0;
    QString neighbourhoodCode;
    QString targetGroupCodes; ///< codes joined by `|`, in no particular order
    bool livesAlone = false;
    Id serviceTypeId = 0;
    qint64 deliveries = 0;
    qint64 quarterHours = 0;
};

/// One row of the `participation` export: a provider and the trajectory the row is about.
struct ParticipationRow
{
    Id providerId = 0;
    PersonIdentity identity;
    int birthYear = 0;
    QString neighbourhoodCode;
    std::optional<Background> background;
    std::optional<TrajectoryType> trajectoryType;
    std::optional<Framework> framework;
    QDate start;
    QDate plannedEnd;
    QDate actualEnd;
    std::optional<TrajectoryStatus> status;
    int ladderFirst = 0;  ///< 1..6; 0 = no assessment
    int ladderLatest = 0; ///< 1..6; 0 = no assessment
    qint64 quarterHours = 0;
    QDate courseEnrolled;
    int courseLevel = 0;
    QDate courseCertified;
    QDate courseDropped;
    QDate exitDate;
    std::optional<ExitReason> exitReason;
};

/// One row of the `agreements` export.
struct AgreementExportRow
{
    QString partnerName;
    std::optional<PartnerKind> partnerKind;
    QString title;
    QList<AgreementScope> scopes;
    QDate start;
    QDate end;
    std::optional<AgreementStatus> status;
    QDate reviewDate;
    bool expiring = false;
};

/// The SQL behind the exports for municipal departments (spec/exchange-csv.md "Exports for
/// municipal departments"). Every aggregation runs in the database and the rows stream to the
/// caller one at a time (`visit` returns false to stop), so an export over a million deliveries
/// holds one row in memory. The scope follows reports.md, as FigureQueries does: a client or
/// provider belongs to the municipality of their neighbourhood, an agreement to its partner's
/// (a regional partner's to every scope). Periods include both ends.
///
/// Rows come ordered by neighbourhood code and birth year (and then by an internal order that
/// keeps a person's rows together), so the order of the rows tells nothing the columns do not.
///
/// Call inside a transaction so that the rows show the data at one moment.
class DepartmentQueries
{
public:
    DepartmentQueries(const Database &db, FigureScope scope) : m_db(db), m_scope(scope) {}

    /// Per client of the scope and service type: the number of deliveries dated in the period
    /// and their hours. Clients without deliveries in the period have no rows.
    Status wmo(const Period &period, IdentityColumns identity,
               const std::function<bool(const WmoRow &)> &visit) const;

    /// Per provider of the scope with a trajectory overlapping the period: see
    /// ParticipationProfile for the definitions of each column.
    Status participation(const Period &period, IdentityColumns identity,
                         const std::function<bool(const ParticipationRow &)> &visit) const;

    /// The agreements of the scope whose period overlaps the export period, whatever their
    /// status, by partner name and title; `expiring` as in reports.md (signed, and the end or
    /// review date at most agreementWarningDays after the period).
    Status agreements(const Period &period,
                      const std::function<bool(const AgreementExportRow &)> &visit) const;

private:
    const Database &m_db;
    FigureScope m_scope;
};

} // namespace wzsw
