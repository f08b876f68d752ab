#include "exchange/departmentprofile.h"

#include "csv/csvwriter.h"
#include "exchange/exportoutput.h"
#include "exchange/exportrow.h"
#include "figures/reportperiods.h"
#include "storage/departmentqueries.h"
#include "storage/placerepository.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

constexpr ColumnTitle nameColumns[] = {
    {u"voornaam", u"given name"},
    {u"tussenvoegsel", u"family name prefix"},
    {u"achternaam", u"family name"},
};
constexpr ColumnTitle bsnColumn = {u"BSN", u"BSN"};

// The scope of a resolved request: the municipality's id, or the region.
Result<FigureScope> scopeOf(Database &db, const QString &municipalityCode)
{
    if (municipalityCode.isEmpty())
        return FigureScope{};
    const Result<std::optional<Municipality>> found =
        PlaceRepository(db).municipalityByCode(municipalityCode);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(
            Error::Kind::NotFound,
            DepartmentProfile::tr("The data file has no municipality %1.").arg(municipalityCode));
    return FigureScope{(*found)->id};
}

} // namespace

QString ColumnTitle::in(Language language) const
{
    return QString::fromUtf16(language == Language::Dutch ? dutch : english);
}

bool DepartmentExport::add(ExportRow &row)
{
    if (maxRows >= 0 && rows >= maxRows) {
        ++rows; // tells the preview there is more
        return false;
    }
    row.writeTo(csv);
    ++rows;
    if (progress && rows % 1024 == 0) {
        const int percent =
            expectedRows > 0 ? int(std::min<qint64>(99, 100 * rows / expectedRows)) : 0;
        cancelled = !progress(percent);
    }
    return !cancelled;
}

QString DepartmentProfile::refusal(const ExportRequest &request) const
{
    if (!personLevel() && (request.withNames || request.withBsn))
        return tr("The %1 export has no persons in it; --with-names and --with-bsn do not apply "
                  "to it.")
            .arg(name());
    if ((request.withNames || request.withBsn) && request.reason.trimmed().isEmpty())
        return tr("Names or BSNs leave the program only with a reason, which the audit log "
                  "records (--reason).");
    return {};
}

QString DepartmentProfile::scope(const ExportRequest &request) const
{
    return request.municipalityCode.isEmpty() ? u"region"_s : request.municipalityCode;
}

Result<ExportRequest> DepartmentProfile::resolve(Database &db, const ExportRequest &asked) const
{
    const Result<FigureScope> scope = scopeOf(db, asked.municipalityCode);
    if (!scope)
        return scope.error();
    ExportRequest request = asked;
    if (!request.from.isValid() || !request.to.isValid()) {
        const Result<std::optional<ProjectDates>> dates = projectDatesOf(db, scope->municipalityId);
        if (!dates)
            return dates.error();
        const auto given = [](const QDate &date) {
            return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
        };
        const Result<ReportPeriods> periods =
            reportPeriods(ReportKind::Final, given(request.from), given(request.to), *dates,
                          QDate::currentDate());
        if (!periods)
            return periods.error();
        request.from = periods->period.from;
        request.to = periods->period.to;
    }
    if (!request.dialect)
        request.dialect = defaultDialect();
    if (!request.language)
        request.language = request.effectiveLanguage();
    return request;
}

int DepartmentProfile::identityColumnCount(const ExportRequest &request)
{
    return (request.withNames ? int(std::size(nameColumns)) : 0) + (request.withBsn ? 1 : 0);
}

QStringList DepartmentProfile::header(const ExportRequest &request) const
{
    const Language language = request.effectiveLanguage();
    QStringList titles;
    const QList<ColumnTitle> own = columns();
    for (qsizetype i = 0; i < own.size(); ++i) {
        titles.append(own.at(i).in(language));
        if (i == 0 && personLevel()) {
            if (request.withNames)
                for (const ColumnTitle &title : nameColumns)
                    titles.append(title.in(language));
            if (request.withBsn)
                titles.append(bsnColumn.in(language));
        }
    }
    return titles;
}

int DepartmentProfile::setPerson(ExportRow &row, const ExportRequest &request,
                                 const QString &personId, const PersonIdentity &identity)
{
    int column = 0;
    row.text(column++, personId);
    if (request.withNames) {
        row.text(column++, identity.givenName);
        row.text(column++, identity.familyNamePrefix);
        row.text(column++, identity.familyName);
    }
    if (request.withBsn)
        row.text(column++, identity.bsn);
    return column;
}

Result<qint64> DepartmentProfile::writeFile(Database &db, const ExportRequest &request,
                                            const CsvDialect &dialect, CsvWriter &csv,
                                            qint64 maxRows, const ExportProgress &progress) const
{
    const Result<FigureScope> scope = scopeOf(db, request.municipalityCode);
    if (!scope)
        return scope.error();
    csv.writeRow(header(request));
    DepartmentExport out{db,      request, *scope,  Period{request.from, request.to},
                         dialect, csv,     maxRows, progress};
    if (progress && !progress(0))
        out.cancelled = true;
    if (!out.cancelled)
        if (Status status = writeRows(out); !status)
            return status.error();
    if (out.cancelled)
        return Error::make(Error::Kind::Cancelled,
                           tr("The export was cancelled; nothing was written."));
    if (Status status = csv.finish(); !status)
        return status.error();
    return out.rows;
}

Result<QList<ExportedFile>> DepartmentProfile::write(Database &db, const ExportRequest &request,
                                                     const CsvDialect &dialect,
                                                     ExportOutput &output,
                                                     const ExportProgress &progress) const
{
    const QString fileName = previewFileName();
    Result<QIODevice *> device = output.open(fileName);
    if (!device)
        return device.error();
    CsvWriter csv(*device, dialect);
    const Result<qint64> rows = writeFile(db, request, dialect, csv, -1, progress);
    if (!rows)
        return rows.error();
    if (Status status = output.close(); !status)
        return status.error();
    return QList<ExportedFile>{{fileName, *rows}};
}

Result<qint64> DepartmentProfile::writePreview(Database &db, const ExportRequest &request,
                                               CsvWriter &csv, qint64 maxRows) const
{
    return writeFile(db, request, csv.dialect(), csv, maxRows, {});
}

} // namespace wzsw
