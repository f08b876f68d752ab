#include "exchange/exchangeprofile.h"

#include "exchange/exchangefiles.h"
#include "exchange/exchangerows.h"
#include "exchange/exportoutput.h"
#include "storage/exchangeorder.h"
#include "storage/table.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// Writes the exchange files one after the other, counting rows for progress.
class ExchangeWriter
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ExchangeProfile)

public:
    ExchangeWriter(Database &db, const CsvDialect &dialect, ExportOutput &output,
                   const ExportProgress &progress)
        : m_db(db), m_dialect(dialect), m_output(output), m_progress(progress)
    {}

    Result<QList<ExportedFile>> writeAll()
    {
        if (Status status = countAll(); !status)
            return status.error();
        QList<ExportedFile> files;
        const auto add = [&](Result<ExportedFile> file) {
            if (file)
                files.append(*file);
            return file.ok() ? Status() : Status(file.error());
        };
        for (Status status : {add(write<Municipality>(ExchangeEntity::Municipality)),
                              add(write<Neighbourhood>(ExchangeEntity::Neighbourhood)),
                              add(write<ServiceType>(ExchangeEntity::ServiceType)),
                              add(write<Partner>(ExchangeEntity::Partner)),
                              add(write<Agreement>(ExchangeEntity::Agreement)),
                              add(write<Client>(ExchangeEntity::Client)),
                              add(write<Provider>(ExchangeEntity::Provider)),
                              add(write<Trajectory>(ExchangeEntity::Trajectory)),
                              add(write<LadderAssessment>(ExchangeEntity::Ladder)),
                              add(write<ServiceRequest>(ExchangeEntity::Request)),
                              add(write<Delivery>(ExchangeEntity::Delivery)),
                              add(write<Target>(ExchangeEntity::Target)),
                              add(write<BudgetLine>(ExchangeEntity::Budget)),
                              add(write<ProjectSettings>(ExchangeEntity::Settings))})
            if (!status)
                return status.error();
        return files;
    }

private:
    template <typename T> Status count()
    {
        const Result<qint64> rows = Table<T>(m_db).count();
        if (rows)
            m_total += *rows;
        return rows ? Status() : Status(rows.error());
    }

    Status countAll()
    {
        for (Status status :
             {count<Municipality>(), count<Neighbourhood>(), count<ServiceType>(), count<Partner>(),
              count<Agreement>(), count<Client>(), count<Provider>(), count<Trajectory>(),
              count<LadderAssessment>(), count<ServiceRequest>(), count<Delivery>(),
              count<Target>(), count<BudgetLine>(), count<ProjectSettings>()})
            if (!status)
                return status;
        return {};
    }

    template <typename T> Result<ExportedFile> write(ExchangeEntity entity)
    {
        if (m_failed)
            return Error(*m_failed);
        const ExchangeFile &file = exchangeFile(entity);
        Result<QIODevice *> device = m_output.open(file.name);
        if (!device)
            return fail(device.error());
        CsvWriter csv(*device, m_dialect);
        csv.writeRow(file.columns);
        ExportRow row(m_dialect, file.columns.size());
        ExportedFile written{file.name, 0};
        bool cancelled = false;
        const Status read = Table<T>(m_db).forEach({}, {}, exchangeOrder<T>(), [&](const T &value) {
            exportCells(value, m_codes, row);
            row.writeTo(csv);
            ++written.rows;
            cancelled = ++m_done % 4096 == 0 && !reportProgress();
            return !cancelled;
        });
        if (!read)
            return fail(read.error());
        if (cancelled)
            return fail(Error::make(Error::Kind::Cancelled,
                                    tr("The export was cancelled; nothing was written.")));
        if (Status status = csv.finish(); !status)
            return fail(status.error());
        if (Status status = m_output.close(); !status)
            return fail(status.error());
        reportProgress();
        return written;
    }

    bool reportProgress()
    {
        if (!m_progress)
            return true;
        const int percent = m_total == 0 ? 100 : int(100 * m_done / m_total);
        return m_progress(std::min(percent, 100));
    }

    Error fail(Error error)
    {
        m_failed = error;
        return error;
    }

    Database &m_db;
    const CsvDialect &m_dialect;
    ExportOutput &m_output;
    const ExportProgress &m_progress;
    ExportCodes m_codes;
    qint64 m_total = 0;
    qint64 m_done = 0;
    std::optional<Error> m_failed; ///< later files are not started after a failure
};

} // namespace

QString ExchangeProfile::name() const
{
    return u"exchange"_s;
}

QString ExchangeProfile::description() const
{
    return tr("the whole data file in the exchange format, one CSV file per entity (for "
              "another data file, or as a backup to a spreadsheet)");
}

QString ExchangeProfile::refusal(const ExportRequest &request) const
{
    QStringList options;
    if (request.from.isValid() || request.to.isValid())
        options.append(u"--from/--to"_s);
    if (!request.municipalityCode.isEmpty())
        options.append(u"--municipality"_s);
    if (!request.recipient.isEmpty())
        options.append(u"--recipient"_s);
    if (request.withNames)
        options.append(u"--with-names"_s);
    if (request.withBsn)
        options.append(u"--with-bsn"_s);
    if (options.isEmpty())
        return {};
    return tr("The exchange profile always exports the whole data file, names and BSNs "
              "included; %1 does not apply to it.")
        .arg(options.join(u", "_s));
}

QString ExchangeProfile::scope(const ExportRequest &) const
{
    return u"whole data file"_s;
}

Result<QList<ExportedFile>> ExchangeProfile::write(Database &db, const ExportRequest &,
                                                   const CsvDialect &dialect, ExportOutput &output,
                                                   const ExportProgress &progress) const
{
    return ExchangeWriter(db, dialect, output, progress).writeAll();
}

} // namespace wzsw
