#include "storage/timelinequeries.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// Every arm selects the same columns, in this order; absent values are NULL.
namespace column {
enum : int
{
    Date,
    Kind,
    RecordId,
    ServiceType,
    OtherCode,
    QuarterHours,
    Status,
    Type,
    Level,
    Text,
    Author,
};
} // namespace column

QString kindNumber(RecordKind kind)
{
    return QString::number(int(kind));
}

QString shortText(const QString &column)
{
    return u"substr("_s + column + u", 1, "_s + QString::number(TimelineQueries::textLength) +
           u")"_s;
}

// An absent number. PostgreSQL types a compound's columns arm by arm: two plain NULLs become
// text, and a third arm's number then no longer fits.
const QString noNumber = u"CAST(NULL AS INTEGER)"_s;

QString serviceTypeName(Language language)
{
    return language == Language::English ? u"COALESCE(NULLIF(st.name_en, ''), st.name_nl)"_s
                                         : u"st.name_nl"_s;
}

// One arm per kind, each with one `?` for the person. The arms are merged by SQLite in the
// compound's ORDER BY, each searched through an index that starts with the person: EXPLAIN
// QUERY PLAN shows MERGE (UNION ALL) with a SEARCH ... USING INDEX per arm. Where the index
// goes on by date (notes, assessments, trajectories, a provider's deliveries) the arm comes
// out in order and the LIMIT stops it early; otherwise (a client's deliveries, whose index goes
// by provider first; matched requests) SQLite sorts that person's rows, a few hundred at most.
// The arms a client and a provider share: requests, deliveries and notes. `own` is the
// person's column ("client_id"), `other` the table of the person on the other side, joined by
// `otherColumn` (LEFT JOIN when `otherOptional`: a request may have no provider yet).
QStringList sharedArms(const QString &service, const QString &own, const QString &other,
                       const QString &otherColumn, bool otherOptional)
{
    const QString join = otherOptional ? u"LEFT JOIN "_s : u"JOIN "_s;
    return {
        u"SELECT r.request_date, "_s + kindNumber(RecordKind::Request) + u", r.id, "_s + service +
            u", o.code, "_s + noNumber + u", r.status, NULL, "_s + noNumber + u", "_s +
            shortText(u"r.description"_s) +
            u", NULL FROM service_requests r "
            "JOIN service_types st ON st.id = r.service_type_id "_s +
            join + other + u" o ON o.id = r."_s + otherColumn + u" WHERE r."_s + own + u" = ?"_s,
        u"SELECT d.date, "_s + kindNumber(RecordKind::Delivery) + u", d.id, "_s + service +
            u", o.code, d.quarter_hours, NULL, NULL, "_s + noNumber + u", "_s +
            shortText(u"d.note"_s) +
            u", NULL FROM deliveries d JOIN service_types st ON st.id = d.service_type_id "
            "JOIN "_s +
            other + u" o ON o.id = d."_s + otherColumn + u" WHERE d."_s + own + u" = ?"_s,
        u"SELECT n.date, "_s + kindNumber(RecordKind::ContactNote) + u", n.id, NULL, NULL, "_s +
            noNumber + u", NULL, NULL, "_s + noNumber + u", "_s + shortText(u"n.text"_s) +
            u", n.author FROM contact_notes n WHERE n."_s + own + u" = ?"_s,
    };
}

QStringList clientArms(Language language)
{
    return sharedArms(serviceTypeName(language), u"client_id"_s, u"providers"_s, u"provider_id"_s,
                      true);
}

QStringList providerArms(Language language)
{
    return QStringList{
               u"SELECT t.start_date, "_s + kindNumber(RecordKind::Trajectory) +
                   u", t.id, NULL, NULL, "_s + noNumber + u", t.status, t.type, "_s + noNumber +
                   u", NULL, NULL FROM trajectories t WHERE t.provider_id = ?"_s,
               u"SELECT l.date, "_s + kindNumber(RecordKind::LadderAssessment) +
                   u", l.id, NULL, NULL, "_s + noNumber +
                   u", NULL, NULL, l.level, NULL, NULL "
                   "FROM ladder_assessments l WHERE l.provider_id = ?"_s,
           } +
           sharedArms(serviceTypeName(language), u"provider_id"_s, u"clients"_s, u"client_id"_s,
                      false);
}

template <typename E> E enumOf(const QVariant &value, E fallback)
{
    return fromCode<E>(textOf(value)).value_or(fallback);
}

TimelineEntry entryOf(const QSqlQuery &query)
{
    TimelineEntry entry;
    entry.date = dateOf(query.value(column::Date));
    entry.kind = RecordKind(query.value(column::Kind).toInt());
    entry.id = idOf(query.value(column::RecordId));
    entry.serviceType = textOf(query.value(column::ServiceType));
    entry.otherCode = textOf(query.value(column::OtherCode));
    entry.quarterHours = query.value(column::QuarterHours).toInt();
    if (entry.kind == RecordKind::Request)
        entry.requestStatus = enumOf(query.value(column::Status), RequestStatus::Open);
    if (entry.kind == RecordKind::Trajectory) {
        entry.trajectoryStatus = enumOf(query.value(column::Status), TrajectoryStatus::Planned);
        entry.trajectoryType = enumOf(query.value(column::Type), TrajectoryType::Orientation);
    }
    entry.level = query.value(column::Level).toInt();
    entry.text = textOf(query.value(column::Text));
    entry.author = textOf(query.value(column::Author));
    return entry;
}

QStringList armsFor(RecordKind personKind, Language language)
{
    if (personKind == RecordKind::Client)
        return clientArms(language);
    if (personKind == RecordKind::Provider)
        return providerArms(language);
    return {};
}

// Positions rather than names: the arms name their columns differently.
QString timelineSql(const QStringList &arms)
{
    return arms.join(u" UNION ALL "_s) + u" ORDER BY 1 DESC, 2, 3 DESC LIMIT ?"_s;
}

} // namespace

Result<TimelinePage> TimelineQueries::entries(RecordKind personKind, Id person, int limit,
                                              Language language) const
{
    TimelinePage page;
    if (limit <= 0)
        return page;
    const QStringList arms = armsFor(personKind, language);
    if (arms.isEmpty())
        return page;

    QSqlQuery query = prepare(m_db, timelineSql(arms));
    QVariantList params(arms.size(), QVariant::fromValue(person));
    params.append(limit + 1); // one more than asked tells whether older entries exist
    bindAll(query, params);
    if (Status status = exec(query); !status)
        return status.error();
    while (query.next()) {
        if (page.entries.size() == limit) {
            page.more = true;
            break;
        }
        page.entries.append(entryOf(query));
    }
    return page;
}

Result<QStringList> TimelineQueries::queryPlan(RecordKind personKind) const
{
    const QStringList arms = armsFor(personKind, Language::Dutch);
    if (arms.isEmpty())
        return QStringList();
    QSqlQuery query = prepare(m_db, u"EXPLAIN QUERY PLAN "_s + timelineSql(arms));
    QVariantList params(arms.size(), QVariant::fromValue(Id(1)));
    params.append(1);
    bindAll(query, params);
    if (Status status = exec(query); !status)
        return status.error();
    QStringList lines;
    while (query.next())
        lines.append(query.value(3).toString()); // id, parent, notused, detail
    return lines;
}

} // namespace wzsw
