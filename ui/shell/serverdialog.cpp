#include "shell/serverdialog.h"

#include "settings/passwordstore.h"
#include "settings/preferences.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

QLabel *warningLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette warning = label->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(warning);
    label->hide();
    return label;
}

} // namespace

ServerDialog::ServerDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_tls(new QCheckBox(tr("&TLS required (encrypted)"), this)),
      m_remember(new QCheckBox(tr("Re&member password"), this)),
      m_problem(warningLabel(this, u"problemLabel"_s)), m_keychainNote(new QLabel(this))
{
    setObjectName(u"serverDialog"_s);
    setWindowTitle(tr("Regional server"));
    auto *intro = new QLabel(tr("When the municipalities of a region work together, their data "
                                "is on a shared PostgreSQL server. Your coordinator gives you "
                                "these details."),
                             this);
    intro->setWordWrap(true);

    m_host->setObjectName(u"hostField"_s);
    m_host->setPlaceholderText(u"db.regio.nl"_s);
    m_port->setObjectName(u"portField"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(u"databaseField"_s);
    m_database->setPlaceholderText(u"wzsw"_s);
    m_user->setObjectName(u"userField"_s);
    m_password->setObjectName(u"passwordField"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_tls->setObjectName(u"tlsField"_s);
    m_tls->setChecked(true);
    m_tls->setToolTip(tr("The password and the personal data cross the network encrypted. "
                         "Only a server on this computer may do without."));
    m_remember->setObjectName(u"rememberField"_s);
    m_remember->setToolTip(tr("Keeps the password in the system keychain, never in the "
                              "program's settings."));
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server (host):"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), m_tls);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychainNote);
    const QList<std::pair<QWidget *, QString>> names{{m_host, tr("Server (host)")},
                                                     {m_port, tr("Port")},
                                                     {m_database, tr("Database")},
                                                     {m_user, tr("User")},
                                                     {m_password, tr("Password")}};
    for (const auto &[input, name] : names)
        input->setAccessibleName(name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    setLocation(Preferences::instance().lastServer());
}

void ServerDialog::setLocation(const ServerLocation &server)
{
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_database->setText(server.database);
    m_user->setText(server.user);
    m_password->setText(server.password);
    m_tls->setChecked(server.sslMode != u"disable"_s && server.sslMode != u"allow"_s &&
                      server.sslMode != u"prefer"_s);
    // The first empty field gets the cursor: the password, usually.
    for (QLineEdit *field : {m_host, m_database, m_user, m_password})
        if (field->text().isEmpty()) {
            field->setFocus();
            break;
        }
}

ServerLocation ServerDialog::location() const
{
    ServerLocation server;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.password = m_password->text();
    server.sslMode = m_tls->isChecked() ? u"require"_s : u"disable"_s;
    return server;
}

bool ServerDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ServerDialog::fillRememberedPassword()
{
    const ServerLocation server = location();
    if (server.host.isEmpty() || server.user.isEmpty() || server.database.isEmpty())
        return;
    const Result<std::optional<QString>> stored =
        PasswordStore::read(PasswordStore::keyFor(server));
    if (!stored) {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_keychainNote->setText(stored.error().message);
        m_keychainNote->show();
        return;
    }
    if (stored->has_value()) {
        m_password->setText(**stored);
        m_remember->setChecked(true);
    }
}

void ServerDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString ServerDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString ServerDialog::keychainText() const
{
    return m_keychainNote->isHidden() ? QString() : m_keychainNote->text();
}

bool ServerDialog::validate()
{
    const ServerLocation server = location();
    const QList<std::pair<QLineEdit *, QString>> required{
        {m_host, tr("Fill in the server's host name.")},
        {m_database, tr("Fill in the database name.")},
        {m_user, tr("Fill in your user name.")}};
    for (const auto &[field, message] : required)
        if (field->text().trimmed().isEmpty()) {
            showProblem(message);
            field->setFocus();
            return false;
        }
    if (!m_tls->isChecked() && !ServerLocation::isLoopback(server.host)) {
        showProblem(tr("Without TLS the password and the personal data would cross the network "
                       "readable by anyone on the way. That is allowed only for a server on "
                       "this computer (localhost); turn \"TLS required\" on."));
        m_tls->setFocus();
        return false;
    }
    // What core will say about it (a host name with spaces, say), before connecting.
    if (const Result<ServerLocation> parsed = ServerLocation::parse(server.toString()); !parsed) {
        showProblem(parsed.error().message);
        return false;
    }
    showProblem({});
    return true;
}

void ServerDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace wzsw
