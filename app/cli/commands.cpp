#include "commandline.h"
#include "democommand.h"
#include "filecommands.h"

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
        {u"check"_s, u"FILE"_s,
         QT_TRANSLATE_NOOP("wzsw::cli", "schema version, integrity, foreign keys, rule violations"),
         &runCheck},
        {u"backup"_s, u"FILE OUT"_s,
         QT_TRANSLATE_NOOP("wzsw::cli", "consistent copy, also while the file is open elsewhere"),
         &runBackup},
    };
    return list;
}

} // namespace wzsw::cli
