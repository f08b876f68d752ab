#include "rules/identity.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

// Worked out by hand: 123456782 -> 9*1+8*2+7*3+6*4+5*5+4*6+3*7+2*8 = 156, minus 2 = 154 = 14*11.
TEST_CASE("the eleven-test accepts BSNs whose weighted sum is divisible by 11")
{
    CHECK(isValidBsn(u"123456782"));
    CHECK(isValidBsn(u"111222333")); // 9+8+7+12+10+8+9+6-3 = 66 = 6*11
}

TEST_CASE("the eleven-test refuses a wrong check digit, all zeros, wrong length or letters")
{
    CHECK_FALSE(isValidBsn(u"123456789")); // 156 - 9 = 147, 147 mod 11 = 4
    CHECK_FALSE(isValidBsn(u"000000000"));
    CHECK_FALSE(isValidBsn(u"12345678"));
    CHECK_FALSE(isValidBsn(u"1234567820"));
    CHECK_FALSE(isValidBsn(u"12345678a"));
    CHECK_FALSE(isValidBsn(u""));
}

TEST_CASE("postcodes are four digits not starting with 0 and two letters, SA SD SS excluded")
{
    CHECK_FALSE(postcodeProblem(u"5038 AB").has_value());
    CHECK_FALSE(postcodeProblem(u"5038AB").has_value());
    CHECK_FALSE(postcodeProblem(u"5038 ab").has_value()); // letters are uppercased
    CHECK(postcodeProblem(u"0123 AB") == PostcodeProblem::Form);
    CHECK(postcodeProblem(u"5038 A") == PostcodeProblem::Form);
    CHECK(postcodeProblem(u"50388 AB") == PostcodeProblem::Form);
    CHECK(postcodeProblem(u"5038  AB") == PostcodeProblem::Form);
    CHECK(postcodeProblem(u"5038 SA") == PostcodeProblem::NotIssued);
    CHECK(postcodeProblem(u"5038 SD") == PostcodeProblem::NotIssued);
    CHECK(postcodeProblem(u"5038ss") == PostcodeProblem::NotIssued);
}

TEST_CASE("postcodes are stored uppercased with one space")
{
    CHECK(normalizePostcode(u"5038ab") == u"5038 AB"_s);
    CHECK(normalizePostcode(u" 5038 Ab ") == u"5038 AB"_s);
}

TEST_CASE("municipality and neighbourhood codes follow the CBS form")
{
    CHECK(isValidMunicipalityCode(u"GM0855"));
    CHECK_FALSE(isValidMunicipalityCode(u"GM855"));
    CHECK_FALSE(isValidMunicipalityCode(u"gm0855"));
    CHECK(isValidNeighbourhoodCode(u"WK085501", u"GM0855"));
    CHECK_FALSE(isValidNeighbourhoodCode(u"WK078501", u"GM0855")); // other municipality
    CHECK_FALSE(isValidNeighbourhoodCode(u"WK08551", u"GM0855"));
}
