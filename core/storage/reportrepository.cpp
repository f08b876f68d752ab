#include "storage/reportrepository.h"

#include "common/values.h"
#include "storage/mappinghelpers.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

const QString sameReport = u"kind = ? AND scope = ? AND from_date = ? AND to_date = ?"_s;

QVariantList sameReportParams(ReportKind kind, const QString &scope, const Period &period)
{
    return {reportKindCode(kind), scope, isoDate(period.from), isoDate(period.to)};
}

} // namespace

const QString &Mapping<StoredReport>::table()
{
    static const QString name = u"reports"_s;
    return name;
}

const QStringList &Mapping<StoredReport>::columns()
{
    static const QStringList list{u"kind"_s,       u"scope"_s,      u"from_date"_s,
                                  u"to_date"_s,    u"what_works"_s, u"what_does_not_work"_s,
                                  u"next_steps"_s, u"issued_at"_s,  u"issued_by"_s,
                                  u"figures"_s};
    return list;
}

QVariantList Mapping<StoredReport>::values(const StoredReport &r)
{
    return Binder()
        .text(reportKindCode(r.kind))
        .text(r.scope)
        .date(r.period.from)
        .date(r.period.to)
        .text(r.narrative.whatWorks)
        .text(r.narrative.whatDoesNotWork)
        .text(r.narrative.nextSteps)
        .text(r.issuedAt.isValid() ? r.issuedAt.toUTC().toString(Qt::ISODate) : QString())
        .text(r.issuedBy)
        .text(QString::fromUtf8(r.figures))
        .take();
}

void Mapping<StoredReport>::read(const QSqlQuery &query, int first, StoredReport &r)
{
    Reader reader(query, first);
    r.kind = reportKindFromCode(reader.text()).value_or(ReportKind::Final);
    r.scope = reader.text();
    r.period.from = reader.date();
    r.period.to = reader.date();
    r.narrative.whatWorks = reader.text();
    r.narrative.whatDoesNotWork = reader.text();
    r.narrative.nextSteps = reader.text();
    const QString issuedAt = reader.text();
    r.issuedAt = issuedAt.isEmpty() ? QDateTime() : QDateTime::fromString(issuedAt, Qt::ISODate);
    r.issuedBy = reader.text();
    r.figures = reader.text().toUtf8();
}

Result<std::optional<StoredReport>> ReportRepository::draft(ReportKind kind, const QString &scope,
                                                            const Period &period) const
{
    return m_reports.findWhere(sameReport + u" AND issued_at IS NULL"_s,
                               sameReportParams(kind, scope, period));
}

Result<std::optional<StoredReport>>
ReportRepository::latestIssued(ReportKind kind, const QString &scope, const Period &period) const
{
    Result<QList<StoredReport>> found =
        m_reports.list(sameReport + u" AND issued_at IS NOT NULL"_s,
                       sameReportParams(kind, scope, period), u"issued_at DESC, id DESC"_s);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<StoredReport>();
    return std::optional<StoredReport>(found->front());
}

Result<QList<StoredReport>> ReportRepository::issued() const
{
    return m_reports.list(u"issued_at IS NOT NULL"_s, {}, u"issued_at DESC, id DESC"_s);
}

} // namespace wzsw
