#include "csv/csvwriter.h"

#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// Written to the device once this many bytes have piled up: few device calls, little memory.
constexpr qsizetype chunkSize = 256 * 1024;

bool isPadding(QChar c)
{
    return c == u' ' || c == u'\t';
}

// OWASP "CSV injection": these make Excel (and LibreOffice) start a formula or a DDE call.
bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// `guarded`: an apostrophe will go first, so leading padding is no longer at the edge.
bool needsQuotes(QStringView cell, QChar delimiter, bool guarded)
{
    if (cell.isEmpty())
        return false;
    // Readers trim unquoted fields (ours does, as the spec asks): quotes keep the padding.
    if ((!guarded && isPadding(cell.front())) || isPadding(cell.back()))
        return true;
    for (const QChar c : cell) {
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvDialect dialect)
    : m_device(device), m_dialect(std::move(dialect)), m_buffer(chunkSize, Qt::Uninitialized),
      m_out(m_buffer.data()), m_lineEnd(m_dialect.lineEnd.toUtf8())
{
    if (!m_device)
        m_errorText = tr("There is no file to write to.");
    if (m_dialect.byteOrderMark)
        append(QStringView(u"\uFEFF"));
}

CsvWriter::~CsvWriter()
{
    if (m_device && m_device->isOpen() && m_device->isWritable())
        flush();
}

void CsvWriter::addText(const QString &text)
{
    addCell(text, m_dialect.formulaGuard && startsLikeFormula(text));
}

void CsvWriter::addNumber(const QString &number)
{
    addCell(number, false);
}

void CsvWriter::addEmpty()
{
    addCell(QString(), false);
}

void CsvWriter::addCell(const QString &cell, bool guard)
{
    if (m_cellsInRow++ > 0)
        append(QStringView(&m_dialect.delimiter, 1));
    m_lastCellEmpty = cell.isEmpty();
    const bool quoted = needsQuotes(cell, m_dialect.delimiter, guard);
    if (quoted)
        append('"');
    // The `'` is part of the cell's text, so it goes inside the quotes.
    if (guard)
        append('\'');
    if (quoted) {
        qsizetype from = 0;
        for (qsizetype at = cell.indexOf(u'"'); at >= 0; at = cell.indexOf(u'"', from)) {
            append(QStringView(cell).sliced(from, at + 1 - from));
            append('"');
            from = at + 1;
        }
        append(QStringView(cell).sliced(from));
        append('"');
    } else {
        append(cell);
    }
}

void CsvWriter::endRow()
{
    if (m_cellsInRow == 1 && m_lastCellEmpty)
        append(QStringView(u"\"\""));
    reserve(m_lineEnd.size());
    m_out = std::copy(m_lineEnd.cbegin(), m_lineEnd.cend(), m_out);
    m_cellsInRow = 0;
}

void CsvWriter::writeRow(const QStringList &textCells)
{
    for (const QString &cell : textCells)
        addText(cell);
    endRow();
}

Status CsvWriter::finish()
{
    flush();
    if (!ok())
        return Error::make(Error::Kind::Io, m_errorText);
    return {};
}

// UTF-8 by hand: QStringEncoder's per-call set-up cost more than the encoding of a short cell.
// A lone surrogate (broken UTF-16) becomes U+FFFD, as QString::toUtf8() does.
void CsvWriter::append(QStringView text)
{
    reserve(3 * text.size()); // a UTF-16 unit never needs more than 3 bytes
    char *out = m_out;
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    for (; p < end; ++p) {
        char32_t c = *p;
        if (c < 0x80) {
            *out++ = char(c);
            continue;
        }
        if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
            continue;
        }
        if (QChar::isHighSurrogate(c) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            c = QChar::surrogateToUcs4(char16_t(c), p[1]);
            ++p;
            *out++ = char(0xF0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3F));
        } else {
            if (QChar::isSurrogate(c))
                c = QChar::ReplacementCharacter;
            *out++ = char(0xE0 | (c >> 12));
        }
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
    m_out = out;
}

void CsvWriter::append(char ascii)
{
    reserve(1);
    *m_out++ = ascii;
}

// Room for `bytes` more: writes the buffer out when full, and grows it for a cell larger than
// the whole buffer.
void CsvWriter::reserve(qsizetype bytes)
{
    if (m_out + bytes <= m_buffer.constData() + m_buffer.size())
        return;
    flush();
    if (bytes > m_buffer.size()) {
        m_buffer.resize(bytes);
        m_out = m_buffer.data();
    }
}

void CsvWriter::flush()
{
    const qsizetype size = m_out - m_buffer.constData();
    if (size == 0)
        return;
    m_out = m_buffer.data();
    if (!ok())
        return;
    if (m_device->write(m_buffer.constData(), size) != size)
        m_errorText = tr("The file could not be written: %1").arg(m_device->errorString());
}

} // namespace wzsw
