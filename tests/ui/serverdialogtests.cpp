#include "settings/passwordstore.h"
#include "settings/preferences.h"
#include "shell/serverdialog.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace wzsw;

namespace {

void fill(ServerDialog &dialog, const QString &host, int port, const QString &database,
          const QString &user, const QString &password)
{
    dialog.hostField()->setText(host);
    dialog.portField()->setValue(port);
    dialog.databaseField()->setText(database);
    dialog.userField()->setText(user);
    dialog.passwordField()->setText(password);
}

/// Every value in the settings, as text, to search for what must never be there.
QString everySetting()
{
    QSettings settings;
    settings.sync();
    QStringList values;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        values.append(
            key + u'=' +
            (value.canConvert<QStringList>() ? value.toStringList().join(u'|') : value.toString()));
    }
    return values.join(u'\n');
}

} // namespace

TEST_CASE("the server dialog's fields make the connection string, TLS required by default")
{
    test::clearSettings();
    ServerDialog dialog;
    CHECK(dialog.tlsField()->isChecked());
    CHECK(dialog.portField()->value() == 5432);
    fill(dialog, u"db.regio.nl"_s, 6432, u"wzsw_regio"_s, u"anna"_s, u"ge@heim"_s);

    REQUIRE(dialog.validate());
    // The @ of the password is percent-encoded (%40), so it is not read as the host's start.
    CHECK(dialog.location().toString() ==
          u"postgresql://anna:ge%40heim@db.regio.nl:6432/wzsw_regio?sslmode=require"_s);
    const Result<ServerLocation> read = ServerLocation::parse(dialog.location().toString());
    REQUIRE(read.ok());
    CHECK(read->password == u"ge@heim"_s);
    CHECK(read->displayName() == u"postgresql://anna@db.regio.nl:6432/wzsw_regio"_s);
}

TEST_CASE("TLS off is refused for another machine, saying why, and allowed for this computer")
{
    test::clearSettings();
    ServerDialog dialog;
    fill(dialog, u"db.regio.nl"_s, 5432, u"wzsw"_s, u"anna"_s, u"geheim"_s);
    dialog.tlsField()->setChecked(false);

    CHECK_FALSE(dialog.validate());
    CHECK(dialog.problemText().contains(u"readable by anyone"_s));
    CHECK(dialog.problemText().contains(u"localhost"_s));

    dialog.hostField()->setText(u"127.0.0.1"_s);
    CHECK(dialog.validate());
    CHECK(dialog.problemText().isEmpty());
    CHECK(dialog.location().toString() ==
          u"postgresql://anna:geheim@127.0.0.1:5432/wzsw?sslmode=disable"_s);
}

TEST_CASE("the server dialog asks for host, database and user before connecting")
{
    test::clearSettings();
    ServerDialog dialog;
    fill(dialog, u"db.regio.nl"_s, 5432, QString(), u"anna"_s, u"geheim"_s);
    CHECK_FALSE(dialog.validate());
    CHECK(dialog.problemText() == u"Fill in the database name."_s);
}

TEST_CASE("a refused connection keeps host, port, database and user for next time, never the "
          "password, and the dialog says what to do")
{
    test::clearSettings();
    MainWindow window(standardPages());
    // Port 1 on this computer: nothing listens there, so the connection is refused at once.
    const QString password = u"Zeer-geheim-42"_s;
    QString problem;
    int shown = 0;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ServerDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        ++shown;
        if (shown == 1) {
            fill(*dialog, u"127.0.0.1"_s, 1, u"wzsw"_s, u"anna"_s, password);
            dialog->rememberField()->setChecked(true);
            dialog->accept();
        } else {
            problem = dialog->problemText();
            dialog->reject();
        }
    });
    poll.start();
    window.action(u"actionConnectServer"_s)->trigger();
    poll.stop();

    REQUIRE(shown == 2);
    CHECK(problem.contains(u"cannot be reached"_s));
    CHECK(problem.contains(u"127.0.0.1"_s));
    CHECK(window.dataFile() == nullptr);
    const ServerLocation kept = Preferences::instance().lastServer();
    CHECK(kept.host == u"127.0.0.1"_s);
    CHECK(kept.port == 1);
    CHECK(kept.database == u"wzsw"_s);
    CHECK(kept.user == u"anna"_s);
    CHECK(kept.password.isEmpty());
    CHECK_FALSE(everySetting().contains(password));

    // The next dialog opens filled in, with an empty password field.
    ServerDialog again;
    CHECK(again.hostField()->text() == u"127.0.0.1"_s);
    CHECK(again.userField()->text() == u"anna"_s);
    CHECK(again.passwordField()->text().isEmpty());
}

TEST_CASE("a server's connection string goes into the recent list without its password")
{
    test::clearSettings();
    Preferences::instance().addRecentFile(
        u"postgresql://anna:Zeer-geheim-42@db.regio.nl:5432/wzsw?sslmode=require"_s);
    Preferences::instance().setLastFile(
        u"postgresql://anna:Zeer-geheim-42@db.regio.nl:5432/wzsw?sslmode=require"_s);
    CHECK(Preferences::instance().recentFiles() ==
          QStringList{u"postgresql://anna@db.regio.nl:5432/wzsw?sslmode=require"_s});
    CHECK_FALSE(everySetting().contains(u"Zeer-geheim-42"_s));
}

TEST_CASE("without a system keychain the dialog says so, asks for the password each time and "
          "keeps it nowhere")
{
    test::clearSettings();
    // A session bus that is not there: no Secret Service, no KWallet (a headless machine).
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/wzsw-test-bus");
    ServerLocation last;
    last.host = u"db.regio.nl"_s;
    last.database = u"wzsw"_s;
    last.user = u"anna"_s;
    Preferences::instance().setLastServer(last);

    ServerDialog dialog;
    dialog.fillRememberedPassword();
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);

    CHECK(dialog.keychainText().startsWith(PasswordStore::unavailableText()));
    CHECK_FALSE(dialog.rememberField()->isEnabled());
    CHECK_FALSE(dialog.rememberPassword());
    CHECK(dialog.passwordField()->text().isEmpty());
    CHECK(dialog.hostField()->text() == u"db.regio.nl"_s);
}
