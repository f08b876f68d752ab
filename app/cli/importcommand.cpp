// wzsw-cli import: exchange-format CSV files into a data file.
#include "commandline.h"
#include "exchange/importer.h"
#include "exchangecommands.h"

#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace wzsw::cli {

namespace {

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::cli::ImportCommand)

public:
    static int run(const QStringList &arguments)
    {
        CommandLine line(u"import"_s,
                         tr("Imports exchange-format CSV files (municipalities.csv ... "
                            "settings.csv) into a data file, all or nothing: on any problem "
                            "nothing is stored and every problem is listed."));
        line.addPositional(u"FILE"_s, tr("The data file (.wzsw)."));
        line.addPositional(u"PATH"_s, tr("CSV files, or folders of them."), u"PATH..."_s);
        line.addOption(u"dry-run"_s, tr("Check everything and report what would be imported, "
                                        "but store nothing."));
        if (const std::optional<int> exit = line.parse(arguments, 2, -1))
            return *exit;
        const std::unique_ptr<Database> db = openDataFile(line.positional().constFirst());
        if (!db)
            return Failed;
        ImportOptions options;
        options.dryRun = line.isSet(u"dry-run"_s);
        Progress progress(tr("Importing"));
        options.progress = progress.callback();
        const Result<ImportReport> report = Importer(*db).run(line.positional().mid(1), options);
        if (!report)
            return fail(report.error());
        if (!report->ok()) {
            QTextStream err(stderr);
            for (const QString &problem : report->problems.lines())
                err << problem << u'\n';
            err.flush();
            return fail(tr("%n problem(s) found; nothing was stored.", nullptr,
                           int(std::min<qint64>(report->problems.total(), INT_MAX))));
        }
        for (const ImportReport::File &file : report->files)
            print(tr("%1: %2 added, %3 updated, %4 unchanged")
                      .arg(file.name)
                      .arg(file.counts.added)
                      .arg(file.counts.updated)
                      .arg(file.counts.unchanged));
        print(options.dryRun ? tr("Dry run: every row is valid; nothing was stored.")
                             : tr("Imported."));
        return Done;
    }
};

} // namespace

int runImport(const QStringList &arguments)
{
    return ImportCommand::run(arguments);
}

} // namespace wzsw::cli
