#include "testsupport.h"

#include "storage/serverlocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wzsw::test {

namespace {

// Runs one statement as the test server's role on a short-lived connection of its own; the
// server's complaint, or empty.
QString onServer(const QString &statement)
{
    static QAtomicInteger<quint64> counter;
    const QString name = u"wzsw-test-admin-"_s + QString::number(counter.fetchAndAddRelaxed(1));
    const Result<ServerLocation> server = ServerLocation::parse(testServer());
    if (!server)
        return server.error().message;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setDatabaseName(server->database);
        db.setUserName(server->user);
        db.setPassword(server->password);
        db.setConnectOptions(server->connectOptions());
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            // DROP SCHEMA ... CASCADE lists every table it drops as a notice otherwise.
            if (!query.exec(u"SET client_min_messages = warning"_s) || !query.exec(statement))
                problem = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

QString testServer()
{
    return qEnvironmentVariable("WZSW_TEST_POSTGRES");
}

TempDataFile::TempDataFile() : m_path(m_dir.filePath(u"test.wzsw"_s))
{
    REQUIRE(m_dir.isValid());
    if (!testServer().isEmpty()) {
        // A schema per test: much cheaper than a database, and just as separate. The name
        // carries the process, so parallel test programs never meet.
        m_schema = u"test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                       .arg(QRandomGenerator::global()->generate64(), 0, 36);
        if (const QString problem = onServer(u"CREATE SCHEMA "_s + m_schema); !problem.isEmpty())
            FAIL(problem.toStdString());
        QUrl url(testServer());
        QUrlQuery query(url);
        query.addQueryItem(u"options"_s, QString::fromLatin1(QUrl::toPercentEncoding(
                                             u"-csearch_path="_s + m_schema)));
        query.addQueryItem(u"maintenance"_s, u"1"_s);
        url.setQuery(query);
        m_path = url.toString(QUrl::FullyEncoded);
    }
    Result<std::unique_ptr<Database>> created = Database::create(m_path);
    if (!created)
        FAIL(created.error().message.toStdString());
    m_db = std::move(created).value();
}

TempDataFile::~TempDataFile()
{
    m_db.reset();
    // No FAIL in a destructor: a schema left behind goes with the test server's folder.
    // WZSW_TEST_KEEP_SCHEMAS keeps them, to look at a failed test's data with psql.
    if (!m_schema.isEmpty() && !qEnvironmentVariableIsSet("WZSW_TEST_KEEP_SCHEMAS"))
        (void)onServer(u"DROP SCHEMA "_s + m_schema + u" CASCADE"_s);
}

Database &TempDataFile::reopen()
{
    m_db.reset();
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    m_db = std::move(opened).value();
    return *m_db;
}

} // namespace wzsw::test
