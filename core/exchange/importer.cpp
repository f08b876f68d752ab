#include "exchange/importer.h"

#include "exchange/importcontext.h"
#include "exchange/importfactories.h"
#include "storage/auditrepository.h"
#include "storage/bulkload.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

struct SourceFile
{
    QString path;
    QString name;
    const ExchangeFile *spec = nullptr;
    std::shared_ptr<FileImport> import; ///< made once the data file is open
};

/// Percentages over the bytes of all files; asks the caller every so many rows.
class ImportProgress
{
public:
    ImportProgress(const std::function<bool(int)> &callback, qint64 totalBytes)
        : m_callback(callback), m_total(std::max<qint64>(totalBytes, 1))
    {}

    /// False when the user cancelled.
    bool at(qint64 bytesOfThisFile)
    {
        if (!m_callback)
            return true;
        const int percent = int(100 * (m_done + bytesOfThisFile) / m_total);
        if (percent == m_last)
            return true;
        m_last = percent;
        return m_callback(std::min(percent, 100));
    }
    void fileDone(qint64 bytes) { m_done += bytes; }

private:
    const std::function<bool(int)> &m_callback;
    qint64 m_total;
    qint64 m_done = 0;
    int m_last = -1;
};

std::unique_ptr<FileImport> makeImport(ExchangeEntity entity, ImportContext &context)
{
    for (const auto make :
         {&makeOrganisationImport, &makePeopleImport, &makeWorkImport, &makePlanningImport})
        if (std::unique_ptr<FileImport> import = make(entity, context))
            return import;
    return nullptr;
}

QString auditSummary(const ImportReport &report)
{
    QStringList parts;
    for (const ImportReport::File &file : report.files)
        parts.append(file.name + u": "_s + QString::number(file.counts.added) + u" added, "_s +
                     QString::number(file.counts.updated) + u" updated, "_s +
                     QString::number(file.counts.unchanged) + u" unchanged"_s);
    return parts.join(u"; "_s);
}

} // namespace

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::Importer)

public:
    ImportRun(Database &db, const ImportOptions &options)
        : m_db(db), m_options(options), m_context(db, m_report.problems)
    {
        m_report.problems = ImportProblems(options.problemLimit);
        m_context.migration = options.migration;
    }

    Result<ImportReport> run(const QStringList &paths)
    {
        QList<SourceFile> sources = gather(paths);
        WriteTransaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        if (Status status = m_context.load(); !status)
            return status.error();
        QStringList emptyTables;
        qint64 totalBytes = 0;
        for (SourceFile &source : sources) {
            source.import = makeImport(source.spec->entity, m_context);
            if (Status status = source.import->begin(); !status)
                return status.error();
            if (source.import->startsEmpty())
                emptyTables.append(source.import->table());
            totalBytes += QFileInfo(source.path).size();
        }
        ImportProgress progress(m_options.progress, totalBytes);
        // The indexes of tables that start empty are built once, after the load. When nothing
        // is to be stored the load stops before that: the rollback restores them anyway.
        bool rollingBack = false;
        const Status loaded = withIndexesSuspended(m_db, emptyTables, [&]() -> Status {
            for (const SourceFile &source : std::as_const(sources))
                if (Status status = readFile(source, progress); !status)
                    return status;
            rollingBack = !m_report.ok() || m_options.dryRun;
            return rollingBack ? Status(Error::make(Error::Kind::Cancelled, QString())) : Status();
        });
        if (rollingBack)
            return std::move(m_report); // the transaction rolls back
        if (!loaded)
            return loaded.error();
        if (m_options.alsoInTransaction)
            if (Status status = m_options.alsoInTransaction(m_db); !status)
                return status.error();
        AuditEntry entry = AuditEntry::by(u"import"_s, u"file"_s, 0, {}, auditSummary(m_report));
        if (Status status = AuditRepository(m_db).append(entry); !status)
            return status.error();
        if (Status status = tx.commit(); !status)
            return status.error();
        m_report.stored = true;
        return std::move(m_report);
    }

private:
    void fileProblem(const QString &file, const QString &message, qint64 line = 0)
    {
        m_report.problems.add(ImportProblem{file, line, QString(), message});
        m_context.stopWriting();
    }

    /// The files behind `paths`, in dependency order; problems for unknown names and repeats.
    QList<SourceFile> gather(const QStringList &paths)
    {
        QList<SourceFile> sources;
        for (const QString &path : paths) {
            const QFileInfo info(path);
            QStringList files;
            if (info.isDir()) {
                const QFileInfoList entries =
                    QDir(path).entryInfoList({u"*.csv"_s}, QDir::Files, QDir::Name);
                for (const QFileInfo &entry : entries)
                    files.append(entry.filePath());
                if (files.isEmpty())
                    fileProblem(path, tr("This folder holds no .csv files."));
            } else if (info.isFile()) {
                files.append(path);
            } else {
                fileProblem(path, tr("There is no such file or folder."));
            }
            for (const QString &file : std::as_const(files))
                addSource(sources, file);
        }
        std::stable_sort(sources.begin(), sources.end(), [](const auto &a, const auto &b) {
            return a.spec->entity < b.spec->entity;
        });
        return sources;
    }

    void addSource(QList<SourceFile> &sources, const QString &path)
    {
        const QString name = QFileInfo(path).fileName();
        const ExchangeFile *spec = exchangeFileNamed(name);
        if (!spec) {
            QStringList names;
            for (const ExchangeFile &file : exchangeFiles())
                names.append(file.name);
            fileProblem(name, tr("This is not a file of the exchange format; the file name says "
                                 "what it holds and must be one of: %1.")
                                  .arg(names.join(u", "_s)));
            return;
        }
        for (const SourceFile &other : std::as_const(sources))
            if (other.spec == spec) {
                fileProblem(name, tr("%1 is given twice (also as %2).")
                                      .arg(spec->name, QDir::toNativeSeparators(other.path)));
                return;
            }
        sources.append({path, name, spec, nullptr});
    }

    Status readFile(const SourceFile &source, ImportProgress &progress)
    {
        Result<CsvReader> reader = CsvReader::open(source.path);
        if (!reader) {
            fileProblem(source.name, reader.error().message);
            return {};
        }
        FileImport *import = source.import.get();
        CsvRecord record;
        if (!reader->next(record)) {
            if (!reader->error())
                fileProblem(source.name,
                            tr("The file is empty: it needs a header row with the column "
                               "names."));
        } else if (import->readHeader(record, source.name)) {
            qint64 rows = 0;
            while (reader->next(record)) {
                if (record.isBlank())
                    continue;
                if (Status status = import->row(record); !status)
                    return status;
                if (++rows % 4096 == 0 && !progress.at(reader->position()))
                    return Error::make(Error::Kind::Cancelled,
                                       tr("The import was cancelled; nothing was stored."));
            }
            if (!reader->error())
                if (Status status = import->finish(); !status)
                    return status;
        }
        if (const std::optional<CsvError> &error = reader->error())
            fileProblem(source.name, error->message, error->line);
        progress.fileDone(reader->size());
        m_report.files.append({source.name, import->counts()});
        return {};
    }

    Database &m_db;
    const ImportOptions &m_options;
    ImportReport m_report;
    ImportContext m_context;
};

Result<ImportReport> Importer::run(const QStringList &paths, const ImportOptions &options)
{
    ImportRun run(m_db, options);
    return run.run(paths);
}

} // namespace wzsw
