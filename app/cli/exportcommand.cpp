// wzsw-cli export: any export profile to a file or folder.
#include "commandline.h"
#include "exchange/exporter.h"
#include "exchangecommands.h"
#include "rules/identity.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace wzsw::cli {

namespace {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::cli::ExportCommand)

public:
    static int run(const QStringList &arguments)
    {
        CommandLine line(u"export"_s, description());
        line.addPositional(u"FILE"_s, tr("The data file (.wzsw)."));
        line.addOption(u"profile"_s, tr("What to export: %1.").arg(profileNames()), u"P"_s);
        line.addOption(u"out"_s,
                       tr("Where to write: a folder for the exchange profile, else a file."),
                       u"PATH"_s);
        line.addOption(u"from"_s, tr("First day of the period (yyyy-mm-dd)."), u"D"_s);
        line.addOption(u"to"_s, tr("Last day of the period (yyyy-mm-dd)."), u"D"_s);
        line.addOption(u"municipality"_s, tr("Only this municipality, e.g. GM0855."), u"CODE"_s);
        line.addOption(u"dialect"_s,
                       tr("CSV dialect: %1 (each profile has its default).")
                           .arg(CsvDialect::names().join(u", "_s)),
                       u"NAME"_s);
        line.addOption(u"recipient"_s, tr("Who receives it: pseudonyms are made for them."),
                       u"LABEL"_s);
        line.addOption(u"with-names"_s, tr("Include names (default: pseudonyms only)."));
        line.addOption(u"with-bsn"_s, tr("Include BSNs."));
        line.addOption(u"lang"_s,
                       tr("Language of the column titles and labels of the department "
                          "profiles: nl or en (default: the system's)."),
                       u"LANG"_s);
        line.addOption(u"reason"_s,
                       tr("Why names or BSNs leave the program; required with --with-names and "
                          "--with-bsn, and kept in the audit log."),
                       u"TEXT"_s);
        if (const std::optional<int> exit = line.parse(arguments, 1, 1))
            return *exit;

        if (!line.isSet(u"profile"_s))
            return line.usageError(tr("--profile is required: %1.").arg(profileNames()));
        const ExportProfile *profile = exportProfile(line.value(u"profile"_s));
        if (!profile)
            return line.usageError(tr("There is no profile \"%1\"; there are: %2.")
                                       .arg(line.value(u"profile"_s), profileNames()));
        if (!line.isSet(u"out"_s) || line.value(u"out"_s).isEmpty())
            return line.usageError(tr("--out is required."));
        ExportRequest request;
        if (!line.dateOption(u"from"_s, request.from) || !line.dateOption(u"to"_s, request.to))
            return Usage;
        if (request.from.isValid() && request.to.isValid() && request.to < request.from)
            return line.usageError(tr("--to may not be before --from."));
        request.municipalityCode = line.value(u"municipality"_s);
        if (!request.municipalityCode.isEmpty() &&
            !isValidMunicipalityCode(request.municipalityCode))
            return line.usageError(tr("--municipality needs a code like GM0855, not \"%1\".")
                                       .arg(request.municipalityCode));
        if (line.isSet(u"dialect"_s)) {
            request.dialect = CsvDialect::byName(line.value(u"dialect"_s));
            if (!request.dialect)
                return line.usageError(
                    tr("There is no dialect \"%1\"; there are: %2.")
                        .arg(line.value(u"dialect"_s), CsvDialect::names().join(u", "_s)));
        }
        request.recipient = line.value(u"recipient"_s);
        request.withNames = line.isSet(u"with-names"_s);
        request.withBsn = line.isSet(u"with-bsn"_s);
        request.reason = line.value(u"reason"_s).trimmed();
        if (line.isSet(u"lang"_s)) {
            const QString lang = line.value(u"lang"_s);
            if (lang != u"nl"_s && lang != u"en"_s)
                return line.usageError(tr("--lang must be nl or en, not \"%1\".").arg(lang));
            request.language = lang == u"nl"_s ? Language::Dutch : Language::English;
        }
        if (const QString refusal = profile->refusal(request); !refusal.isEmpty())
            return line.usageError(refusal);

        const std::unique_ptr<Database> db = openDataFile(line.positional().constFirst());
        if (!db)
            return Failed;
        Progress progress(tr("Exporting"));
        const Result<ExportSummary> summary =
            Exporter(*db).run(*profile, request, line.value(u"out"_s), progress.callback());
        if (!summary)
            return fail(summary.error());
        for (const ExportedFile &file : summary->files)
            print(tr("%1: %n row(s)", nullptr, int(std::min<qint64>(file.rows, INT_MAX)))
                      .arg(file.name));
        print(tr("Written to %1.").arg(QDir::toNativeSeparators(summary->path)));
        return Done;
    }

private:
    static QString profileNames()
    {
        QStringList names;
        for (const ExportProfile *profile : exportProfiles())
            names.append(profile->name());
        return names.join(u", "_s);
    }

    static QString description()
    {
        QString text = tr("Exports data to CSV. Profiles:");
        for (const ExportProfile *profile : exportProfiles())
            text += u"\n  "_s + profile->name() + u": "_s + profile->description();
        return text;
    }
};

} // namespace

int runExport(const QStringList &arguments)
{
    return ExportCommand::run(arguments);
}

} // namespace wzsw::cli
