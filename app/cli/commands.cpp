#include "auditcommand.h"
#include "commandline.h"
#include "democommand.h"
#include "exchangecommands.h"
#include "filecommands.h"
#include "privacycommands.h"
#include "reportcommand.h"

using namespace Qt::StringLiterals;

namespace wzsw::cli {

const QList<Command> &commands()
{
    static const QList<Command> list{
        {u"init"_s, u"FILE [--municipality CODE --name NAME]"_s,
         QT_TRANSLATE_NOOP("wzsw::cli", "new data file with the default service types"), &runInit},
        {u"demo"_s, u"FILE [--clients N] [--seed S]"_s,
         QT_TRANSLATE_NOOP(
             "wzsw::cli", "fictional but plausible data (Tilburg and neighbours, 2 project years)"),
         &runDemo},
        {u"import"_s, u"FILE PATH... [--dry-run]"_s,
         QT_TRANSLATE_NOOP("wzsw::cli", "exchange-format CSV files, or a folder of them"),
         &runImport},
        {u"export"_s,
         u"FILE --profile P [--from D --to D] [--municipality CODE] "
         u"[--dialect excel-nl|rfc4180] [--recipient LABEL] [--with-names] [--with-bsn] "
         u"--out PATH"_s,
         QT_TRANSLATE_NOOP("wzsw::cli", "CSV for another data file or a municipal department"),
         &runExport},
        {u"migrate"_s, u"FILE.wzsw postgresql://..."_s,
         QT_TRANSLATE_NOOP("wzsw::cli",
                           "copy a local data file into the regional database, codes kept"),
         &runMigrate},
        {u"check"_s, u"FILE"_s,
         QT_TRANSLATE_NOOP("wzsw::cli", "schema version, integrity, foreign keys, rule violations"),
         &runCheck},
        {u"backup"_s, u"FILE OUT"_s,
         QT_TRANSLATE_NOOP("wzsw::cli", "consistent copy, also while the file is open elsewhere"),
         &runBackup},
        {u"report"_s,
         u"FILE --kind interim-1|interim-2|final|monthly [--from D --to D] "
         u"[--municipality CODE | --region] [--lang nl|en] [--pdf OUT.pdf] [--json OUT.json]"_s,
         QT_TRANSLATE_NOOP("wzsw::cli", "steering-group report figures, as text or JSON"),
         &runReport},
        {u"subject-access"_s, u"FILE --client CODE|--provider CODE --out DIR"_s,
         QT_TRANSLATE_NOOP("wzsw::cli", "all data held on one person (AVG art. 15)"),
         &runSubjectAccess},
        {u"erase"_s, u"FILE --client CODE|--provider CODE [--yes]"_s,
         QT_TRANSLATE_NOOP("wzsw::cli", "erase one person; aggregates stay (AVG art. 17)"),
         &runErase},
        {u"audit"_s, u"FILE [--from D --to D] [--format text|csv]"_s,
         QT_TRANSLATE_NOOP("wzsw::cli", "the audit log: who did what, when"), &runAudit},
    };
    return list;
}

} // namespace wzsw::cli
