#pragma once

#include "domain/person.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace wzsw {

class DemoRandom;
class DemoWorld;

/// What kind of person to make up.
struct DemoPersonSpec
{
    int district = 0; ///< index into DemoWorld::districts
    QDate bornFrom;
    QDate bornTo;
    int femalePercent = 50;
    bool provider = false;    ///< draw origins by the providers' shares rather than the clients'
    bool migrantOnly = false; ///< civic integration: never the Dutch pool
    int emailPercent = 0;
    int mobilePercent = 50;
    int bsnPercent = 0;
};

/// A fictional person: a name from the name pools, an address in the district (street,
/// house number with an occasional addition, a postcode of the place's range that is issued),
/// a phone number, sometimes an e-mail address at a reserved example domain and sometimes a
/// BSN that passes the eleven-test and is not yet used in the file.
Person makeDemoPerson(DemoWorld &world, DemoRandom &random, const DemoPersonSpec &spec);

/// "Anne van den Berg": a Dutch name for project leaders and contact persons.
QString makeDemoName(DemoRandom &random);

/// "013-5812345" (area code, then 6 or 7 digits to make ten) or "06-12345678".
QString makeDemoPhone(DemoRandom &random, QStringView areaCode, bool mobile);

/// Lower-case ASCII letters and digits only ("'t Hart" -> "thart", "Çelik" -> "celik"), for
/// e-mail addresses and domain names.
QString demoAsciiWord(QStringView text);

/// "C-0001": prefix and the number with at least `digits` digits.
QString demoCode(QStringView prefix, qint64 number, int digits);

} // namespace wzsw
