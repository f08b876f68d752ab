// libFuzzer target: the CSV reader on any bytes. Beyond "no crash, no undefined behaviour":
// reading always ends, moves forward with every record, and what it read survives a round
// trip through the writer unchanged.
#include "csv/csvdialect.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace wzsw;
using namespace Qt::StringLiterals;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, bool &failed, char delimiter = 0)
{
    CsvReader reader(bytes, u"fuzz.csv"_s);
    if (delimiter != 0)
        reader.setDelimiter(delimiter);
    QList<QStringList> records;
    CsvRecord record;
    qsizetype previous = -1;
    qint64 previousLine = 0;
    while (reader.next(record)) {
        // Every record moves on, within the data, on a line no earlier than the last.
        if (reader.position() <= previous || reader.position() > reader.size() || record.line < 1 ||
            record.line < previousLine)
            std::abort();
        previous = reader.position();
        previousLine = record.line;
        records.append(record.fields);
    }
    failed = reader.error().has_value();
    if (failed && reader.error()->located().isEmpty())
        std::abort();
    return records;
}

/// Whether the records read back as themselves: the reader trims unquoted padding, skips
/// blank lines and strips a byte order mark at the start of the file, and the writer quotes only
/// what needs quoting, so only records the writer keeps exact can be compared (no field with
/// surrounding white space, no record of empty fields only, and no first field starting with
/// U+FEFF, which written first in a file is indistinguishable from the file's byte order mark).
bool roundTrips(const QList<QStringList> &records)
{
    if (records.constFirst().constFirst().startsWith(QChar(0xFEFF)))
        return false;
    for (const QStringList &fields : records) {
        bool allEmpty = true;
        for (const QString &field : fields) {
            if (field != field.trimmed())
                return false;
            allEmpty = allEmpty && field.isEmpty();
        }
        if (allEmpty)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    bool failed = false;
    const QList<QStringList> records = readAll(bytes, failed);
    if (failed || records.isEmpty() || !roundTrips(records))
        return 0;

    // Written again in the exchange dialect and read back with its delimiter: the same records.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, CsvDialect::rfc4180());
        for (const QStringList &fields : records)
            writer.writeRow(fields);
        if (!writer.finish().ok())
            std::abort();
    }
    bool failedAgain = false;
    const QList<QStringList> again = readAll(buffer.data(), failedAgain, ',');
    if (failedAgain || again != records)
        std::abort();
    return 0;
}
