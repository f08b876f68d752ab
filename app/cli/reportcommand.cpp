// wzsw-cli report: the figures of a steering-group report as text or JSON (spec/reports.md).
#include "reportcommand.h"

#include "commandline.h"
#include "common/values.h"
#include "figures/computereport.h"
#include "figures/reportjson.h"
#include "rules/identity.h"
#include "storage/placerepository.h"
#ifdef WZSW_WITH_PDF
#include "reportpdf.h"
#endif

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace wzsw::cli {

namespace {

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::cli::ReportCommand)

public:
    static int run(const QStringList &arguments)
    {
        CommandLine line(u"report"_s,
                         tr("Computes the figures of a steering-group report and writes them as "
                            "JSON, or prints the key figures. The period comes from the project "
                            "settings: the project start to the interim-1 date, the interim-2 "
                            "date or the project end; a monthly overview covers the calendar "
                            "month of --to (up to --to), or of today."));
        line.addPositional(u"FILE"_s, tr("The data file."));
        line.addOption(u"kind"_s, tr("interim-1, interim-2, final or monthly."), u"KIND"_s);
        line.addOption(u"from"_s, tr("First day of the period, instead of the default."),
                       u"DATE"_s);
        line.addOption(u"to"_s, tr("Last day of the period, instead of the default."), u"DATE"_s);
        line.addOption(u"municipality"_s,
                       tr("Report for one municipality, e.g. GM0855 (default: the only "
                          "municipality of the file, or the region)."),
                       u"CODE"_s);
        line.addOption(u"region"_s, tr("Report for the region: every municipality."));
        line.addOption(u"lang"_s, tr("Language of the labels: nl or en."), u"LANG"_s);
        line.addOption(u"json"_s, tr("Write the figures as JSON to this file."), u"OUT.json"_s);
        line.addOption(u"pdf"_s,
                       tr("Write the printed report as PDF to this file (A4, with charts; "
                          "recorded in the audit log as printed)."),
                       u"OUT.pdf"_s);
        if (const std::optional<int> exit = line.parse(arguments, 1, 1))
            return *exit;

        ReportRequest request;
        if (const std::optional<int> exit = readRequest(line, request))
            return *exit;
#ifndef WZSW_WITH_PDF
        if (line.isSet(u"pdf"_s))
            return fail(tr("This wzsw-cli was built without the report renderer: PDF output "
                           "is not available; use --json."));
#endif

        // A PDF is recorded in the audit log as printed, so the file is opened for writing.
        const std::unique_ptr<Database> db = openDataFile(
            line.positional().front(),
            line.isSet(u"pdf"_s) ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
        if (!db)
            return Failed;
        if (!line.isSet(u"municipality"_s) && !line.isSet(u"region"_s)) {
            const Result<QList<Municipality>> all = PlaceRepository(*db).allMunicipalities();
            if (!all)
                return fail(all.error());
            if (all->size() == 1)
                request.municipalityCode = all->front().code;
        }
        const Result<ReportData> report = [&db, &request] {
            Progress progress(tr("Computing the report"));
            request.progress = progress.callback();
            Result<ReportData> computed = computeReport(*db, request);
            request.progress = {};
            return computed;
        }();
        if (!report)
            return fail(report.error());

        if (!line.isSet(u"json"_s) && !line.isSet(u"pdf"_s)) {
            printSummary(*report);
            return Done;
        }
        if (line.isSet(u"json"_s))
            if (const int exit = writeJson(*report, line.value(u"json"_s)); exit != Done)
                return exit;
#ifdef WZSW_WITH_PDF
        if (line.isSet(u"pdf"_s))
            return writeReportPdf(*db, *report, displayLanguage(), line.value(u"pdf"_s));
#endif
        return Done;
    }

private:
    // The request from the command line; an exit code when the command line is wrong.
    static std::optional<int> readRequest(CommandLine &line, ReportRequest &request)
    {
        if (!line.isSet(u"kind"_s))
            return line.usageError(
                tr("--kind is needed: %1.").arg(reportKindCodes().join(u", "_s)));
        const std::optional<ReportKind> kind = reportKindFromCode(line.value(u"kind"_s));
        if (!kind)
            return line.usageError(
                tr("--kind must be one of %1, not \"%2\".")
                    .arg(reportKindCodes().join(u", "_s), line.value(u"kind"_s)));
        request.kind = *kind;
        QDate from;
        QDate to;
        if (!line.dateOption(u"from"_s, from) || !line.dateOption(u"to"_s, to))
            return Usage;
        if (from.isValid())
            request.from = from;
        if (to.isValid())
            request.to = to;
        if (from.isValid() && to.isValid() && from > to)
            return line.usageError(tr("--from must not be after --to."));
        if (line.isSet(u"municipality"_s) && line.isSet(u"region"_s))
            return line.usageError(tr("Give either --municipality or --region, not both."));
        if (line.isSet(u"municipality"_s)) {
            request.municipalityCode = line.value(u"municipality"_s).trimmed().toUpper();
            if (!isValidMunicipalityCode(request.municipalityCode))
                return line.usageError(tr("--municipality needs a CBS code like GM0855, not "
                                          "\"%1\".")
                                           .arg(line.value(u"municipality"_s)));
        }
        if (line.isSet(u"lang"_s)) {
            const QString lang = line.value(u"lang"_s);
            if (lang != u"nl"_s && lang != u"en"_s)
                return line.usageError(tr("--lang must be nl or en, not \"%1\".").arg(lang));
            setDisplayLanguage(lang == u"nl"_s ? Language::Dutch : Language::English);
        }
        return std::nullopt;
    }

    static int writeJson(const ReportData &report, const QString &path)
    {
        // Written next to the target and renamed over it: never a half-written report.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reportJsonText(report)) < 0 ||
            !file.commit())
            return fail(tr("%1 could not be written: %2").arg(path, file.errorString()));
        print(tr("Wrote %1.").arg(path));
        return Done;
    }

    static QString hours(qint64 quarterHours)
    {
        return formatHours(quarterHours, mark());
    }
    static QString money(Cents cents)
    {
        return formatMoney(cents, mark());
    }
    static DecimalMark mark()
    {
        return displayLanguage() == Language::Dutch ? DecimalMark::Comma : DecimalMark::Point;
    }
    static QString percent(double value)
    {
        return formatNumber(value, mark());
    }

    static void printSummary(const ReportData &r)
    {
        const Measures &m = r.measures;
        const QString scope =
            r.isRegion() ? tr("region") : r.scopeName + u" ("_s + r.municipalityCode + u')';
        print(reportKindTitle(r.kind, displayLanguage()) + u" - "_s + scope);
        print(tr("Period: %1 .. %2").arg(isoDate(r.period.from), isoDate(r.period.to)));
        print(tr("Clients: %1 new, %2 served, %3 active at the end")
                  .arg(m.clientsNew)
                  .arg(m.clientsServed)
                  .arg(m.clientsActiveAtEnd));
        print(tr("Providers: %1 new, %2 active").arg(m.providersNew).arg(m.providersActive));
        print(tr("Deliveries: %1, %2 hours, fees %3")
                  .arg(m.deliveries)
                  .arg(hours(m.deliveryQuarterHours), money(m.feesCents)));
        print(tr("Trajectories: %1 started, %2 completed, %3 broken off, %4 running at the end")
                  .arg(m.trajectoriesStarted.total())
                  .arg(m.trajectoriesCompleted.total())
                  .arg(m.trajectoriesBrokenOff.total())
                  .arg(m.trajectoriesRunningAtEnd.total()));
        print(tr("Outflow: %1, of which %2 to paid work")
                  .arg(m.outflow.total())
                  .arg(m.outflowPaidWork()));
        print(tr("Course: %1 enrolled, %2 certified").arg(m.courseEnrolled).arg(m.courseCertified));
        print(tr("Participation ladder: %1 assessed, %2 went up")
                  .arg(m.ladderAssessed)
                  .arg(m.ladderUp));
        print(tr("Agreements: %1 active, %2 expiring")
                  .arg(m.agreementsActive)
                  .arg(m.agreementsExpiring));
        print(tr("Budget: income %1 planned, %2 realised; cost %3 planned, %4 realised")
                  .arg(money(m.budgetOf(BudgetKind::Income).plannedCents),
                       money(m.budgetOf(BudgetKind::Income).realisedCents),
                       money(m.budgetOf(BudgetKind::Cost).plannedCents),
                       money(m.budgetOf(BudgetKind::Cost).realisedCents)));
        for (const TargetFigures &t : r.targets)
            print(tr("Target %1 (%2 .. %3): %4 of %5, %6 % realised, %7 % expected%8")
                      .arg(t.measure, isoDate(t.period.from), isoDate(t.period.to),
                           formatNumber(t.actual, mark()), formatNumber(t.value, mark()),
                           percent(t.realisationPct), percent(t.expectedPct),
                           t.behind ? tr(" - behind") : QString()));
    }
};

} // namespace

int runReport(const QStringList &arguments)
{
    return ReportCommand::run(arguments);
}

} // namespace wzsw::cli
