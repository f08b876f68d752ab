// wzsw-cli audit: the audit log, as text for people or CSV for programs.
#include "auditcommand.h"

#include "commandline.h"
#include "csv/csvwriter.h"
#include "storage/auditrepository.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace wzsw::cli {

namespace {

class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::cli::AuditCommand)

public:
    static int run(const QStringList &arguments)
    {
        CommandLine line(u"audit"_s,
                         tr("Lists the audit log: when, who, what and on which record. Exit "
                            "status 1 when its hash chain shows that entries were changed or "
                            "removed."));
        line.addPositional(u"FILE"_s, tr("The data file."));
        line.addOption(u"from"_s, tr("First day (yyyy-mm-dd, this computer's time zone)."), u"D"_s);
        line.addOption(u"to"_s, tr("Last day (yyyy-mm-dd), included."), u"D"_s);
        line.addOption(u"format"_s, tr("text (default) or csv (RFC 4180, with the hashes)."),
                       u"FORMAT"_s);
        if (const std::optional<int> exit = line.parse(arguments, 1, 1))
            return *exit;
        QDate from;
        QDate to;
        if (!line.dateOption(u"from"_s, from) || !line.dateOption(u"to"_s, to))
            return Usage;
        const QString format = line.isSet(u"format"_s) ? line.value(u"format"_s) : u"text"_s;
        if (format != u"text"_s && format != u"csv"_s)
            return line.usageError(tr("--format is text or csv, not \"%1\".").arg(format));

        const std::unique_ptr<DataFileSession> session =
            openSession(line.positional().front(), Database::Mode::ReadOnly);
        if (!session)
            return Failed;
        const AuditRepository log(session->database());
        // Whole days as the user counts them, in local time.
        const QDateTime start = from.isValid() ? from.startOfDay() : QDateTime();
        const QDateTime end = to.isValid() ? to.addDays(1).startOfDay() : QDateTime();
        const Result<QList<AuditEntry>> entries = log.entriesBetween(start, end);
        if (!entries)
            return fail(entries.error());
        if (format == u"csv"_s) {
            if (Status status = writeCsv(*entries); !status)
                return fail(status.error());
        } else {
            for (const AuditEntry &e : *entries)
                print(textLine(e));
        }

        const Result<std::optional<Id>> broken = log.firstBrokenEntry();
        if (!broken)
            return fail(broken.error());
        if (broken->has_value())
            return fail(tr("The audit log's chain is broken at entry %1: entries from there on "
                           "were changed, or entries before it removed.")
                            .arg(**broken));
        return Done;
    }

private:
    static QString textLine(const AuditEntry &e)
    {
        QString record = e.entity;
        if (!e.recordCode.isEmpty())
            record += u' ' + e.recordCode;
        QString line = e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"  "_s + e.who +
                       u"  "_s + e.action + u"  "_s + record;
        if (!e.summary.isEmpty())
            line += u"  "_s + e.summary;
        return line;
    }

    static Status writeCsv(const QList<AuditEntry> &entries)
    {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Error::make(Error::Kind::Io, out.errorString());
        CsvWriter csv(&out, CsvDialect::rfc4180());
        csv.writeRow({u"id"_s, u"at"_s, u"who"_s, u"action"_s, u"entity"_s, u"record_id"_s,
                      u"record_code"_s, u"summary"_s, u"previous_hash"_s, u"hash"_s});
        for (const AuditEntry &e : entries)
            csv.writeRow({QString::number(e.id), e.at.toUTC().toString(Qt::ISODateWithMs), e.who,
                          e.action, e.entity,
                          e.recordId == 0 ? QString() : QString::number(e.recordId), e.recordCode,
                          e.summary, e.previousHash, e.hash});
        return csv.finish();
    }
};

} // namespace

int runAudit(const QStringList &arguments)
{
    return AuditCommand::run(arguments);
}

} // namespace wzsw::cli
