#pragma once

#include "common/result.h"
#include "domain/enums.h"
#include "domain/ids.h"
#include "domain/recordkind.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace wzsw {

class Database;

/// One record in a person's history, as plain values: the UI words and formats them. Which
/// fields a kind fills is said at each field; the others keep their defaults.
struct TimelineEntry
{
    QDate date; ///< start (trajectory), request date, delivery date, assessment or note date
    RecordKind kind = RecordKind::ContactNote;
    Id id = 0;
    /// Request, delivery: the service type's name as stored, in the display language (the
    /// Dutch name when there is no English one).
    QString serviceType;
    /// Request, delivery: the code of the person on the other side (the provider on a client's
    /// page, the client on a provider's); empty for a request not matched yet.
    QString otherCode;
    int quarterHours = 0; ///< delivery
    RequestStatus requestStatus = RequestStatus::Open;
    TrajectoryType trajectoryType = TrajectoryType::Orientation;
    TrajectoryStatus trajectoryStatus = TrajectoryStatus::Planned;
    int level = 0; ///< ladder assessment: 1-6
    /// Request description, delivery note, case note text: at most the first
    /// `TimelineQueries::textLength` characters, as stored (line breaks kept).
    QString text;
    QString author; ///< case note
};

/// Newest entries of a person's timeline, and whether older ones were left out.
struct TimelinePage
{
    QList<TimelineEntry> entries;
    bool more = false; ///< there are entries older than the last one returned
};

/// The history of one client or provider (the person's page), newest first: everything that
/// belongs to them per spec/domain.md.
/// - A client: their requests, the deliveries they received, the case notes about them.
/// - A provider: their trajectories, ladder assessments, the deliveries they made, the case
///   notes about them, and the requests matched to them (reading of "belongs to": a matched
///   request is part of the provider's work; the request's date is the client's request date).
/// Order: date descending; on the same date by RecordKind's order (trajectory, request,
/// delivery, assessment, note), then the newest record (highest id) first. Each kind is read
/// through an index that starts with the person and merged in that order, so the cost follows
/// the person's records, not the size of the file.
class TimelineQueries
{
public:
    explicit TimelineQueries(const Database &db) : m_db(db) {}

    /// Longest text an entry carries.
    static constexpr int textLength = 200;

    /// The newest `limit` entries of the client or provider `person` (kind Client or Provider;
    /// any other kind gives an empty page).
    Result<TimelinePage> entries(RecordKind personKind, Id person, int limit = 200,
                                 Language language = displayLanguage()) const;

    /// The lines of EXPLAIN QUERY PLAN for the timeline of a `personKind`, so a test can check
    /// that every table is searched through an index and none is scanned.
    Result<QStringList> queryPlan(RecordKind personKind) const;

private:
    const Database &m_db;
};

} // namespace wzsw
