#include "common/values.h"

#include <QRegularExpression>

#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// Digits by hand rather than by regular expression: an import reads a million dates.
bool readDigits(QStringView text, qsizetype from, qsizetype count, int &value)
{
    value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
    }
    return true;
}

} // namespace

std::optional<QDate> parseDate(QStringView text)
{
    const QStringView t = text.trimmed();
    int year = 0;
    int month = 0;
    int day = 0;
    const qsizetype firstDash = t.indexOf(u'-');
    const qsizetype secondDash = firstDash < 0 ? -1 : t.indexOf(u'-', firstDash + 1);
    if (secondDash < 0 || t.indexOf(u'-', secondDash + 1) >= 0)
        return std::nullopt;
    const qsizetype thirdPart = t.size() - secondDash - 1;
    if (firstDash == 4 && secondDash == 7 && thirdPart == 2) { // yyyy-mm-dd
        if (!readDigits(t, 0, 4, year) || !readDigits(t, 5, 2, month) || !readDigits(t, 8, 2, day))
            return std::nullopt;
    } else if (firstDash >= 1 && firstDash <= 2 && secondDash - firstDash - 1 >= 1 &&
               secondDash - firstDash - 1 <= 2 && thirdPart == 4) { // d-m-yyyy, dd-mm-yyyy
        if (!readDigits(t, 0, firstDash, day) ||
            !readDigits(t, firstDash + 1, secondDash - firstDash - 1, month) ||
            !readDigits(t, secondDash + 1, 4, year))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

namespace {

// Writes `value` as exactly `digits` digits (zero-padded) at `out` and moves past them.
void putDigits(char16_t *&out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        out[i] = char16_t(u'0' + value % 10);
    out += digits;
}

// A date as three numbers joined by dashes, by hand: QDate::toString goes through a formatted
// print, slow for a million rows. Years outside 0..9999 do not fit four digits: nothing.
std::optional<QString> datePattern(const QDate &date, bool yearFirst)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 0 || year > 9999)
        return std::nullopt;
    QString text(10, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    putDigits(out, yearFirst ? year : day, yearFirst ? 4 : 2);
    *out++ = u'-';
    putDigits(out, month, 2);
    *out++ = u'-';
    putDigits(out, yearFirst ? day : year, yearFirst ? 2 : 4);
    return text;
}

} // namespace

QString isoDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    std::optional<QString> text = datePattern(date, true);
    return text ? *std::move(text) : date.toString(Qt::ISODate);
}

QString dutchDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    std::optional<QString> text = datePattern(date, false);
    return text ? *std::move(text) : date.toString(u"dd-MM-yyyy");
}

QString formatWhole(qint64 value)
{
    char16_t digits[20];
    char16_t *end = digits + std::size(digits);
    char16_t *out = end;
    // Through the unsigned magnitude, so that the lowest qint64 has one too.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--out = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        *--out = u'-';
    return QString(reinterpret_cast<const QChar *>(out), end - out);
}

namespace {

// The common case without grouping marks: [sign] digits [mark digits]. Nothing when the text
// is anything else, so the caller falls back to the full rules.
std::optional<qint64> parsePlainDecimal(QStringView t, int maxDecimals)
{
    qsizetype i = 0;
    const bool negative = !t.isEmpty() && t.front() == u'-';
    if (!t.isEmpty() && (t.front() == u'-' || t.front() == u'+'))
        ++i;
    qint64 value = 0;
    qsizetype integerDigits = 0;
    for (; i < t.size() && t[i] >= u'0' && t[i] <= u'9'; ++i, ++integerDigits)
        value = value * 10 + (t[i].unicode() - u'0');
    if (integerDigits == 0 || integerDigits > 15)
        return std::nullopt;
    int decimals = 0;
    if (i < t.size()) {
        if (t[i] != u'.' && t[i] != u',')
            return std::nullopt;
        ++i;
        if (i == t.size())
            return std::nullopt;
        for (; i < t.size(); ++i) {
            if (t[i] < u'0' || t[i] > u'9')
                return std::nullopt;
            const int digit = t[i].unicode() - u'0';
            if (decimals == maxDecimals) {
                if (digit != 0) // only trailing zeros may go beyond maxDecimals
                    return std::nullopt;
                continue;
            }
            value = value * 10 + digit;
            ++decimals;
        }
    }
    for (; decimals < maxDecimals; ++decimals)
        value *= 10;
    return negative ? -value : value;
}

} // namespace

std::optional<qint64> parseScaledDecimal(QStringView text, int maxDecimals)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype marks = trimmed.count(u'.') + trimmed.count(u',');
    if (marks <= 1)
        return parsePlainDecimal(trimmed, maxDecimals);
    QString s = trimmed.toString();
    if (s.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        negative = s.front() == u'-';
        s.remove(0, 1);
    }
    const qsizetype lastPoint = s.lastIndexOf(u'.');
    const qsizetype lastComma = s.lastIndexOf(u',');
    const qsizetype decimalAt = std::max(lastPoint, lastComma);
    QString integerPart = decimalAt < 0 ? s : s.left(decimalAt);
    const QString fraction = decimalAt < 0 ? QString() : s.mid(decimalAt + 1);
    if (lastPoint >= 0 && lastComma >= 0) {
        // Grouping marks are the other character, in groups of three.
        const QChar grouping = lastPoint > lastComma ? u',' : u'.';
        static const QRegularExpression grouped(u"^\\d{1,3}([.,]\\d{3})*$"_s);
        if (!grouped.match(integerPart).hasMatch() || integerPart.contains(s.at(decimalAt)))
            return std::nullopt;
        integerPart.remove(grouping);
    }
    static const QRegularExpression digits(u"^\\d+$"_s);
    if (!digits.match(integerPart).hasMatch() ||
        (!fraction.isEmpty() && !digits.match(fraction).hasMatch()) ||
        (decimalAt >= 0 && fraction.isEmpty()) || integerPart.size() > 15)
        return std::nullopt;
    QString trimmedFraction = fraction;
    while (trimmedFraction.size() > maxDecimals && trimmedFraction.endsWith(u'0'))
        trimmedFraction.chop(1);
    if (trimmedFraction.size() > maxDecimals)
        return std::nullopt;
    qint64 value = integerPart.toLongLong();
    for (int i = 0; i < maxDecimals; ++i)
        value = value * 10 + (i < trimmedFraction.size() ? trimmedFraction.at(i).digitValue() : 0);
    return negative ? -value : value;
}

std::optional<Cents> parseMoney(QStringView text)
{
    return parseScaledDecimal(text, 2);
}

QString formatMoney(Cents cents, DecimalMark mark)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    const qint64 fraction = magnitude % 100;
    const char16_t decimals[2] = {char16_t(u'0' + fraction / 10), char16_t(u'0' + fraction % 10)};
    QString text = formatWhole(magnitude / 100) + (mark == DecimalMark::Comma ? u',' : u'.') +
                   QStringView(decimals, 2);
    return cents < 0 ? u'-' + text : text;
}

std::optional<int> parseQuarterHours(QStringView text)
{
    const std::optional<qint64> hundredths = parseScaledDecimal(text, 2);
    if (!hundredths || *hundredths % 25 != 0 || std::abs(*hundredths) > 100000000)
        return std::nullopt;
    return int(*hundredths / 25);
}

QString formatHours(qint64 quarterHours, DecimalMark mark)
{
    const qint64 magnitude = quarterHours < 0 ? -quarterHours : quarterHours;
    QString text = formatWhole(magnitude / 4);
    static constexpr const char16_t *fractions[] = {u"", u"25", u"5", u"75"};
    if (magnitude % 4 != 0)
        text += (mark == DecimalMark::Comma ? u',' : u'.') +
                QStringView(fractions[magnitude % 4]).toString();
    return quarterHours < 0 ? u'-' + text : text;
}

std::optional<double> parseNumber(QStringView text)
{
    const std::optional<qint64> scaled = parseScaledDecimal(text, 6);
    if (!scaled)
        return std::nullopt;
    return double(*scaled) / 1e6;
}

QString formatNumber(double value, DecimalMark mark)
{
    QString text = QString::number(value, 'g', 15);
    if (mark == DecimalMark::Comma)
        text.replace(u'.', u',');
    return text;
}

std::optional<bool> parseBool(QStringView text)
{
    const QStringView t = text.trimmed();
    for (const char16_t *yes : {u"1", u"ja", u"yes", u"true", u"j", u"y"})
        if (t.compare(QStringView(yes), Qt::CaseInsensitive) == 0)
            return true;
    for (const char16_t *no : {u"0", u"nee", u"no", u"false", u"n"})
        if (t.compare(QStringView(no), Qt::CaseInsensitive) == 0)
            return false;
    return std::nullopt;
}

} // namespace wzsw
