// wzsw-cli demo: a new data file with fictional but plausible data.
#include "democommand.h"

#include "commandline.h"
#include "demo/demogenerator.h"
#include "services/datafilesetup.h"
#include "storage/serverlocation.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace wzsw::cli {

namespace {

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::cli::DemoCommand)

public:
    static int run(const QStringList &arguments)
    {
        CommandLine line(u"demo"_s,
                         tr("Creates a new data file with fictional but plausible data for "
                            "Tilburg and its neighbours over two project years. The same seed "
                            "gives the same file contents."));
        line.addPositional(u"FILE"_s, tr("The new data file (.wzsw)."));
        line.addOption(u"clients"_s,
                       tr("Number of clients (default 400); providers and "
                          "deliveries follow in proportion."),
                       u"N"_s);
        line.addOption(u"seed"_s, tr("Seed of the fictional data (default 1)."), u"S"_s);
        if (const std::optional<int> exit = line.parse(arguments, 1, 1))
            return *exit;
        DemoOptions options;
        qint64 clients = options.clients;
        qint64 seed = options.seed;
        if (!line.integerOption(u"clients"_s, 0, clients) ||
            !line.integerOption(u"seed"_s, 0, seed))
            return Usage;
        if (clients > maxDemoClients || seed > 0xffffffffLL)
            return line.usageError(
                tr("--clients goes up to %1, --seed up to 4294967295.").arg(maxDemoClients));
        options.clients = int(clients);
        options.seed = quint32(seed);

        const QString path = line.positional().front();
        Result<std::unique_ptr<Database>> created = Database::create(path);
        if (!created)
            return fail(created.error());
        const QString shown = (*created)->displayName();
        Result<DemoSummary> summary = makeDemo(**created, options);
        if (!summary) {
            created.value().reset();
            // Never leave half a demo behind. On a server the tables stay, with no demo record:
            // the demo data goes in as one transaction.
            if (!ServerLocation::isServer(path))
                QFile::remove(path);
            return fail(summary.error());
        }
        print(tr("Created %1: %2 clients, %3 providers, %4 deliveries.")
                  .arg(shown)
                  .arg(summary->clients)
                  .arg(summary->providers)
                  .arg(summary->deliveries));
        return Done;
    }

private:
    static Result<DemoSummary> makeDemo(Database &db, const DemoOptions &options)
    {
        if (Status status = initialiseDataFile(db, std::nullopt); !status)
            return status.error();
        Progress progress(tr("Making demo data"));
        return generateDemo(db, options, progress.callback());
    }
};

} // namespace

int runDemo(const QStringList &arguments)
{
    return DemoCommand::run(arguments);
}

} // namespace wzsw::cli
