#include "common/system.h"

using namespace Qt::StringLiterals;

namespace wzsw {

QString currentUserName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return u"unknown"_s;
}

} // namespace wzsw
