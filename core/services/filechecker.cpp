#include "services/filechecker.h"

#include "services/problemcollector.h"
#include "services/recorddescriptions.h"
#include "services/recordrulescan.h"
#include "storage/auditrepository.h"
#include "storage/checkqueries.h"
#include "storage/database.h"
#include "storage/deliverytotals.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

const QString fileEntity = u"file"_s;

class FileChecks
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::FileChecker)

public:
    FileChecks(Database &db, FileCheckReport &report, ProblemCollector &out)
        : m_db(db), m_report(report), m_out(out)
    {}

    void schema()
    {
        FileCheckSummary &summary = m_report.summary;
        summary.schemaVersion = m_db.schemaVersion();
        summary.expectedSchemaVersion = Database::currentSchemaVersion();
        if (summary.schemaVersion != summary.expectedSchemaVersion)
            m_out.add({FileProblem::Kind::Schema,
                       fileEntity,
                       {},
                       {},
                       Rule::Format,
                       tr("The data version is %1; this program reads and writes version %2.")
                           .arg(summary.schemaVersion)
                           .arg(summary.expectedSchemaVersion)});
    }

    // The server checks its own pages and always enforces the references: these two checks
    // are the local file's.
    void integrity()
    {
        if (m_db.isServer()) {
            m_report.summary.fileChecksRun = false;
            return;
        }
        const Result<QStringList> problems = integrityProblems(m_db);
        if (!problems) {
            m_report.summary.structureWhole = false;
            m_out.unreadable(fileEntity, problems.error());
            return;
        }
        m_report.summary.structureWhole = problems->isEmpty();
        for (const QString &line : *problems)
            m_out.add({FileProblem::Kind::Integrity,
                       fileEntity,
                       {},
                       {},
                       Rule::Format,
                       tr("The file's structure is damaged: %1").arg(line)});
    }

    void foreignKeys()
    {
        if (m_db.isServer())
            return;
        const Result<QList<ForeignKeyProblem>> problems = foreignKeyProblems(m_db);
        if (!problems) {
            m_out.unreadable(fileEntity, problems.error());
            return;
        }
        m_report.summary.brokenReferences = problems->size();
        for (const ForeignKeyProblem &p : *problems)
            m_out.add({FileProblem::Kind::ForeignKey,
                       p.entity,
                       tr("row %1").arg(p.rowId),
                       {},
                       Rule::UnknownCode,
                       tr("Refers to a %1 that does not exist.").arg(p.parentEntity)});
    }

    void auditChain()
    {
        const Result<std::optional<Id>> broken = AuditRepository(m_db).firstBrokenEntry();
        if (!broken) {
            m_out.unreadable(u"audit"_s, broken.error());
            return;
        }
        m_report.summary.firstBrokenAuditEntry = *broken;
        if (broken->has_value())
            m_out.add({FileProblem::Kind::AuditChain,
                       u"audit"_s,
                       tr("entry %1").arg(**broken),
                       {},
                       Rule::Format,
                       tr("The audit log was changed or shortened from this entry on.")});
    }

    // The totals the report figures read, against the deliveries they add up: triggers keep
    // them, so only a write around the program's schema (a dropped trigger, an edited total)
    // makes them differ.
    void deliveryTotals()
    {
        const Result<QStringList> differing = deliverytotals::differences(m_db);
        if (!differing) {
            m_out.unreadable(u"delivery"_s, differing.error());
            return;
        }
        for (const QString &table : *differing)
            m_out.add({FileProblem::Kind::Integrity,
                       fileEntity,
                       table,
                       {},
                       Rule::Format,
                       tr("The totals the reports read do not agree with the deliveries, so "
                          "reports from this file would show wrong figures. Restore the latest "
                          "backup, or import the file's exchange export into a new file.")});
    }

    // The rules that span records and that a query answers at once.

    void sharedBsns()
    {
        for (const PersonKind kind : {PersonKind::Client, PersonKind::Provider}) {
            const QString entity = kind == PersonKind::Client ? u"client"_s : u"provider"_s;
            const Result<QList<QStringList>> groups = codesSharingBsn(m_db, kind);
            if (!groups) {
                m_out.unreadable(entity, groups.error());
                continue;
            }
            for (const QStringList &codes : *groups)
                for (const QString &code : codes)
                    m_out.add(
                        {FileProblem::Kind::Rule, entity, code, u"bsn"_s, Rule::Unique,
                         tr("The BSN is recorded for %1 as well.").arg(othersThan(codes, code))});
        }
    }

    void severalRunning()
    {
        const Result<QList<SeveralRunning>> running = providersWithSeveralRunning(m_db);
        if (!running)
            m_out.unreadable(u"trajectory"_s, running.error());
        else
            for (const SeveralRunning &r : *running)
                m_out.add({FileProblem::Kind::Rule, u"provider"_s, r.providerCode, u"status"_s,
                           Rule::OneRunning,
                           tr("%n trajectory(s) are running at once; at most one may run.", nullptr,
                              int(r.count))});
    }

    void unevenHours()
    {
        const Result<QList<UnevenHours>> uneven = deliveriesWithUnevenHours(m_db);
        if (!uneven)
            m_out.unreadable(u"delivery"_s, uneven.error());
        else
            for (const UnevenHours &u : *uneven) {
                Delivery delivery;
                delivery.date = u.date;
                m_out.add({FileProblem::Kind::Rule, u"delivery"_s,
                           describeDelivery(u.clientCode, u.providerCode, delivery), u"hours"_s,
                           Rule::HoursStep,
                           tr("%1 hours is not a multiple of a quarter hour.")
                               .arg(QString::number(u.quarterHours / 4.0))});
            }
    }

private:
    static QString othersThan(const QStringList &codes, const QString &code)
    {
        QStringList others = codes;
        others.removeAll(code);
        return others.join(u", "_s);
    }

    Database &m_db;
    FileCheckReport &m_report;
    ProblemCollector &m_out;
};

} // namespace

Result<FileCheckReport> FileChecker::run()
{
    ReadTransaction snapshot(m_db);
    if (!snapshot.ok())
        return snapshot.error();
    FileCheckReport report;
    ProblemCollector out(report, m_listLimit);
    FileChecks checks(m_db, report, out);
    checks.schema();
    checks.integrity();
    checks.foreignKeys();
    checks.auditChain();
    checks.deliveryTotals();
    RecordRuleScan(m_db, m_today, out).run();
    checks.sharedBsns();
    checks.severalRunning();
    checks.unevenHours();
    return report;
}

} // namespace wzsw
