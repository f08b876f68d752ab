#include "rules/identity.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wzsw {

bool isValidBsn(QStringView bsn)
{
    if (bsn.size() != 9)
        return false;
    int sum = 0;
    bool allZero = true;
    for (int i = 0; i < 9; ++i) {
        const QChar c = bsn.at(i);
        if (c < u'0' || c > u'9')
            return false;
        const int digit = c.unicode() - u'0';
        allZero = allZero && digit == 0;
        sum += (i < 8 ? 9 - i : -1) * digit;
    }
    return !allZero && sum % 11 == 0;
}

std::optional<PostcodeProblem> postcodeProblem(QStringView postcode)
{
    static const QRegularExpression form(u"^[1-9][0-9]{3} ?[A-Z]{2}$"_s);
    const QString upper = postcode.trimmed().toString().toUpper();
    if (!form.match(upper).hasMatch())
        return PostcodeProblem::Form;
    const QStringView letters = QStringView(upper).right(2);
    if (letters == u"SA" || letters == u"SD" || letters == u"SS")
        return PostcodeProblem::NotIssued;
    return std::nullopt;
}

QString normalizePostcode(QStringView postcode)
{
    QString compact = postcode.trimmed().toString().toUpper();
    compact.remove(u' ');
    return compact.left(4) + u' ' + compact.mid(4);
}

bool isValidMunicipalityCode(QStringView code)
{
    static const QRegularExpression form(u"^GM[0-9]{4}$"_s);
    return form.match(code).hasMatch();
}

bool isValidNeighbourhoodCode(QStringView code, QStringView municipalityCode)
{
    static const QRegularExpression form(u"^WK[0-9]{6}$"_s);
    return form.match(code).hasMatch() &&
           (municipalityCode.isEmpty() || code.mid(2, 4) == municipalityCode.mid(2, 4));
}

} // namespace wzsw
