// The desktop program on the regional server. These run only with WZSW_TEST_POSTGRES set
// (tools/pg-test-server): then every test data file is a schema on that server.
#include "safety/sessionkeeper.h"
#include "seed.h"
#include "serverrole.h"
#include "settings/preferences.h"
#include "shell/serverdialog.h"
#include "storage/serverlocation.h"
#include "storage/sql.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("on the regional server the local-file features are disabled with the reason, and "
          "the title shows the server without its password")
{
    // Catch2 2.13 has no SKIP: on local files there is nothing to check here.
    if (test::testServer().isEmpty())
        return;
    test::clearSettings();
    const test::SeededFile file(2);
    MainWindow window(standardPages());
    REQUIRE(window.openFile(file.path()).ok());
    DataFile *open = window.dataFile();
    REQUIRE(open);
    REQUIRE(open->isServer());
    const Result<ServerLocation> server = ServerLocation::parse(file.path());
    REQUIRE(server.ok());

    for (const QString &name : {u"actionBackup"_s, u"actionRestoreBackup"_s}) {
        QAction *action = window.action(name);
        REQUIRE(action);
        INFO(name.toStdString());
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip().contains(u"local data file only"_s));
    }
    // The file check runs there too: the rules and the audit log are the program's to check.
    CHECK(window.action(u"actionCheckFile"_s)->isEnabled());
    // Neither the automatic backup nor the lock's heartbeat runs: the server has neither.
    CHECK_FALSE(open->keeper()->backupTimer()->isActive());
    CHECK_FALSE(open->keeper()->heartbeatTimer()->isActive());
    CHECK(window.windowTitle().contains(server->displayName()));
    if (!server->password.isEmpty()) {
        CHECK_FALSE(window.windowTitle().contains(server->password));
        CHECK_FALSE(Preferences::instance().recentFiles().join(u' ').contains(server->password));
    }
}

namespace {

/// Fills in the server dialog when it shows, `answer` deciding what to do with it; counts the
/// times it was shown.
int answerServerDialog(MainWindow &window, const std::function<void(ServerDialog &, int)> &answer)
{
    int shown = 0;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ServerDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible())
            answer(*dialog, ++shown);
    });
    poll.start();
    window.action(u"actionConnectServer"_s)->trigger();
    return shown;
}

void fillFrom(ServerDialog &dialog, const ServerLocation &server, const QString &user,
              const QString &password)
{
    dialog.hostField()->setText(server.host);
    dialog.portField()->setValue(server.port);
    dialog.databaseField()->setText(server.database);
    dialog.userField()->setText(user);
    dialog.passwordField()->setText(password);
    // The test server is on loopback without TLS.
    dialog.tlsField()->setChecked(false);
}

} // namespace

TEST_CASE("connecting through the dialog opens the server like a file: a wrong password is "
          "named, the right one opens it, and the password is nowhere in the settings")
{
    if (test::testServer().isEmpty())
        return;
    test::clearSettings();
    test::TempDataFile file;
    test::seedBasics(file.db());
    const QString schema = QUrlQuery(QUrl(file.path()))
                               .queryItemValue(u"options"_s, QUrl::FullyDecoded)
                               .section(u'=', 1);
    REQUIRE_FALSE(schema.isEmpty());
    // A project leader of Tilburg: the program refuses the owner of the tables the tests use.
    // The dialog has no field for the schema: the role finds it by its own search path.
    const test::ServerRole leader(file, u"wzsw_leader"_s, {u"GM0855"_s});
    REQUIRE(execSql(file.db(), u"ALTER ROLE %1 SET search_path = %2"_s.arg(leader.name(), schema))
                .ok());
    const QString password = ServerLocation::parse(leader.path()).value().password;
    REQUIRE_FALSE(password.isEmpty());
    const ServerLocation server = ServerLocation::parse(test::testServer()).value();
    MainWindow window(standardPages());

    QString problem;
    const int shown = answerServerDialog(window, [&](ServerDialog &dialog, int time) {
        if (time == 1) {
            fillFrom(dialog, server, leader.name(), u"wrong"_s);
            dialog.accept();
        } else if (time == 2) {
            problem = dialog.problemText();
            dialog.passwordField()->setText(password);
            dialog.accept();
        }
    });

    CHECK(shown == 2);
    CHECK(problem.contains(u"did not accept user %1 with this password"_s.arg(leader.name())));
    REQUIRE(window.dataFile());
    CHECK(window.dataFile()->isServer());
    const QString shownName = u"postgresql://%1@%2:%3/%4"_s.arg(leader.name(), server.host)
                                  .arg(server.port)
                                  .arg(server.database);
    CHECK(window.dataFile()->displayName() == shownName);
    CHECK(window.windowTitle().contains(shownName));
    CHECK(Preferences::instance().recentFiles().value(0).startsWith(shownName));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(password));
    CHECK_FALSE(Preferences::instance().recentFiles().join(u' ').contains(password));
    // The leader works on the test's data: its schema, at the program's version.
    CHECK(window.dataFile()->database().schemaVersion() == Database::currentSchemaVersion());
    window.closeFile();
}
