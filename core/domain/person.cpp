#include "domain/person.h"

using namespace Qt::StringLiterals;

namespace wzsw {

QString Person::fullName() const
{
    QStringList parts{givenName, familyNamePrefix, familyName};
    parts.removeAll(QString());
    return parts.join(u' ');
}

QString Person::sortName() const
{
    QString name = familyName + u", "_s + givenName;
    if (!familyNamePrefix.isEmpty())
        name += u' ' + familyNamePrefix;
    return name;
}

QString maskedBsn(const QString &bsn)
{
    if (bsn.size() <= 4)
        return bsn;
    return QString(bsn.size() - 4, u'*') + bsn.right(4);
}

} // namespace wzsw
