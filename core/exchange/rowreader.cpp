#include "exchange/rowreader.h"

#include "common/values.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// The excel-nl dialect puts `'` before text that Excel would run as a formula. Reading such a
// file back, the apostrophe is the writer's, not the user's: it goes, so an excel-nl export
// imports as it was stored. Any other leading apostrophe ('s-Hertogenbosch) stays.
bool startsWithFormulaGuard(const QString &text)
{
    if (text.size() < 2 || text.front() != u'\'')
        return false;
    const QChar next = text.at(1);
    return next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' ||
           next == u'\r';
}

} // namespace

RowReader::RowReader(const ExchangeFile &file, const QList<qsizetype> &fieldOf,
                     const QStringList &fields, const QString &entity, const QString &record)
    : m_file(file), m_fieldOf(fieldOf), m_fields(fields), m_violations(entity, record)
{}

QStringView RowReader::cell(int column) const
{
    return has(column) ? QStringView(rawCell(column)).trimmed() : QStringView();
}

void RowReader::text(int column, QString &out)
{
    if (!has(column))
        return;
    const QString &raw = rawCell(column);
    out = startsWithFormulaGuard(raw) ? raw.mid(1) : raw;
}

void RowReader::code(int column, QString &out)
{
    if (has(column))
        out = cell(column).toString();
}

void RowReader::date(int column, QDate &out)
{
    if (!has(column))
        return;
    const QStringView text = cell(column);
    if (text.isEmpty()) {
        out = QDate();
    } else if (const std::optional<QDate> value = parseDate(text)) {
        out = *value;
    } else {
        unreadable(column, Rule::Format,
                   tr("%1 \"%2\" is not a date (yyyy-mm-dd or dd-mm-yyyy).")
                       .arg(fieldLabel(columnName(column)), text));
    }
}

void RowReader::money(int column, Cents &out)
{
    std::optional<Cents> value = out;
    optionalMoney(column, value);
    out = value.value_or(0);
}

void RowReader::optionalMoney(int column, std::optional<Cents> &out)
{
    if (!has(column))
        return;
    const QStringView text = cell(column);
    if (text.isEmpty()) {
        out.reset();
    } else if (const std::optional<Cents> value = parseMoney(text)) {
        out = value;
    } else {
        unreadable(column, Rule::Format,
                   tr("%1 \"%2\" is not an amount in euros with at most two decimals.")
                       .arg(fieldLabel(columnName(column)), text));
    }
}

void RowReader::quarterHours(int column, int &out)
{
    if (!has(column))
        return;
    if (const std::optional<int> value =
            m_violations.readQuarterHours(columnName(column), cell(column))) {
        out = *value;
    } else {
        out = 0;
        m_unreadable.insert(columnName(column));
    }
}

void RowReader::number(int column, double &out)
{
    if (!has(column))
        return;
    const QStringView text = cell(column);
    if (text.isEmpty()) {
        out = 0;
    } else if (const std::optional<double> value = parseNumber(text)) {
        out = *value;
    } else {
        unreadable(column, Rule::Format,
                   tr("%1 \"%2\" is not a number.").arg(fieldLabel(columnName(column)), text));
    }
}

void RowReader::wholeNumber(int column, int &out)
{
    if (!has(column))
        return;
    const QStringView text = cell(column);
    const std::optional<qint64> value = parseScaledDecimal(text, 0);
    if (text.isEmpty()) {
        out = 0;
    } else if (value && *value >= -1000000 && *value <= 1000000) {
        out = int(*value);
    } else {
        unreadable(
            column, Rule::Format,
            tr("%1 \"%2\" is not a whole number.").arg(fieldLabel(columnName(column)), text));
    }
}

void RowReader::boolean(int column, bool &out, bool whenEmpty)
{
    if (!has(column))
        return;
    const QStringView text = cell(column);
    if (text.isEmpty()) {
        out = whenEmpty;
    } else if (const std::optional<bool> value = parseBool(text)) {
        out = *value;
    } else {
        unreadable(column, Rule::Format,
                   tr("%1 \"%2\" is not yes or no (1/0, ja/nee, yes/no, true/false).")
                       .arg(fieldLabel(columnName(column)), text));
    }
}

void RowReader::addRules(const QList<RuleViolation> &violations)
{
    for (const RuleViolation &v : violations)
        if (!m_unreadable.contains(v.field))
            m_violations.add(v.field, v.rule, v.message);
}

QList<QStringView> RowReader::listParts(int column) const
{
    QList<QStringView> parts;
    for (const QStringView part : cell(column).split(u'|')) {
        const QStringView trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts;
}

void RowReader::required(int column)
{
    m_violations.requireText(columnName(column), QString());
    m_unreadable.insert(columnName(column));
}

void RowReader::unreadable(int column, Rule rule, const QString &message)
{
    m_violations.add(columnName(column), rule, message);
    m_unreadable.insert(columnName(column));
}

void RowReader::notAChoice(int column, const QStringList &codes, QStringView value)
{
    const QStringView shown = value.isEmpty() ? cell(column) : value;
    unreadable(column, Rule::UnknownCode,
               tr("%1 \"%2\" is not one of: %3.")
                   .arg(fieldLabel(columnName(column)), shown, codes.join(u", "_s)));
}

void RowReader::unknownCode(int column, QStringView code)
{
    m_violations.unknownReference(columnName(column), code.toString());
    m_unreadable.insert(columnName(column));
}

} // namespace wzsw
