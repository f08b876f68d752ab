#include "serverschema.h"

#include "storage/serverlocation.h"
#include "testsupport.h"

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

QString onTestServer(const QString &statement)
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

ServerSchema::ServerSchema()
{
    // The name carries the process, so parallel test programs never meet.
    m_name = u"test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                 .arg(QRandomGenerator::global()->generate64(), 0, 36);
    if (const QString problem = onTestServer(u"CREATE SCHEMA "_s + m_name); !problem.isEmpty())
        FAIL(problem.toStdString());
}

ServerSchema::~ServerSchema()
{
    // No FAIL in a destructor: a schema left behind goes with the test server's folder.
    if (!qEnvironmentVariableIsSet("WZSW_TEST_KEEP_SCHEMAS"))
        (void)onTestServer(u"DROP SCHEMA "_s + m_name + u" CASCADE"_s);
}

QString ServerSchema::location(bool maintenance, bool withPassword) const
{
    QUrl url(testServer());
    if (!withPassword)
        url.setPassword(QString());
    QUrlQuery query(url);
    query.addQueryItem(u"options"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(u"-csearch_path="_s + m_name)));
    if (maintenance)
        query.addQueryItem(u"maintenance"_s, u"1"_s);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerSchema::password()
{
    return QUrl(testServer()).password();
}

} // namespace wzsw::test
