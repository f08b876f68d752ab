#pragma once

#include "exchange/fileimport.h"
#include "exchange/importcontext.h"
#include "exchange/importwriter.h"
#include "exchange/rowreader.h"
#include "storage/table.h"

#include <QHash>

#include <optional>
#include <type_traits>

namespace wzsw {

/// What the import needs to know of entity T; specialised per entity in import_*.cpp:
///
///     static constexpr ExchangeEntity entity;
///     static QString name();                     // "delivery": the entity in violations
///     static T blank();                          // a new record before its row is read
///     static void read(RowReader &, ImportContext &, T &value, const T *stored);
///         // puts the row's cells into `value` (the stored record when the row updates one)
///         // and checks every rule of domain.md, those about other records included
///     static bool sameChildren(const T &a, const T &b);  // child rows (target groups, ...)
///   coded entities (the first column is `code`):
///     static CodedRecords<T> &records(ImportContext &);
///     static void remember(ImportContext &, const T &value, const T *stored);  // optional:
///         // more to keep up to date than the records (BSNs in use)
///   entities without a code:
///     static QList<int> keyColumns();
///     static QString key(const T &);             // the natural key, see KeyedRecords
///     static constexpr bool keyIsUnique = true;  // optional: one record per key at most
template <typename T> struct ImportRules;

template <typename T>
concept CodedEntity = requires(ImportContext &c)
{
    ImportRules<T>::records(c);
};

/// The common course of a file: match each row to the record it is about (by code, or by
/// natural key and occurrence), read it onto that record, check it, then store it when it is
/// new or changed, and remember it for the files that follow.
template <typename T> class RecordImport : public FileImport
{
    // Its own context, as lupdate files these texts under it (FileImport's would hide them).
    Q_DECLARE_TR_FUNCTIONS(wzsw::RecordImport)

    using R = ImportRules<T>;

public:
    explicit RecordImport(ImportContext &context)
        : FileImport(exchangeFile(R::entity), context), m_writer(context.db())
    {}

    QString table() const override { return Mapping<T>::table(); }

    Status begin() override
    {
        Table<T> table(m_context.db());
        const Result<qint64> stored = table.count();
        if (!stored)
            return stored.error();
        m_startsEmpty = *stored == 0;
        if (m_startsEmpty)
            return {};
        if constexpr (!CodedEntity<T>) {
            // Only a table with records needs the natural keys: an empty one skips them all.
            return table.forEach({}, {}, QStringLiteral("id"), [this](T &value) {
                m_stored.addStored(R::key(value), value);
                return true;
            });
        }
        return {};
    }

protected:
    QList<int> identifyingColumns() const override
    {
        if constexpr (CodedEntity<T>)
            return {0};
        else
            return R::keyColumns();
    }

    Status readRow(const CsvRecord &record) override
    {
        std::optional<T> stored;
        QString code;
        if constexpr (CodedEntity<T>) {
            code = record.fields.at(m_fieldOf.at(0)).trimmed();
            if (!code.isEmpty() && !firstTimeSeen(code, record.line))
                return {};
            if (const T *found = R::records(m_context).find(code))
                stored = *found;
        } else if (!m_stored.isEmpty()) {
            T probe = R::blank();
            RowReader keyReader(m_file, m_fieldOf, record.fields, R::name());
            R::read(keyReader, m_context, probe, nullptr);
            if (const T *found = m_stored.nextMatch(R::key(probe)))
                stored = *found;
        }
        T value = stored ? *stored : R::blank();
        RowReader reader(m_file, m_fieldOf, record.fields, R::name(), code);
        R::read(reader, m_context, value, stored ? &*stored : nullptr);
        if (!m_context.failure())
            return m_context.failure();
        if constexpr (requires { R::keyIsUnique; }) {
            const QString key = R::key(value);
            if (const auto seen = m_seenCodes.constFind(key); seen != m_seenCodes.cend())
                reader.violations().add(m_file.columns.at(R::keyColumns().front()), Rule::Unique,
                                        tr("This record already appears on line %1; it may "
                                           "appear only once.")
                                            .arg(*seen));
            else
                m_seenCodes.insert(key, record.line);
        }
        const QList<RuleViolation> violations = reader.takeViolations();
        report(record.line, violations);
        Status status = violations.isEmpty() ? accept(value, stored, record.line) : Status();
        if (value.id == 0)
            value.id = m_context.provisionalId();
        if constexpr (CodedEntity<T>) {
            if constexpr (requires { R::remember(m_context, value, &value); })
                R::remember(m_context, value, stored ? &*stored : nullptr);
            R::records(m_context).put(value);
        }
        return status;
    }

    /// A row that passed every check: stores it now (a subclass may wait for the whole file).
    virtual Status accept(T &value, const std::optional<T> &stored, qint64 line)
    {
        return store(value, stored, line);
    }

    /// Inserts, updates or leaves alone (when nothing changed). A row the data file refuses
    /// (a rule the checks above missed) is reported like any other problem.
    Status store(T &value, const std::optional<T> &stored, qint64 line)
    {
        if (stored && Table<T>::changedColumns(*stored, value).isEmpty() &&
            R::sameChildren(*stored, value)) {
            ++m_counts.unchanged;
            return {};
        }
        if (m_context.migration)
            if (const QString conflict = migrationConflict(value, stored); !conflict.isEmpty()) {
                report(line, m_file.columns.at(0), conflict);
                return {};
            }
        stored ? ++m_counts.updated : ++m_counts.added;
        if (!m_context.isWriting())
            return {};
        Status status = stored ? m_writer.update(value) : m_writer.insert(value);
        if (!status && status.error().kind == Error::Kind::Invalid) {
            report(line, QString(), status.error().message);
            return {};
        }
        return status;
    }

    /// The stored records, grouped by natural key (empty when the table was empty).
    KeyedRecords<T> m_stored;

private:
    /// Moving a file into the regional database keeps what the server holds: a row that would
    /// change a stored record is a conflict, and so is a municipality the server lacks (its
    /// administrator adds municipalities together with their roles).
    QString migrationConflict(const T &value, const std::optional<T> &stored) const
    {
        if constexpr (CodedEntity<T>) {
            if (stored)
                return tr("Conflict: the server holds %1 %2 with other data.")
                    .arg(fieldLabel(m_file.columns.at(0)), stored->code);
            if constexpr (std::is_same_v<T, Municipality>)
                return tr("Conflict: the server has no municipality %1; its administrator adds "
                          "it first, with the roles of its project leaders.")
                    .arg(value.code);
            return {};
        } else {
            if (stored)
                return tr("Conflict: the server holds this record with other data.");
            return {};
        }
    }

    bool firstTimeSeen(const QString &code, qint64 line)
    {
        const auto seen = m_seenCodes.constFind(code);
        if (seen == m_seenCodes.cend()) {
            m_seenCodes.insert(code, line);
            return true;
        }
        report(line, m_file.columns.at(0),
               tr("%1 %2 appears more than once in this file (first on line %3).")
                   .arg(fieldLabel(m_file.columns.at(0)), code)
                   .arg(*seen));
        return false;
    }

    ImportWriter<T> m_writer;
    QHash<QString, qint64> m_seenCodes; ///< code (or unique key) -> line where first seen
};

} // namespace wzsw
