#pragma once

// Helpers shared by the CSV tests: write to memory, read everything back, print bytes readably.

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "testsupport.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QStringList>

#include <functional>

namespace wzsw::test {

/// What `write` sends through a CsvWriter in `dialect`, as bytes.
inline QByteArray csvBytes(const CsvDialect &dialect, const std::function<void(CsvWriter &)> &write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, dialect);
    write(writer);
    REQUIRE(writer.finish().ok());
    return bytes;
}

/// Every record of `data`; fails the test on a reader error.
inline QList<CsvRecord> readAll(const QByteArray &data)
{
    CsvReader reader(data);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    if (reader.error())
        FAIL(reader.error()->located().toStdString());
    return records;
}

} // namespace wzsw::test

namespace Catch {
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        std::string text = "{";
        for (const QString &s : list)
            text += (text.size() > 1 ? ", \"" : "\"") + s.toStdString() + '"';
        return text + '}';
    }
};

// Bytes with everything outside printable ASCII as \xNN, so a failed comparison shows the BOM,
// the CR and the UTF-8 sequences.
template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &bytes)
    {
        std::string text = "\"";
        for (const char c : bytes) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x20 && u < 0x7F && c != '\\') {
                text += c;
            } else {
                static const char hex[] = "0123456789ABCDEF";
                text += "\\x";
                text += hex[u >> 4];
                text += hex[u & 0xF];
            }
        }
        return text + '"';
    }
};
} // namespace Catch
