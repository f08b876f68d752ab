#include "common/ruleviolation.h"

using namespace Qt::StringLiterals;

namespace wzsw {

QString RuleViolation::describe() const
{
    QString where = entity;
    if (!record.isEmpty())
        where += u' ' + record;
    if (!field.isEmpty())
        where += u", "_s + field;
    return where + u": "_s + message;
}

} // namespace wzsw
