#include "common/values.h"
#include "domain/service.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("dates are read in ISO and Dutch form and refused when impossible")
{
    CHECK(parseDate(u"2025-06-30") == QDate(2025, 6, 30));
    CHECK(parseDate(u"30-06-2025") == QDate(2025, 6, 30));
    CHECK(parseDate(u"1-7-2025") == QDate(2025, 7, 1));
    CHECK_FALSE(parseDate(u"2025-02-30").has_value());
    CHECK_FALSE(parseDate(u"30/06/2025").has_value());
    CHECK_FALSE(parseDate(u"").has_value());
}

TEST_CASE("money is read with either decimal mark and at most two decimals")
{
    CHECK(parseMoney(u"12.50") == 1250);
    CHECK(parseMoney(u"12,5") == 1250);
    CHECK(parseMoney(u"-3,75") == -375);
    CHECK(parseMoney(u"1.234,56") == 123456);
    CHECK(parseMoney(u"1,234.56") == 123456);
    CHECK(parseMoney(u"7") == 700);
    CHECK_FALSE(parseMoney(u"12.345").has_value());
    CHECK_FALSE(parseMoney(u"twaalf").has_value());
    CHECK(formatMoney(123456) == u"1234.56"_s);
    CHECK(formatMoney(-5, DecimalMark::Comma) == u"-0,05"_s);
}

TEST_CASE("hours are whole quarters and written in their shortest exact form")
{
    CHECK(parseQuarterHours(u"1.25") == 5);
    CHECK(parseQuarterHours(u"1,5") == 6);
    CHECK(parseQuarterHours(u"12") == 48);
    CHECK_FALSE(parseQuarterHours(u"1.3").has_value());
    CHECK_FALSE(parseQuarterHours(u"0.1").has_value());
    CHECK(formatHours(5) == u"1.25"_s);
    CHECK(formatHours(6, DecimalMark::Comma) == u"1,5"_s);
    CHECK(formatHours(8) == u"2"_s);
    CHECK(formatHours(3) == u"0.75"_s);
}

TEST_CASE("the default fee is hours times the hourly fee, rounded half away from zero")
{
    CHECK(defaultFee(6, 500) == 750); // 1.5 h x 5.00 = 7.50
    CHECK(defaultFee(1, 750) == 188); // 0.25 h x 7.50 = 1.875 -> 1.88
    CHECK(defaultFee(1, 2) == 1);     // 0.25 x 0.02 = 0.005 -> 0.01
    CHECK(defaultFee(1, 1) == 0);     // 0.0025 -> 0.00
    CHECK(defaultFee(3, 333) == 250); // 0.75 x 3.33 = 2.4975 -> 2.50
}

TEST_CASE("yes and no are understood in Dutch, English and as digits")
{
    CHECK(parseBool(u"ja") == true);
    CHECK(parseBool(u"Nee") == false);
    CHECK(parseBool(u"TRUE") == true);
    CHECK(parseBool(u"0") == false);
    CHECK_FALSE(parseBool(u"misschien").has_value());
}
