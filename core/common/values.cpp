#include "common/values.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wzsw {

std::optional<QDate> parseDate(QStringView text)
{
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    static const QRegularExpression dutch(u"^(\\d{1,2})-(\\d{1,2})-(\\d{4})$"_s);
    const QString trimmed = text.trimmed().toString();
    QDate date;
    if (const auto m = iso.match(trimmed); m.hasMatch())
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (const auto d = dutch.match(trimmed); d.hasMatch())
        date = QDate(d.captured(3).toInt(), d.captured(2).toInt(), d.captured(1).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

std::optional<qint64> parseScaledDecimal(QStringView text, int maxDecimals)
{
    QString s = text.trimmed().toString();
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
    QString text = QString::number(magnitude / 100) + (mark == DecimalMark::Comma ? u',' : u'.') +
                   QString::number(magnitude % 100).rightJustified(2, u'0');
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
    QString text = QString::number(magnitude / 4);
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
