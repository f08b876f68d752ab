#include "exchange/servermigration.h"

#include "exchange/exporter.h"
#include "exchange/notecopy.h"
#include "storage/database.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace wzsw {

Result<MigrationReport> ServerMigration::run(Database &file, Database &server,
                                             ImportOptions options)
{
    if (file.isServer() || !server.isServer())
        return Error::make(Error::Kind::Invalid,
                           tr("Moving over copies a local data file into the regional server: "
                              "first the .wzsw file, then the connection string."));
    const ExportProfile *exchange = exportProfile(u"exchange");
    // QTemporaryDir makes the folder for its owner alone: the files hold names and BSNs.
    QTemporaryDir folder;
    if (!exchange || !folder.isValid())
        return Error::make(Error::Kind::Io,
                           tr("No temporary folder could be made for moving the data over."));
    const std::function<bool(int)> progress = options.progress;
    const auto half = [&progress](int offset) -> std::function<bool(int)> {
        if (!progress)
            return {};
        return [&progress, offset](int percent) {
            return progress(offset + percent / 2);
        };
    };

    ExportRequest request;
    request.reason = u"copied to the regional server "_s + server.displayName();
    const Result<ExportSummary> exported =
        Exporter(file).run(*exchange, request, folder.filePath(u"exchange"_s), half(0));
    if (!exported)
        return exported.error();

    ImportCounts notes;
    options.migration = true;
    options.progress = half(50);
    options.alsoInTransaction = [&file, &notes](Database &target) -> Status {
        Result<ImportCounts> copied = NoteCopy(file, target).run();
        if (!copied)
            return copied.error();
        notes = *copied;
        return {};
    };
    Result<ImportReport> imported = Importer(server).run({exported->path}, options);
    if (!imported)
        return imported.error();
    return MigrationReport{std::move(imported).value(), notes};
}

} // namespace wzsw
