#include "csv/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// A field's UTF-8 bytes as text. QString::fromUtf8 drops a leading byte order mark, but the
/// file's own mark is stripped before the first record, so marks at the start of a field are
/// characters of that field and are kept, every one of them (the fuzzer found "\uFEFF\uFEFF"
/// losing its second one when only the first was put back).
QString decodeField(const char *data, qsizetype size)
{
    if (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        return decoder(QByteArrayView(data, size));
    }
    return QString::fromUtf8(data, size);
}

const char *skipLineEnd(const char *p, const char *end)
{
    if (*p == '\r' && p + 1 < end && p[1] == '\n')
        return p + 2;
    return p + 1;
}

// CRLF is one line end, and so are a lone LF and a lone CR (old Mac files).
qint64 countLineEnds(const char *from, const char *to, const char *end)
{
    qint64 count = 0;
    for (const char *p = from; p < to; ++p) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n')))
            ++count;
    }
    return count;
}

// The delimiter that occurs most often outside quotes in the first non-empty record; `;` wins
// a tie because the files people send us come from Dutch Excel.
char detectDelimiter(QByteArrayView data)
{
    constexpr char candidates[] = {';', ',', '\t'};
    qsizetype counts[3] = {};
    bool inQuotes = false;
    bool seenContent = false;
    for (const char c : data) {
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice
            seenContent = true;
        } else if (!inQuotes) {
            if (c == '\r' || c == '\n') {
                if (seenContent)
                    break;
                continue;
            }
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i];
            seenContent = seenContent || c != ' ';
        }
    }
    const auto best = std::max_element(std::begin(counts), std::end(counts));
    return *best == 0 ? ',' : candidates[best - std::begin(counts)];
}

// Offset of the first line (or part between line ends) that is not valid UTF-8. A line end byte
// never occurs inside a multi-byte sequence, so checking the parts one by one is exact enough.
qsizetype firstInvalidUtf8(QByteArrayView data)
{
    if (data.isValidUtf8())
        return -1;
    qsizetype from = 0;
    while (from < data.size()) {
        qsizetype to = from;
        while (to < data.size() && data[to] != '\n' && data[to] != '\r')
            ++to;
        if (!data.sliced(from, to - from).isValidUtf8())
            return from;
        from = to + 1;
    }
    return 0; // not reached: some part must be invalid
}

} // namespace

bool CsvRecord::isBlank() const
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &f) { return f.isEmpty(); });
}

QString CsvError::located() const
{
    const QString at = QString::number(line) + u": "_s + message;
    return source.isEmpty() ? at : source + u':' + at;
}

Error CsvError::toError() const
{
    return Error::make(Error::Kind::Invalid, located());
}

Result<CsvReader> CsvReader::open(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::make(Error::Kind::NotFound, tr("%1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           tr("%1 could not be read: %2").arg(path, file.errorString()));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::make(Error::Kind::Io,
                           tr("%1 could not be read: %2").arg(path, file.errorString()));
    return CsvReader(std::move(data), QFileInfo(path).fileName());
}

CsvReader::CsvReader(QByteArray data, QString source)
    : m_data(std::move(data)), m_source(std::move(source))
{
    if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_hadBom = true;
        m_pos = 3;
    } else if (m_data.startsWith("\xFF\xFE") || m_data.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text"; without this hint the user would only hear "not UTF-8".
        fail(1, tr("The file is in UTF-16. Save it as \"CSV UTF-8\" and try again."));
        return;
    }
    const QByteArrayView text = QByteArrayView(m_data).sliced(m_pos);
    m_delimiter = detectDelimiter(text);
    const qsizetype invalid = firstInvalidUtf8(text);
    m_firstInvalidUtf8 = invalid < 0 ? -1 : m_pos + invalid;
}

void CsvReader::fail(qint64 line, QString message)
{
    m_error = CsvError{m_source, line, std::move(message)};
}

bool CsvReader::next(CsvRecord &record)
{
    if (m_error)
        return false;
    const char *const begin = m_data.constData();
    const char *const end = begin + m_data.size();
    const char *p = begin + m_pos;

    for (;;) { // skip empty lines (spaces only count as empty)
        const char *q = p;
        while (q < end && isPadding(*q))
            ++q;
        if (q == end) {
            m_pos = m_data.size();
            return false;
        }
        if (*q != '\r' && *q != '\n')
            break;
        p = skipLineEnd(q, end);
        ++m_line;
    }

    record.fields.clear();
    record.line = m_line;
    const char *const recordStart = p;
    for (;;) {
        while (p < end && isPadding(*p))
            ++p;
        if (p < end && *p == '"') {
            const qint64 openLine = m_line;
            const char *const content = ++p;
            bool doubled = false;
            for (;;) {
                const char *quote = static_cast<const char *>(std::memchr(p, '"', end - p));
                if (!quote) {
                    fail(openLine, tr("This quoted field has no closing quote: the file ends "
                                      "inside it."));
                    return false;
                }
                m_line += countLineEnds(p, quote, end);
                if (quote + 1 < end && quote[1] == '"') {
                    // Keep one of the two quotes; the first time round p is still `content`.
                    if (!doubled)
                        m_scratch.resize(0);
                    m_scratch.append(p, quote + 1 - p);
                    doubled = true;
                    p = quote + 2;
                    continue;
                }
                if (doubled) {
                    m_scratch.append(p, quote - p);
                    record.fields.append(decodeField(m_scratch.constData(), m_scratch.size()));
                } else {
                    record.fields.append(decodeField(content, quote - content));
                }
                p = quote + 1;
                break;
            }
            while (p < end && isPadding(*p))
                ++p;
            if (p < end && *p != m_delimiter && *p != '\r' && *p != '\n') {
                fail(m_line, tr("Text follows the closing quote of a field. A quote inside a "
                                "field must be written twice (\"\")."));
                return false;
            }
        } else {
            const char *const start = p;
            while (p < end && *p != m_delimiter && *p != '\r' && *p != '\n')
                ++p;
            const char *stop = p;
            while (stop > start && isPadding(stop[-1]))
                --stop;
            record.fields.append(decodeField(start, stop - start));
        }
        if (p == end)
            break;
        if (*p == m_delimiter) {
            ++p;
            continue;
        }
        p = skipLineEnd(p, end);
        ++m_line;
        break;
    }
    m_pos = p - begin;

    const qsizetype recordBegin = recordStart - begin;
    if (m_firstInvalidUtf8 >= recordBegin && m_firstInvalidUtf8 < m_pos) {
        fail(record.line + countLineEnds(recordStart, begin + m_firstInvalidUtf8, end),
             tr("This line is not valid UTF-8 text. Save the file as \"CSV UTF-8\" and try "
                "again."));
        return false;
    }
    return true;
}

} // namespace wzsw
