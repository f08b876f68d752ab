#include "settings/preferences.h"

#include "storage/serverlocation.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// One setting: its key and what it is when never written.
template <typename T> struct Key
{
    QString name;
    T fallback{};

    T read() const
    {
        const QVariant value = QSettings().value(name);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : fallback;
    }
    void write(const T &value) const { QSettings().setValue(name, QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(name); }
};

// Every key of the program, once.
const Key<QString> languageKey{u"interface/language"_s};
const Key<QByteArray> windowGeometryKey{u"window/geometry"_s};
const Key<QByteArray> windowStateKey{u"window/state"_s};
const Key<QStringList> recentFilesKey{u"files/recent"_s};
const Key<QString> lastFileKey{u"files/last"_s};
const Key<int> lastPageKey{u"window/page"_s, int(PageId::Clients)};
// The regional server the dialog opens with; its password lives in the system keychain only.
const Key<QString> serverHostKey{u"server/host"_s};
const Key<int> serverPortKey{u"server/port"_s, 5432};
const Key<QString> serverDatabaseKey{u"server/database"_s};
const Key<QString> serverUserKey{u"server/user"_s};
const Key<bool> serverTlsKey{u"server/tls"_s, true};
Key<QByteArray> listHeaderKey(const QString &list)
{
    return {u"lists/"_s + list + u"/header"_s};
}

/// How a file path or a connection string is kept in the settings: a file by its absolute
/// path, a server by its connection string without the password (empty when it cannot be
/// read, so that a password never gets there by way of an unreadable string).
QString storedLocation(const QString &location)
{
    if (!ServerLocation::isServer(location))
        return QFileInfo(location).absoluteFilePath();
    Result<ServerLocation> server = ServerLocation::parse(location);
    if (!server)
        return {};
    server->password.clear();
    return server->toString();
}

QString languageCode(Language language)
{
    return language == Language::English ? u"en"_s : u"nl"_s;
}

} // namespace

Preferences::Preferences(QObject *parent) : QObject(parent)
{}

Preferences &Preferences::instance()
{
    static Preferences preferences;
    return preferences;
}

Language Preferences::systemLanguage()
{
    // Dutch first: English only when the system clearly asks for it.
    return QLocale::system().language() == QLocale::English ? Language::English : Language::Dutch;
}

Language Preferences::language() const
{
    const QString code = languageKey.read();
    if (code == languageCode(Language::English))
        return Language::English;
    if (code == languageCode(Language::Dutch))
        return Language::Dutch;
    return systemLanguage();
}

void Preferences::setLanguage(Language language)
{
    const bool changed = languageKey.read() != languageCode(language);
    languageKey.write(languageCode(language));
    if (changed)
        emit languageChanged(language);
}

QByteArray Preferences::windowGeometry() const
{
    return windowGeometryKey.read();
}

void Preferences::setWindowGeometry(const QByteArray &geometry)
{
    windowGeometryKey.write(geometry);
}

QByteArray Preferences::windowState() const
{
    return windowStateKey.read();
}

void Preferences::setWindowState(const QByteArray &state)
{
    windowStateKey.write(state);
}

QStringList Preferences::recentFiles() const
{
    return recentFilesKey.read();
}

void Preferences::addRecentFile(const QString &path)
{
    const QString absolute = storedLocation(path);
    if (absolute.isEmpty())
        return;
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    recentFilesKey.write(files);
    emit recentFilesChanged();
}

void Preferences::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(storedLocation(path)) == 0)
        return;
    recentFilesKey.write(files);
    emit recentFilesChanged();
}

void Preferences::clearRecentFiles()
{
    recentFilesKey.remove();
    emit recentFilesChanged();
}

QString Preferences::lastFile() const
{
    return lastFileKey.read();
}

void Preferences::setLastFile(const QString &path)
{
    const QString stored = path.isEmpty() ? QString() : storedLocation(path);
    if (stored.isEmpty())
        lastFileKey.remove();
    else
        lastFileKey.write(stored);
}

PageId Preferences::lastPage() const
{
    const int page = lastPageKey.read();
    return page >= int(PageId::Overview) && page <= int(PageId::Export) ? PageId(page)
                                                                        : PageId::Clients;
}

void Preferences::setLastPage(PageId page)
{
    lastPageKey.write(int(page));
}

ServerLocation Preferences::lastServer() const
{
    ServerLocation server;
    server.host = serverHostKey.read();
    server.port = serverPortKey.read();
    server.database = serverDatabaseKey.read();
    server.user = serverUserKey.read();
    server.sslMode = serverTlsKey.read() ? u"require"_s : u"disable"_s;
    return server;
}

void Preferences::setLastServer(const ServerLocation &server)
{
    serverHostKey.write(server.host);
    serverPortKey.write(server.port);
    serverDatabaseKey.write(server.database);
    serverUserKey.write(server.user);
    serverTlsKey.write(server.sslMode != u"disable"_s);
}

QByteArray Preferences::listHeaderState(const QString &list) const
{
    return listHeaderKey(list).read();
}

void Preferences::setListHeaderState(const QString &list, const QByteArray &state)
{
    listHeaderKey(list).write(state);
}

} // namespace wzsw
