// The CSV dialects and the writer: exact bytes of small outputs, written out by hand.

#include "csvtesthelpers.h"

using namespace Qt::StringLiterals;
using namespace wzsw;
using test::csvBytes;

TEST_CASE("the excel-nl dialect writes Dutch dates, decimal commas and quarter hours")
{
    const CsvDialect d = CsvDialect::excelNl();
    CHECK(d.name == u"excel-nl"_s);
    CHECK(d.delimiter == u';');
    CHECK(d.byteOrderMark);
    CHECK(d.lineEnd == u"\r\n"_s);
    CHECK(d.formulaGuard);
    CHECK(d.date(QDate(2025, 6, 30)) == u"30-06-2025"_s);
    CHECK(d.date(QDate(2025, 1, 5)) == u"05-01-2025"_s);
    CHECK(d.date(QDate()).isEmpty());
    CHECK(d.money(1250) == u"12,50"_s);
    CHECK(d.money(-1250) == u"-12,50"_s);
    CHECK(d.money(7) == u"0,07"_s);
    CHECK(d.hours(5) == u"1,25"_s);
    CHECK(d.hours(8) == u"2"_s);
    CHECK(d.number(12.5) == u"12,5"_s);
}

TEST_CASE("the rfc4180 dialect writes ISO dates and decimal points without a guard")
{
    const CsvDialect d = CsvDialect::rfc4180();
    CHECK(d.name == u"rfc4180"_s);
    CHECK(d.delimiter == u',');
    CHECK_FALSE(d.byteOrderMark);
    CHECK(d.lineEnd == u"\r\n"_s);
    CHECK_FALSE(d.formulaGuard);
    CHECK(d.date(QDate(2025, 6, 30)) == u"2025-06-30"_s);
    CHECK(d.money(1250) == u"12.50"_s);
    CHECK(d.hours(5) == u"1.25"_s);
    CHECK(d.hours(2) == u"0.5"_s);
    CHECK(d.number(20) == u"20"_s);
}

TEST_CASE("a dialect is found by its name in any case and not by another name")
{
    CHECK(CsvDialect::byName(u"excel-nl")->delimiter == u';');
    CHECK(CsvDialect::byName(u"RFC4180")->delimiter == u',');
    CHECK_FALSE(CsvDialect::byName(u"excel").has_value());
    CHECK_FALSE(CsvDialect::byName(u"").has_value());
    CHECK(CsvDialect::names() == QStringList{u"excel-nl"_s, u"rfc4180"_s});
}

TEST_CASE("the excel-nl writer starts with a BOM and ends every row with CRLF")
{
    const QByteArray bytes = csvBytes(CsvDialect::excelNl(), [](CsvWriter &w) {
        w.writeRow({u"code"_s, u"naam"_s});
        w.writeRow({u"C-1"_s, u"Jansen"_s});
    });
    CHECK(bytes == QByteArray("\xEF\xBB\xBF"
                              "code;naam\r\nC-1;Jansen\r\n"));
}

TEST_CASE("the rfc4180 writer has no BOM and quotes fields with a comma, quote or line end")
{
    const QByteArray bytes = csvBytes(CsvDialect::rfc4180(), [](CsvWriter &w) {
        w.writeRow({u"a"_s, u"b,c"_s, u"say \"hi\""_s, u"x\ny"_s, u"x\ry"_s, u"x;y"_s});
    });
    CHECK(bytes == QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",\"x\ry\",x;y\r\n"));
}

TEST_CASE("the excel-nl writer quotes a semicolon but leaves a comma bare")
{
    const QByteArray bytes = csvBytes(CsvDialect::excelNl(), [](CsvWriter &w) {
        w.writeRow({u"Jansen; zn"_s, u"1,5"_s, u"\""_s});
    });
    CHECK(bytes == QByteArray("\xEF\xBB\xBF\"Jansen; zn\";1,5;\"\"\"\"\r\n"));
}

TEST_CASE("the writer quotes fields with leading or trailing spaces so a trimming reader keeps "
          "them")
{
    const QByteArray bytes = csvBytes(CsvDialect::rfc4180(), [](CsvWriter &w) {
        w.writeRow({u" a"_s, u"b "_s, u"   "_s, u"c d"_s});
    });
    CHECK(bytes == QByteArray("\" a\",\"b \",\"   \",c d\r\n"));
}

TEST_CASE("the excel-nl writer puts an apostrophe before text that Excel would run as a formula")
{
    const QByteArray bytes = csvBytes(CsvDialect::excelNl(), [](CsvWriter &w) {
        w.writeRow({u"=SUM(A1:A3)"_s, u"+31 6 1234"_s, u"-12,50"_s, u"@home"_s, u"\tx"_s, u"\rx"_s,
                    u"a=b"_s});
    });
    CHECK(bytes == QByteArray("\xEF\xBB\xBF'=SUM(A1:A3);'+31 6 1234;'-12,50;'@home;'\tx;\"'\rx\";"
                              "a=b\r\n"));
}

TEST_CASE("a negative amount written as a number is not guarded, the same text as text is")
{
    const CsvDialect d = CsvDialect::excelNl();
    const QByteArray bytes = csvBytes(d, [&d](CsvWriter &w) {
        w.addNumber(d.money(-1250));
        w.addText(u"-12,50"_s);
        w.addNumber(d.hours(-2));
        w.endRow();
    });
    CHECK(bytes == QByteArray("\xEF\xBB\xBF-12,50;'-12,50;-0,5\r\n"));
}

TEST_CASE("the rfc4180 writer leaves formula-like text as it is")
{
    const QByteArray bytes = csvBytes(CsvDialect::rfc4180(), [](CsvWriter &w) {
        w.writeRow({u"=1+2"_s, u"-5"_s, u"@x"_s});
    });
    CHECK(bytes == QByteArray("=1+2,-5,@x\r\n"));
}

TEST_CASE("empty cells are written bare and a row of one empty cell as two quotes")
{
    const QByteArray bytes = csvBytes(CsvDialect::rfc4180(), [](CsvWriter &w) {
        w.addText(u"a"_s);
        w.addEmpty();
        w.addText(QString());
        w.addText(u"b"_s);
        w.endRow();
        w.addEmpty();
        w.endRow();
        w.writeRow({QString(), QString()});
    });
    CHECK(bytes == QByteArray("a,,,b\r\n\"\"\r\n,\r\n"));
}

TEST_CASE("the writer encodes diacritics, the Dutch ij ligature and emoji as UTF-8")
{
    const QByteArray bytes = csvBytes(CsvDialect::rfc4180(), [](CsvWriter &w) {
        w.writeRow({u"Çelik"_s, u"Dóra"_s, u"Ĳsselmeer"_s, u"ß"_s, u"😀"_s});
    });
    CHECK(bytes == QByteArray("\xC3\x87"
                              "elik,D\xC3\xB3ra,\xC4\xB2sselmeer,\xC3\x9F,\xF0\x9F\x98\x80\r\n"));
}

TEST_CASE("the writer replaces a lone surrogate with the replacement character")
{
    const QString broken = u"a"_s + QChar(0xD800) + u"b"_s;
    const QByteArray bytes =
        csvBytes(CsvDialect::rfc4180(), [&broken](CsvWriter &w) { w.writeRow({broken}); });
    CHECK(bytes == QByteArray("a\xEF\xBF\xBD"
                              "b\r\n"));
}

TEST_CASE("a cell larger than the writer's buffer is written whole")
{
    const QString big = QString(300000, u'x') + u"é\"y"_s;
    const QByteArray bytes = csvBytes(CsvDialect::rfc4180(), [&big](CsvWriter &w) {
        w.writeRow({u"a"_s, big});
    });
    const QByteArray expected = "a,\"" + QByteArray(300000, 'x') + "\xC3\xA9\"\"y\"\r\n";
    CHECK(bytes == expected);
}

TEST_CASE("writing to a device that refuses reports an error instead of losing rows silently")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvWriter writer(&buffer, CsvDialect::rfc4180());
    writer.writeRow({u"a"_s, u"b"_s});
    const Status status = writer.finish();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::Io);
    CHECK_FALSE(writer.ok());
    CHECK_FALSE(writer.errorText().isEmpty());
    CHECK(bytes.isEmpty());
}

TEST_CASE("a writer without a device reports an error")
{
    CsvWriter writer(nullptr, CsvDialect::excelNl());
    writer.writeRow({u"a"_s});
    CHECK_FALSE(writer.finish().ok());
    CHECK_FALSE(writer.errorText().isEmpty());
}
