#pragma once

#include "common/result.h"
#include "domain/ids.h"
#include "domain/recordkind.h"

#include <QDate>
#include <QList>
#include <QString>

namespace wzsw {

class Database;

/// What the project leader should look at (issue 3, "Overzicht").
enum class AttentionKind
{
    AgreementOverdue,  ///< end or review date already passed, still draft or signed
    AgreementDue,      ///< end or review date within agreementWarningDays (60) from today
    TrajectoryOverdue, ///< planned or running, past its planned end date
    RequestWaiting,    ///< open for more than 14 days
    LadderMissing,     ///< active provider without an assessment in the last 6 months
    ConsentMissing,    ///< active client without consent recorded
};

struct AttentionItem
{
    AttentionKind kind = AttentionKind::AgreementDue;
    RecordKind record = RecordKind::Agreement; ///< what opens when the item is chosen
    Id id = 0;
    QString subject; ///< "PA-01 Thebe: Samenwerking 2025", "P-0012 Mehmet Yilmaz", ...
    QDate date;      ///< the date that makes it due (end/review, planned end, request, ...)
};

/// The attention list in SQL, one statement per kind, each oldest (most urgent) first.
/// Readings: "active" provider = started and not exited by today, "active" client = intake
/// on or before today and no end date before today; an agreement that ended or was
/// terminated is not flagged; a review or end date already passed but not acted upon is
/// flagged too (it is the more urgent), when the agreement is still draft or signed, as its
/// own kind (AgreementOverdue) so it is not read as "still 60 days to go".
class AttentionQueries
{
public:
    explicit AttentionQueries(const Database &db) : m_db(db) {}

    /// Open requests older than this many days are flagged.
    static constexpr int requestWaitingDays = 14;
    /// Providers without an assessment in this many months are flagged.
    static constexpr int ladderMonths = 6;

    /// At most `limit` items of each kind.
    Result<QList<AttentionItem>> items(const QDate &today, int limit = 100) const;

private:
    const Database &m_db;
};

} // namespace wzsw
