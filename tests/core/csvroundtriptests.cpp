// Write, then read back: every nasty value survives both dialects, apart from the apostrophe
// that the excel-nl formula guard adds on purpose.

#include "csvtesthelpers.h"

using namespace Qt::StringLiterals;
using namespace wzsw;
using test::csvBytes;
using test::readAll;

namespace {

struct Nasty
{
    QString value;
    QString readBackExcelNl; ///< what comes back from an excel-nl file
};

QList<Nasty> nastyValues()
{
    return {
        {u"plain"_s, u"plain"_s},
        {u"say \"hi\""_s, u"say \"hi\""_s},
        {u"\"\""_s, u"\"\""_s},
        {u"a;b"_s, u"a;b"_s},
        {u"a,b"_s, u"a,b"_s},
        {u"line\rbreak"_s, u"line\rbreak"_s},
        {u"line\nbreak"_s, u"line\nbreak"_s},
        {u"line\r\nbreak\r\n"_s, u"line\r\nbreak\r\n"_s},
        {u"=HYPERLINK(\"http://x\")"_s, u"'=HYPERLINK(\"http://x\")"_s},
        {u"+31 6 12345678"_s, u"'+31 6 12345678"_s},
        {u"-12,50"_s, u"'-12,50"_s},
        {u"@SUM(1)"_s, u"'@SUM(1)"_s},
        {u"\tindented"_s, u"'\tindented"_s},
        {u"\rcarriage"_s, u"'\rcarriage"_s},
        {u"Çelik"_s, u"Çelik"_s},
        {u"Dóra"_s, u"Dóra"_s},
        {u"Ĳsselmeer"_s, u"Ĳsselmeer"_s},
        {u"Straße"_s, u"Straße"_s},
        {u"👩‍🦳 ok 😀"_s, u"👩‍🦳 ok 😀"_s},
        {QString(), QString()},
        {u"   "_s, u"   "_s},
        {u" padded "_s, u" padded "_s},
        {u"trailing tab\t"_s, u"trailing tab\t"_s},
        {u"'already quoted"_s, u"'already quoted"_s},
    };
}

// Each value in a row of its own, between two plain cells, so a broken quote shows up in the
// neighbours too.
QByteArray writeNasty(const CsvDialect &dialect)
{
    return csvBytes(dialect, [](CsvWriter &w) {
        w.writeRow({u"nr"_s, u"value"_s, u"after"_s});
        int nr = 0;
        for (const Nasty &n : nastyValues())
            w.writeRow({QString::number(++nr), n.value, u"end"_s});
    });
}

void checkReadBack(const QList<CsvRecord> &records, bool excelNl)
{
    const QList<Nasty> values = nastyValues();
    REQUIRE(records.size() == values.size() + 1);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString expected = excelNl ? values[i].readBackExcelNl : values[i].value;
        INFO("row " << i + 1);
        CHECK(records[i + 1].fields == QStringList{QString::number(i + 1), expected, u"end"_s});
    }
}

} // namespace

TEST_CASE("nasty values survive a round trip through the rfc4180 dialect unchanged")
{
    const QByteArray bytes = writeNasty(CsvDialect::rfc4180());
    CHECK(CsvReader(bytes).delimiter() == ',');
    checkReadBack(readAll(bytes), false);
}

TEST_CASE("nasty values survive a round trip through excel-nl, formula-like text with an "
          "apostrophe")
{
    const QByteArray bytes = writeNasty(CsvDialect::excelNl());
    CsvReader reader(bytes);
    CHECK(reader.delimiter() == ';');
    CHECK(reader.hadByteOrderMark());
    checkReadBack(readAll(bytes), true);
}

TEST_CASE("numbers written by the program come back without a guard in excel-nl")
{
    const CsvDialect d = CsvDialect::excelNl();
    const QByteArray bytes = csvBytes(d, [&d](CsvWriter &w) {
        w.writeRow({u"datum"_s, u"bedrag"_s, u"uren"_s, u"als tekst"_s});
        w.addText(d.date(QDate(2025, 6, 30)));
        w.addNumber(d.money(-1250));
        w.addNumber(d.hours(-5));
        w.addText(d.money(-1250));
        w.endRow();
    });
    const QList<CsvRecord> records = readAll(bytes);
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == QStringList{u"30-06-2025"_s, u"-12,50"_s, u"-1,25"_s, u"'-12,50"_s});
    CHECK(parseMoney(records[1].fields[1]) == Cents(-1250));
    CHECK(parseDate(records[1].fields[0]) == QDate(2025, 6, 30));
}

TEST_CASE("records after fields with line ends start on the lines counted by hand")
{
    const QByteArray bytes = csvBytes(CsvDialect::rfc4180(), [](CsvWriter &w) {
        w.writeRow({u"a"_s, u"b"_s});         // line 1
        w.writeRow({u"x\r\ny\nz"_s, u"1"_s}); // lines 2-4
        w.writeRow({u"p"_s, u"q\rr"_s});      // lines 5-6
        w.writeRow({u"last"_s, QString()});   // line 7
    });
    const QList<CsvRecord> records = readAll(bytes);
    REQUIRE(records.size() == 4);
    CHECK(records[1].line == 2);
    CHECK(records[2].line == 5);
    CHECK(records[3].line == 7);
    CHECK(records[3].fields == QStringList{u"last"_s, QString()});
}

TEST_CASE("a one-column file keeps its empty rows through a round trip")
{
    const QByteArray bytes = csvBytes(CsvDialect::excelNl(), [](CsvWriter &w) {
        w.writeRow({u"opmerking"_s});
        w.writeRow({QString()});
        w.writeRow({u"x"_s});
    });
    const QList<CsvRecord> records = readAll(bytes);
    REQUIRE(records.size() == 3);
    CHECK(records[1].fields == QStringList{QString()});
    CHECK(records[2].fields == QStringList{u"x"_s});
}

TEST_CASE("many rows across the writer's buffer boundary read back complete")
{
    // About 2 MB: several flushes of the writer's buffer, some cutting through a multi-byte
    // character's neighbourhood.
    const int rows = 40000;
    const QByteArray bytes = csvBytes(CsvDialect::excelNl(), [](CsvWriter &w) {
        w.writeRow({u"nr"_s, u"naam"_s, u"notitie"_s});
        for (int i = 0; i < rows; ++i)
            w.writeRow({QString::number(i), u"Çelik 😀"_s, u"regel;\r\n\"twee\""_s});
    });
    const QList<CsvRecord> records = readAll(bytes);
    REQUIRE(records.size() == rows + 1);
    CHECK(records[rows].fields ==
          QStringList{QString::number(rows - 1), u"Çelik 😀"_s, u"regel;\r\n\"twee\""_s});
    CHECK(records[rows].line == 1 + 2 * (rows - 1) + 1);
}
