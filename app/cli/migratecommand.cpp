// wzsw-cli migrate: one municipality's local data file into the regional database.
#include "commandline.h"
#include "exchange/servermigration.h"
#include "exchangecommands.h"
#include "storage/serverlocation.h"

#include <climits>

using namespace Qt::StringLiterals;

namespace wzsw::cli {

namespace {

class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::cli::MigrateCommand)

public:
    static int run(const QStringList &arguments)
    {
        CommandLine line(
            u"migrate"_s,
            tr("Copies a local data file into the regional database, all or nothing, every code "
               "kept. Conflicts (a code the server holds with other data, a municipality the "
               "server does not have) are listed and then nothing is copied. The way back: "
               "'wzsw-cli export SERVER --profile exchange' and 'wzsw-cli import' into a new "
               "file."));
        line.addPositional(u"FILE"_s, tr("The local data file (.wzsw)."));
        line.addPositional(u"SERVER"_s,
                           tr("The regional database: postgresql://user@host:port/database "
                              "(the password from PGPASSWORD or ~/.pgpass)."));
        if (const std::optional<int> exit = line.parse(arguments, 2, 2))
            return *exit;
        const QString filePath = line.positional().at(0);
        const QString serverLocation = line.positional().at(1);
        if (ServerLocation::isServer(filePath) || !ServerLocation::isServer(serverLocation))
            return line.usageError(
                tr("First the local data file, then the connection string postgresql://..."));

        // The file for writing: its writer lock keeps others out while it is copied, and the
        // export is recorded in its audit log.
        const std::unique_ptr<DataFileSession> file = openSession(filePath);
        if (!file)
            return Failed;
        const std::unique_ptr<Database> server = openDataFile(serverLocation);
        if (!server)
            return Failed;
        ImportOptions options;
        Progress progress(tr("Copying"));
        options.progress = progress.callback();
        const Result<MigrationReport> migration =
            ServerMigration::run(file->database(), *server, options);
        if (!migration)
            return fail(migration.error());
        const ImportReport *report = &migration->import;
        if (!report->ok()) {
            for (const QString &problem : report->problems.lines())
                printError(problem);
            return fail(tr("%n conflict(s) or problem(s) found; nothing was copied to %1.", nullptr,
                           int(std::min<qint64>(report->problems.total(), INT_MAX)))
                            .arg(server->displayName()));
        }
        for (const ImportReport::File &exchangeFile : report->files)
            print(tr("%1: %2 copied, %3 already on the server")
                      .arg(exchangeFile.name)
                      .arg(exchangeFile.counts.added)
                      .arg(exchangeFile.counts.unchanged));
        print(tr("%1: %2 copied, %3 already on the server")
                  .arg(tr("contact notes"))
                  .arg(migration->notes.added)
                  .arg(migration->notes.unchanged));
        print(tr("Copied %1 to %2.").arg(filePath, server->displayName()));
        return Done;
    }
};

} // namespace

int runMigrate(const QStringList &arguments)
{
    return MigrateCommand::run(arguments);
}

} // namespace wzsw::cli
