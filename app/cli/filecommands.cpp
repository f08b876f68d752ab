// Commands about the data file as a whole: init, backup.
#include "filecommands.h"

#include "commandline.h"
#include "rules/entityrules.h"
#include "services/datafilesetup.h"
#include "services/filechecker.h"
#include "services/privacysettings.h"
#include "storage/backup.h"
#include "storage/serverlocation.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace wzsw::cli {

namespace {

class FileCommands
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::cli::FileCommands)

public:
    static int init(const QStringList &arguments)
    {
        CommandLine line(u"init"_s, tr("Creates a new data file with the default service types."));
        line.addPositional(u"FILE"_s, tr("The new data file (.wzsw)."));
        line.addOption(u"municipality"_s, tr("CBS code of the first municipality, e.g. GM0855."),
                       u"CODE"_s);
        line.addOption(u"name"_s, tr("Name of the first municipality, e.g. Tilburg."), u"NAME"_s);
        if (const std::optional<int> exit = line.parse(arguments, 1, 1))
            return *exit;
        std::optional<Municipality> first;
        if (line.isSet(u"municipality"_s) != line.isSet(u"name"_s))
            return line.usageError(tr("--municipality and --name go together."));
        if (line.isSet(u"municipality"_s)) {
            first = Municipality{};
            first->code = line.value(u"municipality"_s);
            first->name = line.value(u"name"_s);
        }
        // Checked before anything is made: a server's tables, once made, stay.
        if (first)
            if (const QList<RuleViolation> violations = validateMunicipality(*first);
                !violations.isEmpty())
                return fail(Error::invalid(violations));
        const QString path = line.positional().front();
        Result<std::unique_ptr<Database>> created = Database::create(path);
        if (!created)
            return fail(created.error());
        const QString shown = (*created)->displayName();
        if (Status status = initialiseDataFile(**created, first); !status) {
            created.value().reset();
            // Never leave a half-initialised file behind. On a server the tables stay; only
            // a storage failure gets here, the municipality was checked before.
            if (!ServerLocation::isServer(path))
                QFile::remove(path);
            return fail(status.error());
        }
        print(tr("Created %1.").arg(shown));
        return Done;
    }

    static int backup(const QStringList &arguments)
    {
        CommandLine line(u"backup"_s,
                         tr("Writes a consistent, verified copy of a data file, also while the "
                            "file is open in another program."));
        line.addPositional(u"FILE"_s, tr("The data file."));
        line.addPositional(u"OUT"_s, tr("Where the copy goes."));
        if (const std::optional<int> exit = line.parse(arguments, 2, 2))
            return *exit;
        if (ServerLocation::isServer(line.positional().at(0)))
            return fail(tr("backup copies a local data file. The regional server is backed up "
                           "with PostgreSQL's own pg_dump, by its administrator."));
        const std::unique_ptr<Database> db =
            openDataFile(line.positional().at(0), Database::Mode::ReadOnly);
        if (!db)
            return Failed;
        if (Status status = Backup::copyTo(*db, line.positional().at(1)); !status)
            return fail(status.error());
        print(tr("Copied to %1 and verified.").arg(line.positional().at(1)));
        return Done;
    }

    static int check(const QStringList &arguments)
    {
        CommandLine line(u"check"_s,
                         tr("Checks a data file: schema version, integrity, references, the audit "
                            "log and every rule over every record. Exit status 1 when anything "
                            "is wrong, with the list of problems."));
        line.addPositional(u"FILE"_s, tr("The data file."));
        if (const std::optional<int> exit = line.parse(arguments, 1, 1))
            return *exit;
        const std::unique_ptr<Database> db =
            openDataFile(line.positional().front(), Database::Mode::ReadOnly);
        if (!db)
            return Failed;
        const Result<FileCheckReport> report = FileChecker(*db).run();
        if (!report)
            return fail(report.error());
        print(report->summaryText());
        printRetention(*db);
        if (report->healthy())
            return Done;
        for (const FileProblem &problem : report->problems)
            printError(problem.describe());
        return fail(tr("%n problem(s) found.", nullptr, int(report->summary.problems)));
    }

private:
    /// People past the retention period are a task for the project leader, not damage to the
    /// file: listed on stdout, they leave the exit status alone.
    static void printRetention(Database &db)
    {
        PrivacySettings settings(db);
        const Result<int> years = settings.retentionYears();
        const Result<QList<RetentionDue>> due = settings.pastRetention();
        if (!years || !due) {
            printError(tr("The retention period could not be checked: %1")
                           .arg((!years ? years.error() : due.error()).message));
            return;
        }
        if (due->isEmpty()) {
            print(tr("Retention: nobody is past the period of %n year(s) after the end.", nullptr,
                     *years));
            return;
        }
        print(tr("Retention: %n person(s) past the period of %1 year(s) after the end; erase "
                 "them (wzsw-cli erase) unless they must be kept longer:",
                 nullptr, int(due->size()))
                  .arg(*years));
        for (const RetentionDue &person : *due)
            print(u"  "_s + (person.kind == PersonKind::Client ? tr("client %1, ended %2")
                                                               : tr("provider %1, left %2"))
                                .arg(person.code, person.relationEnded.toString(Qt::ISODate)));
    }
};

} // namespace

int runCheck(const QStringList &arguments)
{
    return FileCommands::check(arguments);
}

int runInit(const QStringList &arguments)
{
    return FileCommands::init(arguments);
}

int runBackup(const QStringList &arguments)
{
    return FileCommands::backup(arguments);
}

} // namespace wzsw::cli
