#include "demo/demopersons.h"

#include "demo/demonames.h"
#include "demo/demoworld.h"

#include <array>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// Given names from the older list for people born before this year.
constexpr int youngerGenerationFrom = 1965;

int pickPool(DemoRandom &random, const DemoPersonSpec &spec)
{
    const std::span<const DemoNamePool> pools = demoNamePools();
    std::array<int, 16> weights{};
    for (std::size_t i = 0; i < pools.size() && i < weights.size(); ++i)
        weights[i] = (spec.migrantOnly && i == 0)
                         ? 0
                         : (spec.provider ? pools[i].providerShare : pools[i].clientShare);
    return random.weighted(std::span<const int>(weights.data(), pools.size()));
}

QString houseNumber(DemoRandom &random)
{
    const int number = random.percent(60) ? random.between(1, 40) : random.between(1, 220);
    QString text = QString::number(number);
    const int roll = random.below(100);
    if (roll < 7)
        text += QChar(u'a' + random.below(4));
    else if (roll < 10)
        text += random.percent(50) ? u"-II"_s : u"-1"_s;
    return text;
}

QString postcode(DemoRandom &random, const DemoDistrict &district)
{
    // Letters seen in issued postcodes; the series SA, SD and SS are not issued at all.
    static constexpr QStringView letters = u"ABCEGHJKLMNPRSTVWXZ";
    const int digits = random.between(district.postcodeFrom, district.postcodeTo);
    const QChar first = letters.at(random.below(int(letters.size())));
    QChar second;
    do {
        second = letters.at(random.below(int(letters.size())));
    } while (first == u'S' && (second == u'A' || second == u'D' || second == u'S'));
    return QString::number(digits) + u' ' + first + second;
}

/// Eight random digits and the ninth that makes 9*d1 + 8*d2 + ... + 2*d8 - d9 a multiple of
/// 11; numbers whose check digit would have to be 10 are skipped, as are numbers in use.
QString bsn(DemoWorld &world, DemoRandom &random)
{
    for (;;) {
        quint32 number = quint32(random.between(1, 6));
        int sum = int(number) * 9;
        for (int weight = 8; weight >= 2; --weight) {
            const int digit = random.below(10);
            number = number * 10 + quint32(digit);
            sum += weight * digit;
        }
        const int check = sum % 11;
        if (check == 10)
            continue;
        number = number * 10 + quint32(check);
        if (world.usedBsns.contains(number))
            continue;
        world.usedBsns.insert(number);
        return QString::number(number).rightJustified(9, u'0');
    }
}

QString email(DemoRandom &random, const Person &person)
{
    static constexpr QStringView domains[] = {u"example.com", u"example.net", u"example.org"};
    QString local = demoAsciiWord(person.givenName) + u'.' +
                    demoAsciiWord(person.familyNamePrefix) + demoAsciiWord(person.familyName);
    if (random.percent(30))
        local += QString::number(random.between(10, 99));
    return local + u'@' + random.pick(std::span<const QStringView>(domains)).toString();
}

} // namespace

Person makeDemoPerson(DemoWorld &world, DemoRandom &random, const DemoPersonSpec &spec)
{
    const DemoDistrictRef &district = world.districts.at(std::size_t(spec.district));
    const DemoMunicipality &municipality = *world.places.at(std::size_t(district.place)).data;
    Person person;
    person.birthDate = random.dateBetween(spec.bornFrom, spec.bornTo);

    const int genderRoll = random.below(100);
    if (genderRoll < 2)
        person.gender = std::nullopt; // not recorded
    else if (genderRoll < 3)
        person.gender = Gender::Other;
    else
        person.gender = random.percent(spec.femalePercent) ? Gender::Female : Gender::Male;
    const bool female = person.gender ? *person.gender == Gender::Female : random.percent(50);

    const DemoNamePool &pool = demoNamePools()[std::size_t(pickPool(random, spec))];
    const bool older = person.birthDate.year() < youngerGenerationFrom;
    const std::span<const QStringView> given = female
                                                   ? (older ? pool.olderWomen : pool.youngerWomen)
                                                   : (older ? pool.olderMen : pool.youngerMen);
    person.givenName = random.pick(given).toString();
    const DemoFamilyName &family = random.pick(pool.families);
    person.familyNamePrefix = family.prefix.toString();
    person.familyName = family.name.toString();

    person.street = random.percent(70) ? random.pick(demoCommonStreets()).toString()
                                       : random.pick(municipality.streets).toString();
    person.houseNumber = houseNumber(random);
    person.postcode = postcode(random, *district.data);
    person.place = district.data->place.toString();
    person.neighbourhoodId = district.id;
    person.phone = makeDemoPhone(random, municipality.areaCode, random.percent(spec.mobilePercent));
    if (random.percent(spec.emailPercent))
        person.email = email(random, person);
    if (random.percent(spec.bsnPercent))
        person.bsn = bsn(world, random);
    return person;
}

QString makeDemoName(DemoRandom &random)
{
    const DemoNamePool &dutch = demoNamePools().front();
    const QStringView given =
        random.percent(50) ? random.pick(dutch.youngerWomen) : random.pick(dutch.youngerMen);
    const DemoFamilyName &family = random.pick(dutch.families);
    QString name = given.toString() + u' ';
    if (!family.prefix.isEmpty())
        name += family.prefix.toString() + u' ';
    return name + family.name.toString();
}

QString makeDemoPhone(DemoRandom &random, QStringView areaCode, bool mobile)
{
    if (mobile)
        return u"06-"_s + QString::number(random.between(1, 6)) +
               QString::number(random.between(0, 9'999'999)).rightJustified(7, u'0');
    // Area code and subscriber number make ten digits together.
    const int subscriberDigits = 10 - int(areaCode.size());
    int lowest = 1;
    for (int i = 1; i < subscriberDigits; ++i)
        lowest *= 10;
    return areaCode.toString() + u'-' + QString::number(random.between(2 * lowest, 6 * lowest - 1));
}

QString demoAsciiWord(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString word;
    word.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            word += QChar(u);
        else if (u == u'ı') // dotless i has no decomposition
            word += u'i';
        else if (u == u'ł')
            word += u'l';
        else if (u == u'ß')
            word += u"ss"_s;
        // Combining marks, spaces, apostrophes and hyphens are left out.
    }
    return word;
}

QString demoCode(QStringView prefix, qint64 number, int digits)
{
    return prefix.toString() + QString::number(number).rightJustified(digits, u'0');
}

} // namespace wzsw
