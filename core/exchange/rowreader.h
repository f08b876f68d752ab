#pragma once

#include "domain/enums.h"
#include "exchange/exchangefiles.h"
#include "exchange/importrecords.h"
#include "rules/violations.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace wzsw {

/// Reads the typed values of one row of an exchange file. Each reader takes the column's
/// position in the specification (exchangefiles.h `col::`) and:
/// - leaves the value alone when the file has no such column, so a row that updates a record
///   keeps what the file does not mention;
/// - stores "no value" for an empty cell (empty text, invalid date, 0, nothing);
/// - records a violation naming the column when the cell cannot be read, and marks the column
///   so that a rule broken only because of it is not reported a second time.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::RowReader)

public:
    /// `fieldOf[c]` is where column c of `file` sits in `fields`, -1 when the file lacks it.
    RowReader(const ExchangeFile &file, const QList<qsizetype> &fieldOf, const QStringList &fields,
              const QString &entity, const QString &record = {});

    bool has(int column) const { return m_fieldOf.at(column) >= 0; }
    /// The cell without surrounding spaces; empty when the file lacks the column.
    QStringView cell(int column) const;
    const QString &columnName(int column) const { return m_file.columns.at(column); }

    void text(int column, QString &out);
    /// A code of this row's record: like text, without surrounding spaces.
    void code(int column, QString &out);
    void date(int column, QDate &out);
    void money(int column, Cents &out);                        ///< empty: 0
    void optionalMoney(int column, std::optional<Cents> &out); ///< empty: nothing
    void quarterHours(int column, int &out); ///< empty: a violation (hours are required)
    void number(int column, double &out);    ///< empty: 0
    void wholeNumber(int column, int &out);  ///< empty: 0
    void boolean(int column, bool &out, bool whenEmpty);

    /// A value a new record cannot do without comes from a column the file does not have.
    void requireColumn(int column)
    {
        if (!has(column))
            m_violations.requireText(columnName(column), QString());
    }

    /// An enumeration that must have a value: its code, Dutch or English label.
    template <typename E> void choice(int column, E &out)
    {
        if (!has(column))
            return;
        const QStringView text = cell(column);
        if (text.isEmpty())
            return required(column);
        if (const std::optional<E> value = fromCode<E>(text))
            out = *value;
        else
            notAChoice(column, allCodes<E>());
    }
    template <typename E> void optionalChoice(int column, std::optional<E> &out)
    {
        if (!has(column))
            return;
        const QStringView text = cell(column);
        if (text.isEmpty()) {
            out.reset();
        } else if (const std::optional<E> value = fromCode<E>(text)) {
            out = value;
        } else {
            notAChoice(column, allCodes<E>());
        }
    }
    /// A set of enumeration values separated by `|`, kept in the enumeration's order.
    template <typename E> void choices(int column, QList<E> &out)
    {
        if (!has(column))
            return;
        QList<E> values;
        for (const QStringView part : listParts(column)) {
            if (const std::optional<E> value = fromCode<E>(part))
                values.append(*value);
            else
                return notAChoice(column, allCodes<E>(), part);
        }
        out = normalizedSet(values);
    }

    /// A reference by code: sets `out` to the record's id (0 for an empty cell) and returns the
    /// record, or nullptr when the cell is empty, the column absent or the code unknown.
    template <typename T> const T *reference(int column, const CodedRecords<T> &records, Id &out)
    {
        if (!has(column))
            return nullptr;
        out = 0;
        const QStringView code = cell(column);
        if (code.isEmpty())
            return nullptr;
        const T *found =
            records.find(code.size() == rawSize(column) ? rawCell(column) : code.toString());
        if (found)
            out = found->id;
        else
            unknownCode(column, code);
        return found;
    }
    /// References separated by `|`, as ids in the order written.
    template <typename T>
    void references(int column, const CodedRecords<T> &records, QList<Id> &out)
    {
        if (!has(column))
            return;
        QList<Id> ids;
        for (const QStringView part : listParts(column)) {
            const T *found = records.find(part.toString());
            if (!found)
                return unknownCode(column, part);
            if (!ids.contains(found->id))
                ids.append(found->id);
        }
        out = ids;
    }

    /// Violations of rules that need more than the row (unique codes, references, ...).
    Violations &violations() { return m_violations; }
    /// Takes over a validator's violations, leaving out those about a column that could not be
    /// read: its cell already has a message.
    void addRules(const QList<RuleViolation> &violations);
    QList<RuleViolation> takeViolations() { return m_violations.take(); }

private:
    const QString &rawCell(int column) const { return m_fields.at(m_fieldOf.at(column)); }
    qsizetype rawSize(int column) const { return rawCell(column).size(); }
    QList<QStringView> listParts(int column) const;
    void required(int column);
    void unreadable(int column, Rule rule, const QString &message);
    void notAChoice(int column, const QStringList &codes, QStringView value = {});
    void unknownCode(int column, QStringView code);

    const ExchangeFile &m_file;
    const QList<qsizetype> &m_fieldOf;
    const QStringList &m_fields;
    Violations m_violations;
    QSet<QString> m_unreadable;
};

} // namespace wzsw
