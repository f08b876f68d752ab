#pragma once

#include "common/result.h"
#include "csv/csvreader.h"
#include "exchange/exchangefiles.h"

#include <QCoreApplication>
#include <QList>

namespace wzsw {

class ImportContext;
struct RuleViolation;

/// What one file of an import did (or, in a dry run, would do).
struct ImportCounts
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;

    qint64 rows() const { return added + updated + unchanged; }
};

/// Reads one exchange file of an import: the header, then the rows one by one, then whatever
/// can only be checked once all rows are known. Problems go to the context's list; a Status
/// error means the import cannot go on at all (the data file failed).
class FileImport
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::FileImport)

public:
    FileImport(const ExchangeFile &file, ImportContext &context);
    virtual ~FileImport() = default;
    FileImport(const FileImport &) = delete;
    FileImport &operator=(const FileImport &) = delete;

    const ExchangeFile &file() const { return m_file; }
    const ImportCounts &counts() const { return m_counts; }
    /// The table the file fills.
    virtual QString table() const = 0;
    /// The table held no records when begin() looked: its indexes can be built once, after
    /// the load, and no row needs matching against stored records.
    bool startsEmpty() const { return m_startsEmpty; }

    /// Learns where each column sits. Unknown and repeated columns and missing identifying
    /// columns are problems; false when the rows cannot be read because of them. Columns
    /// without a name are allowed as long as their cells stay empty.
    bool readHeader(const CsvRecord &header, const QString &source);
    /// Before the import starts: loads what the file's rows are matched against.
    virtual Status begin() = 0;
    /// One data row (never a blank one).
    Status row(const CsvRecord &record);
    /// After the last row.
    virtual Status finish() { return {}; }

protected:
    /// Columns that say which record a row is about: without them no row can be matched.
    virtual QList<int> identifyingColumns() const = 0;
    virtual Status readRow(const CsvRecord &record) = 0;

    void report(qint64 line, const QList<RuleViolation> &violations);
    void report(qint64 line, const QString &column, const QString &message);

    ImportContext &m_context;
    const ExchangeFile &m_file;
    QString m_source; ///< the file's name as given, for messages
    QList<qsizetype> m_fieldOf;
    QList<qsizetype> m_unnamedFields; ///< columns without a name: their cells must be empty
    qsizetype m_fieldCount = 0;
    ImportCounts m_counts;
    bool m_startsEmpty = false;
};

} // namespace wzsw
