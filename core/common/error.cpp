#include "common/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wzsw {

Error Error::invalid(QList<RuleViolation> violations)
{
    const QString message = violations.size() == 1
                                ? violations.constFirst().message
                                : QCoreApplication::translate("wzsw::Error", "%n rule(s) broken",
                                                              nullptr, int(violations.size()));
    return Error{Kind::Invalid, message, std::move(violations)};
}

QString Error::fullText() const
{
    QString text = message;
    if (violations.size() > 1) {
        for (const RuleViolation &v : violations)
            text += u"\n  "_s + v.describe();
    }
    return text;
}

} // namespace wzsw
