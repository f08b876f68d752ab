// wzsw-cli report --pdf: the printed report through the shared renderer, read back with
// poppler's pdftotext: title, key figures and page numbers there, no personal data.
#include "cliprocess.h"
#include "figureseed.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

// The test's data lives in a file in the test's folder, or on the test server (no file).
qsizetype dataFilesInFolder()
{
    return test::testServer().isEmpty() ? 1 : 0;
}

test::CliRun cli(const QStringList &arguments)
{
    return test::runCli(QStringLiteral(WZSW_CLI_PATH), arguments);
}

// The figure world plus one client whose name, BSN, code and case note must never be printed.
class WorldWithPerson
{
public:
    WorldWithPerson()
    {
        const test::FigureWorld world = test::seedFigureWorld(m_file.db());
        Client c = test::validClient(world.basics.centrum);
        c.code = u"C-SECRET7"_s;
        c.person.givenName = u"Zebedeus"_s;
        c.person.familyName = u"Quispelaar"_s;
        c.person.bsn = u"111222333"_s; // passes the eleven test
        c.intakeDate = QDate(2025, 3, 3);
        REQUIRE(ClientRepository(m_file.db()).insert(c).ok());
        ContactNote note;
        note.clientId = c.id;
        note.date = QDate(2025, 3, 4);
        note.author = u"Projectleider"_s;
        note.text = u"Vertrouwelijke huisbezoeknotitie"_s;
        REQUIRE(NoteRepository(m_file.db()).insert(note).ok());
        m_file.close();
    }
    QString path() const { return m_file.path(); }
    QString pathFor(const QString &name) const { return m_file.pathFor(name); }

private:
    test::TempDataFile m_file;
};

// The text of a PDF in reading order, one string per page.
QStringList pdfPages(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\f', Qt::SkipEmptyParts);
}

// Layout spacing aside, and the typographic ligatures the PDF's font uses ("ﬁ" in
// "conﬁdential") read as their letters.
QString squeezed(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

TEST_CASE("report --pdf writes an A4 report with title, key figures and page numbers in Dutch")
{
    WorldWithPerson file;
    const QString pdf = file.pathFor(u"tilburg.pdf"_s);
    const test::CliRun run = cli({u"report"_s, file.path(), u"--kind"_s, u"interim-1"_s,
                                  u"--municipality"_s, u"GM0855"_s, u"--pdf"_s, pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() >= 3);
    const QString all = squeezed(pages.join(u' '));
    CHECK(all.contains(u"Eerste tussenrapportage"_s));
    CHECK(all.contains(u"Gemeente Tilburg"_s));
    CHECK(all.contains(u"1 januari 2025 t/m 30 juni 2025"_s));
    // Key figures of the figure world, interim-1 Tilburg (figurestests.cpp works them out):
    // 6 deliveries, 38 quarter hours = 9,5 hours, fees 6188 cents = € 61,88.
    CHECK(all.contains(u"Geleverde diensten 6"_s));
    CHECK(all.contains(u"Uren geleverd 9,5"_s));
    CHECK(all.contains(u"61,88"_s));
    CHECK(all.contains(u"Wat werkt niet"_s));
    // Every page has its footer: "pagina X van Y" and "vertrouwelijk".
    for (qsizetype i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(squeezed(pages[i]).contains(u"pagina %1 van %2"_s.arg(i + 1).arg(pages.size())));
        CHECK(pages[i].contains(u"vertrouwelijk"_s));
    }
    // Per-neighbourhood counts from 1 to 4 are printed as "<5".
    CHECK(all.contains(u"<5"_s));
    // No one can be recognised.
    for (const QString &personal :
         {u"Zebedeus"_s, u"Quispelaar"_s, u"111222333"_s, u"C-SECRET7"_s, u"C-0001"_s,
          u"Vertrouwelijke huisbezoeknotitie"_s, u"Truus"_s, u"Heijden"_s, u"Mehmet"_s}) {
        INFO(personal.toStdString());
        CHECK_FALSE(all.contains(personal));
    }
    // Written once, in place: only the PDF beside the data file (none on the test server).
    CHECK(QDir(file.pathFor({})).entryList(QDir::Files | QDir::Hidden).size() ==
          dataFilesInFolder() + 1);
}

TEST_CASE("report --pdf --lang en writes the report in English with English number formats")
{
    WorldWithPerson file;
    const QString pdf = file.pathFor(u"region.pdf"_s);
    const test::CliRun run =
        cli({u"report"_s, file.path(), u"--kind"_s, u"interim-1"_s, u"--municipality"_s,
             u"GM0855"_s, u"--lang"_s, u"en"_s, u"--pdf"_s, pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList pages = pdfPages(pdf);
    const QString all = squeezed(pages.join(u' '));
    CHECK(all.contains(u"First interim report"_s));
    CHECK(all.contains(u"9.5"_s));
    CHECK(all.contains(u"page 1 of %1"_s.arg(pages.size())));
    CHECK(all.contains(u"confidential"_s));
    CHECK_FALSE(all.contains(u"Zebedeus"_s));
}

TEST_CASE("report --pdf for the region compares the municipalities")
{
    WorldWithPerson file;
    const QString pdf = file.pathFor(u"region.pdf"_s);
    const test::CliRun run =
        cli({u"report"_s, file.path(), u"--kind"_s, u"final"_s, u"--region"_s, u"--from"_s,
             u"2025-01-01"_s, u"--to"_s, u"2025-06-30"_s, u"--pdf"_s, pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString all = squeezed(pdfPages(pdf).join(u' '));
    CHECK(all.contains(u"Eindrapportage"_s));
    CHECK(all.contains(u"Regio"_s));
    CHECK(all.contains(u"Tilburg"_s));
    CHECK(all.contains(u"Goirle"_s));
    CHECK_FALSE(all.contains(u"111222333"_s));
}

TEST_CASE("report --pdf into a folder that does not exist fails and writes nothing")
{
    WorldWithPerson file;
    const test::CliRun run =
        cli({u"report"_s, file.path(), u"--kind"_s, u"interim-1"_s, u"--municipality"_s,
             u"GM0855"_s, u"--pdf"_s, file.pathFor(u"missing/out.pdf"_s)});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"could not be written"_s));
    CHECK(QDir(file.pathFor({})).entryList(QDir::Files | QDir::Hidden).size() ==
          dataFilesInFolder());
}
