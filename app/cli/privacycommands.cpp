// Commands for a person's privacy rights: subject-access (AVG art. 15) and erase (art. 17).
#include "privacycommands.h"

#include "commandline.h"
#include "common/values.h"
#include "services/erasureservice.h"
#include "services/subjectaccess.h"
#include "storage/personrepository.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wzsw::cli {

namespace {

class PrivacyCommands
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::cli::PrivacyCommands)

public:
    static void addPersonOptions(CommandLine &line)
    {
        line.addOption(u"client"_s, tr("The client's code, e.g. C-0001."), u"CODE"_s);
        line.addOption(u"provider"_s, tr("The provider's code, e.g. P-0001."), u"CODE"_s);
    }

    /// --client or --provider, exactly one; nothing (after a usage error) otherwise.
    static std::optional<std::pair<PersonKind, QString>> person(CommandLine &line, int &exit)
    {
        const bool client = line.isSet(u"client"_s);
        if (client == line.isSet(u"provider"_s)) {
            exit = line.usageError(tr("Give either --client or --provider."));
            return std::nullopt;
        }
        return std::pair{client ? PersonKind::Client : PersonKind::Provider,
                         line.value(client ? u"client"_s : u"provider"_s)};
    }

    static int subjectAccess(const QStringList &arguments)
    {
        CommandLine line(u"subject-access"_s,
                         tr("Writes everything the data file holds on one person (AVG article "
                            "15) into a folder: a readable document (CODE.html) and one CSV file "
                            "per part. The access is recorded in the audit log."));
        line.addPositional(u"FILE"_s, tr("The data file."));
        addPersonOptions(line);
        line.addOption(u"out"_s, tr("The folder for the files (made when missing)."), u"DIR"_s);
        if (const std::optional<int> exit = line.parse(arguments, 1, 1))
            return *exit;
        int exit = Done;
        const auto who = person(line, exit);
        if (!who)
            return exit;
        if (!line.isSet(u"out"_s))
            return line.usageError(tr("--out is required."));
        const std::unique_ptr<DataFileSession> session = openSession(line.positional().front());
        if (!session)
            return Failed;
        // excel-nl: these files are read by the person and the project leader, in Excel.
        const CsvDialect dialect = CsvDialect::excelNl();
        const Result<SubjectAccessReport> report =
            SubjectAccess(session->database()).collect(who->first, who->second, dialect);
        if (!report)
            return fail(report.error());
        const Result<QStringList> written = report->writeFiles(line.value(u"out"_s), dialect);
        if (!written)
            return fail(written.error());
        for (const QString &path : *written)
            print(path);
        return Done;
    }

    /// Shows who would be erased and asks for their code back; true when it was typed.
    static bool confirmed(Database &db, PersonKind kind, const QString &code)
    {
        QString name;
        if (kind == PersonKind::Client) {
            if (const Result<std::optional<Client>> c = ClientRepository(db).byCode(code);
                c && c->has_value())
                name = (*c)->person.fullName();
        } else if (const Result<std::optional<Provider>> p = ProviderRepository(db).byCode(code);
                   p && p->has_value()) {
            name = (*p)->person.fullName();
        }
        QTextStream out(stderr);
        out << tr("Erase %1 %2 (%3)? Names, address, contact details, BSN, case notes and the "
                  "free texts about this person are removed for good; the record and the "
                  "figures stay.\nType the code to confirm: ")
                   .arg(kind == PersonKind::Client ? tr("client") : tr("provider"), code, name);
        out.flush();
        QTextStream in(stdin);
        return in.readLine().trimmed() == code;
    }

    static int erase(const QStringList &arguments)
    {
        CommandLine line(u"erase"_s,
                         tr("Erases one person's identifying data for good (AVG article 17); "
                            "the record stays under its code and every figure stays the same. "
                            "Asks for confirmation unless --yes is given."));
        line.addPositional(u"FILE"_s, tr("The data file."));
        addPersonOptions(line);
        line.addOption(u"yes"_s, tr("Do not ask for confirmation."));
        if (const std::optional<int> exit = line.parse(arguments, 1, 1))
            return *exit;
        int exit = Done;
        const auto who = person(line, exit);
        if (!who)
            return exit;
        const bool ask = !line.isSet(u"yes"_s);
        if (ask && !isatty(fileno(stdin)))
            return fail(tr("Erasing needs a confirmation: run it on a terminal, or add --yes. "
                           "Nothing was changed."));
        const std::unique_ptr<DataFileSession> session = openSession(line.positional().front());
        if (!session)
            return Failed;
        const auto [kind, code] = *who;
        if (ask && !confirmed(session->database(), kind, code))
            return fail(tr("Not confirmed: nothing was changed."));

        const Result<ErasureOutcome> erased = ErasureService(session->database()).erase(kind, code);
        if (!erased)
            return fail(erased.error());
        if (erased->alreadyErased)
            print(tr("%1 was erased before, on %2; the file was compacted again.")
                      .arg(code, isoDate(erased->erasedOn)));
        else
            print(tr("Erased %1: %n case note(s) removed", nullptr, int(erased->notesRemoved))
                      .arg(code) +
                  tr(", %n free text(s) cleared", nullptr, int(erased->textsCleared)) +
                  tr("; date of birth kept as %1.").arg(isoDate(erased->birthDateKept)));
        if (erased->compactProblem)
            printError(tr("wzsw-cli: warning: the file could not be compacted (%1): older copies "
                          "of the erased data may remain in unused parts of it. Free disk space "
                          "and run the same erase command again.")
                           .arg(erased->compactProblem->message));
        if (session->database().isServer()) {
            print(tr("On the regional server, older copies of the erased data remain in the "
                     "server's backups until its administrator's backup rotation removes "
                     "them."));
            print(tr("Copies made outside the program (exports, copies by hand) must be "
                     "deleted by hand."));
            return Done;
        }
        const Result<int> backups =
            ErasureService::eraseFromBackups(session->backups(), kind, code);
        if (!backups)
            return fail(tr("The person was erased from the data file, but not from every "
                           "automatic backup: %1")
                            .arg(backups.error().message));
        print(tr("Also erased from %n automatic backup(s).", nullptr, *backups));
        print(tr("Copies made outside the program (exports, copies by hand) must be deleted by "
                 "hand."));
        return Done;
    }
};

} // namespace

int runSubjectAccess(const QStringList &arguments)
{
    return PrivacyCommands::subjectAccess(arguments);
}

int runErase(const QStringList &arguments)
{
    return PrivacyCommands::erase(arguments);
}

} // namespace wzsw::cli
