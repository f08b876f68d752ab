#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace wzsw {

/// One record of a CSV file.
struct CsvRecord
{
    QStringList fields;
    /// Physical line (1-based) on which the record starts, for `file:line: column: message`.
    qint64 line = 0;

    /// Every field empty: Excel writes an empty spreadsheet row as `;;;`.
    bool isBlank() const;
};

/// A problem in the CSV text itself (not in a value), found while reading.
struct CsvError
{
    QString source;  ///< file name for messages; may be empty
    qint64 line = 0; ///< physical line (1-based)
    QString message; ///< translated, one sentence, without the location

    /// "clients.csv:12: message" ("12: message" without a source).
    QString located() const;
    /// Kind::Invalid with located() as the message.
    Error toError() const;
};

/// Reads CSV as written by this program, by other programs and by Excel: a UTF-8 BOM is
/// stripped, the delimiter (`;`, `,` or tab) is taken from the header record, RFC 4180 quoting
/// is understood (doubled quotes, delimiters and line ends inside quotes), CRLF, LF and lone CR
/// all end a line, unquoted fields lose their surrounding spaces and empty lines are skipped.
///
/// The whole file is held in memory and records are parsed one at a time:
///
///     CsvRecord record;
///     while (reader.next(record)) { ... }
///     if (reader.error()) ...
///
/// A leading `'` (the formula guard of the excel-nl dialect) is kept: the value is returned as
/// the file has it. The exchange format is written in rfc4180, which has no guard, so a round
/// trip through the exchange files never meets one.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::CsvReader)

public:
    /// Reads the whole file; the error says why it could not be read. Messages name the file.
    static Result<CsvReader> open(const QString &path);
    /// `source` names the data in error messages (usually a file name).
    explicit CsvReader(QByteArray data, QString source = {});

    /// The detected delimiter (`,` when the header has none of `;`, `,` or tab).
    char delimiter() const { return m_delimiter; }
    /// Overrides the detected delimiter; call before the first next().
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    bool hadByteOrderMark() const { return m_hadBom; }
    /// The name used in error messages.
    const QString &source() const { return m_source; }
    /// How far reading has come, in bytes of size(): for progress bars.
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_data.size(); }

    /// Parses the next record into `record` (its list's capacity is reused). False at the end
    /// of the data or on an error: see error().
    [[nodiscard]] bool next(CsvRecord &record);
    /// Set once reading stopped on a problem; reading does not go on after it.
    const std::optional<CsvError> &error() const { return m_error; }

private:
    bool isPadding(char c) const { return c == ' ' || (c == '\t' && m_delimiter != '\t'); }
    void fail(qint64 line, QString message);

    QByteArray m_data;
    QString m_source;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qsizetype m_firstInvalidUtf8 = -1; ///< offset of the first line with invalid UTF-8
    char m_delimiter = ',';
    bool m_hadBom = false;
    QByteArray m_scratch; ///< a quoted field without its doubled quotes
    std::optional<CsvError> m_error;
};

} // namespace wzsw
