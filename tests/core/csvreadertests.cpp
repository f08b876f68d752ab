// The reader on hand-written input: what Excel, other programs and people's editors produce.

#include "csv/csvtable.h"
#include "csvtesthelpers.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace wzsw;
using test::readAll;

namespace {

// Reads until the reader stops and returns its error; fails the test when there is none.
CsvError readUntilError(CsvReader &reader, qsizetype *recordsBefore = nullptr)
{
    CsvRecord record;
    qsizetype count = 0;
    while (reader.next(record))
        ++count;
    if (recordsBefore)
        *recordsBefore = count;
    REQUIRE(reader.error().has_value());
    return *reader.error();
}

} // namespace

TEST_CASE("the reader strips a BOM and reads semicolons and CRLF as Dutch Excel writes them")
{
    CsvReader reader(QByteArray("\xEF\xBB\xBF"
                                "code;naam;bedrag\r\nC-1;\xC3\x87"
                                "elik;-12,50\r\n"));
    CHECK(reader.delimiter() == ';');
    CHECK(reader.hadByteOrderMark());
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.fields == QStringList{u"code"_s, u"naam"_s, u"bedrag"_s});
    CHECK(record.line == 1);
    REQUIRE(reader.next(record));
    CHECK(record.fields == QStringList{u"C-1"_s, u"Çelik"_s, u"-12,50"_s});
    CHECK(record.line == 2);
    CHECK_FALSE(reader.next(record));
    CHECK_FALSE(reader.error().has_value());
}

TEST_CASE("a byte order mark inside the file is a character of its field, only the first is "
          "the file's mark")
{
    // EF BB BF is U+FEFF in UTF-8: the first one marks the file, the others belong to fields.
    const QList<CsvRecord> records = readAll("\xEF\xBB\xBF"
                                             "\xEF\xBB\xBF"
                                             "a,\"\xEF\xBB\xBF"
                                             "b\"\n\xEF\xBB\xBF,c\n");
    REQUIRE(records.size() == 2);
    const QString mark(QChar(0xFEFF));
    CHECK(records[0].fields == QStringList{mark + u"a"_s, mark + u"b"_s});
    CHECK(records[1].fields == QStringList{mark, u"c"_s});
}

TEST_CASE("several byte order marks at the start of a field are all kept")
{
    // Found by the CSV fuzzer: three marks in a field came back as two.
    const QList<CsvRecord> records = readAll("a,\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF\nb,c\n");
    REQUIRE(records.size() == 2);
    const QString mark(QChar(0xFEFF));
    CHECK(records[0].fields == QStringList{u"a"_s, mark + mark + mark});
}

TEST_CASE("the reader accepts LF, a lone CR and a last line without a line end")
{
    const QList<CsvRecord> records = readAll("a,b\nc,d\re,f\r\ng,h");
    REQUIRE(records.size() == 4);
    CHECK(records[1].fields == QStringList{u"c"_s, u"d"_s});
    CHECK(records[2].fields == QStringList{u"e"_s, u"f"_s});
    CHECK(records[3].fields == QStringList{u"g"_s, u"h"_s});
    CHECK(records[3].line == 4);
}

TEST_CASE("a line end inside quotes stays in the field and later records keep their line numbers")
{
    const QList<CsvRecord> records = readAll(
        "naam;notitie\r\n\"Jansen\";\"eerste\r\ntweede\r\nderde\"\r\nDóra;\"a\nb\rc\"\r\nx;y\r\n");
    REQUIRE(records.size() == 4);
    CHECK(records[1].fields == QStringList{u"Jansen"_s, u"eerste\r\ntweede\r\nderde"_s});
    CHECK(records[1].line == 2);
    CHECK(records[2].fields == QStringList{u"Dóra"_s, u"a\nb\rc"_s});
    CHECK(records[2].line == 5);
    CHECK(records[3].line == 8);
}

TEST_CASE("doubled quotes inside a quoted field become one quote")
{
    const QList<CsvRecord> records = readAll("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == QStringList{u"say \"hi\""_s, u"\""_s});
}

TEST_CASE("unquoted fields lose their surrounding spaces, quoted fields keep them")
{
    const QList<CsvRecord> records = readAll("a;b;c;d\n  x  ; \"  y \" ;\"   \";z w\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == QStringList{u"x"_s, u"  y "_s, u"   "_s, u"z w"_s});
}

TEST_CASE("empty lines and lines of only spaces are skipped")
{
    const QList<CsvRecord> records = readAll("\r\n\r\na;b\r\n\r\n   \r\nc;d\r\n\r\n");
    REQUIRE(records.size() == 2);
    CHECK(records[0].line == 3);
    CHECK(records[1].fields == QStringList{u"c"_s, u"d"_s});
    CHECK(records[1].line == 6);
}

TEST_CASE("empty fields, a trailing delimiter and a row of delimiters are read as empty fields")
{
    const QList<CsvRecord> records = readAll("a;b;c\r\n;x;\r\n;;\r\n\"\"\r\n");
    REQUIRE(records.size() == 4);
    CHECK(records[1].fields == QStringList{QString(), u"x"_s, QString()});
    CHECK_FALSE(records[1].isBlank());
    CHECK(records[2].fields == QStringList{QString(), QString(), QString()});
    CHECK(records[2].isBlank());
    CHECK(records[3].fields == QStringList{QString()});
}

TEST_CASE("the delimiter is taken from the header, counting only outside quotes")
{
    CHECK(CsvReader("code;naam;plaats\r\n").delimiter() == ';');
    CHECK(CsvReader("code,naam,plaats\r\n").delimiter() == ',');
    CHECK(CsvReader("code\tnaam\tplaats\n").delimiter() == '\t');
    CHECK(CsvReader("\"a;b;c\",d,e\n").delimiter() == ',');
    CHECK(CsvReader("\"a,b,c\";d\n1,2,3,4,5\n").delimiter() == ';');
    CHECK(CsvReader("\n\ncode;naam\n").delimiter() == ';');
    CHECK(CsvReader("code\n").delimiter() == ',');
    CHECK(CsvReader("\xEF\xBB\xBF"
                    "a;b\n")
              .delimiter() == ';');
}

TEST_CASE("tab-separated text keeps its empty fields instead of trimming the tabs away")
{
    const QList<CsvRecord> records = readAll("a\tb\tc\n\tx\t\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == QStringList{QString(), u"x"_s, QString()});
}

TEST_CASE("the reader keeps the apostrophe that the excel-nl formula guard wrote")
{
    const QList<CsvRecord> records = readAll("a;b\r\n'=SUM(A1);'-12,50\r\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == QStringList{u"'=SUM(A1)"_s, u"'-12,50"_s});
}

TEST_CASE("a quote that is never closed is an error on the line where the field starts")
{
    CsvReader reader("code,notitie\nC-1,ok\nC-2,\"open\nmore\nstill open\n", u"clients.csv"_s);
    qsizetype before = 0;
    const CsvError error = readUntilError(reader, &before);
    CHECK(before == 2);
    CHECK(error.line == 3);
    CHECK(error.source == u"clients.csv"_s);
    CHECK(error.located().startsWith(u"clients.csv:3: "_s));
    CHECK(error.toError().kind == Error::Kind::Invalid);
    CHECK(error.toError().message == error.located());
}

TEST_CASE("text after a closing quote is an error on the line of that quote")
{
    CsvReader reader("a;b\r\n\"x\r\ny\"z;w\r\n");
    const CsvError error = readUntilError(reader);
    CHECK(error.line == 3);
    CHECK_FALSE(error.message.isEmpty());
}

TEST_CASE("text that is not UTF-8 is an error naming its line, after the good records")
{
    // "Dóra" and "été" as Windows-1252, what Excel's plain "CSV" save writes.
    CsvReader reader("naam;plaats\r\nJan;Delft\r\nD\xF3ra;\xE9t\xE9\r\nPiet;Ede\r\n");
    qsizetype before = 0;
    const CsvError error = readUntilError(reader, &before);
    CHECK(before == 2);
    CHECK(error.line == 3);
    CHECK(error.message.contains(u"UTF-8"_s));
}

TEST_CASE("invalid UTF-8 in the second line of a quoted field names that physical line")
{
    CsvReader reader("a,b\n\"ok\nbad \xC3\",x\n");
    const CsvError error = readUntilError(reader);
    CHECK(error.line == 3);
}

TEST_CASE("a UTF-16 file is refused on line 1 with a hint to save it as UTF-8")
{
    CsvReader reader(QByteArray("\xFF\xFE"
                                "a\0;\0b\0",
                                8));
    const CsvError error = readUntilError(reader);
    CHECK(error.line == 1);
    CHECK(error.message.contains(u"UTF-8"_s));
}

TEST_CASE("opening a file that does not exist reports it as not found")
{
    QTemporaryDir dir;
    const Result<CsvReader> reader = CsvReader::open(dir.filePath(u"missing.csv"_s));
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().kind == Error::Kind::NotFound);
}

TEST_CASE("a table has a trimmed lower-case header and finds columns by name in any case")
{
    CsvReader reader(" Code ;Given_Name;family_name\r\nC-1;Ana;Çelik\r\nC-2;Bo\r\n");
    const Result<CsvTable> table = CsvTable::read(reader);
    REQUIRE(table.ok());
    CHECK(table->header() == QStringList{u"code"_s, u"given_name"_s, u"family_name"_s});
    CHECK(table->headerLine() == 1);
    CHECK(table->column(u"GIVEN_NAME") == 1);
    CHECK(table->column(u" family_name ") == 2);
    CHECK(table->column(u"bsn") == -1);
    REQUIRE(table->rows().size() == 2);
    CHECK(table->rows()[0].line == 2);
    CHECK(CsvTable::value(table->rows()[0], 2) == u"Çelik"_s);
    CHECK(CsvTable::value(table->rows()[1], 2).isEmpty());
    CHECK(CsvTable::value(table->rows()[1], -1).isEmpty());
}

TEST_CASE("a table refuses a column name that appears twice and names the file and line")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clients.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\r\ncode;name;Code\r\nC-1;a;b\r\n");
    file.close();
    const Result<CsvTable> table = CsvTable::open(path);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().kind == Error::Kind::Invalid);
    CHECK(table.error().message.startsWith(u"clients.csv:2: "_s));
    CHECK(table.error().message.contains(u"code"_s));
}

TEST_CASE("a table refuses an empty file because the header is missing")
{
    CsvReader reader("\r\n  \r\n", u"empty.csv"_s);
    const Result<CsvTable> table = CsvTable::read(reader);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().message.startsWith(u"empty.csv:1: "_s));
}

TEST_CASE("a table passes on the reader's error with its line")
{
    CsvReader reader("a;b\r\n1;2\r\n\"3;4\r\n", u"x.csv"_s);
    const Result<CsvTable> table = CsvTable::read(reader);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().message.startsWith(u"x.csv:3: "_s));
}
