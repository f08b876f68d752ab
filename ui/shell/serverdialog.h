#pragma once

#include "storage/serverlocation.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wzsw {

/// File > Connect to a regional server...: host, port, database, user, whether TLS is required
/// (on by default; off only for a server on this computer), the password and whether the
/// system keychain remembers it. Opens filled in with the server of last time (Preferences)
/// and its remembered password; stores nothing itself: the window's flow keeps the choices and
/// the password once the connection worked.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerDialog(QWidget *parent = nullptr);

    /// Fills the fields in from `server` (its password too, when it has one).
    void setLocation(const ServerLocation &server);
    /// What the fields say, password included: ServerLocation::toString() opens it.
    ServerLocation location() const;
    bool rememberPassword() const;

    /// Asks the system keychain for the password of the server in the fields and fills it in;
    /// without a keychain, says so and turns "Remember password" off.
    void fillRememberedPassword();
    /// A problem to show above the fields (a refused connection), empty to hide it.
    void showProblem(const QString &text);

    /// Checks the fields (all filled in; TLS off only for a loopback host) and shows what is
    /// wrong; true when the dialog may close.
    bool validate();
    void accept() override;

    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *tlsField() const { return m_tls; }
    QCheckBox *rememberField() const { return m_remember; }
    /// The problem shown, empty when none.
    QString problemText() const;
    /// The note about the keychain, empty when it is there.
    QString keychainText() const;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_tls;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QLabel *m_keychainNote;
};

} // namespace wzsw
