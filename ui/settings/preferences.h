#pragma once

#include "domain/enums.h"
#include "shell/pageid.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

namespace wzsw {

struct ServerLocation;

/// The user's settings that last between runs (QSettings), typed. Each key is declared once,
/// in preferences.cpp; nothing else in the program reads or writes QSettings.
///
/// Reads go to QSettings every time, so two Preferences objects never disagree; the program
/// uses instance(), tests may make their own.
class Preferences : public QObject
{
    Q_OBJECT

public:
    explicit Preferences(QObject *parent = nullptr);
    static Preferences &instance();

    /// The chosen language; without a choice, the system's (Dutch unless it is English).
    Language language() const;
    void setLanguage(Language language);
    static Language systemLanguage();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// Most recent first, at most maxRecentFiles. A regional server is kept as its connection
    /// string without the password (which lives in the system keychain only).
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();
    static constexpr int maxRecentFiles = 8;

    /// The file open when the program last closed; empty when none was.
    QString lastFile() const;
    void setLastFile(const QString &path);

    /// The page shown when the program last closed; the client list at first.
    PageId lastPage() const;
    void setLastPage(PageId page);

    /// The regional server last connected to: host, port, database, user and whether TLS is
    /// required; never its password (setLastServer() leaves it out).
    ServerLocation lastServer() const;
    void setLastServer(const ServerLocation &server);

    /// Column order, widths and sort of the list named `list` (QHeaderView::saveState()).
    QByteArray listHeaderState(const QString &list) const;
    void setListHeaderState(const QString &list, const QByteArray &state);

signals:
    void languageChanged(wzsw::Language language);
    void recentFilesChanged();
};

} // namespace wzsw
