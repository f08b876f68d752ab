#pragma once

#include "common/result.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace wzsw {

/// One connection to wzsw data: an SQLite file (extension .wzsw) holding one project
/// organisation's municipalities, or a regional PostgreSQL database named by a connection
/// string `postgresql://...` (storage/serverlocation.h). Opening checks that the data is ours
/// and not newer than the program, brings older data up to date, and sets up the connection the
/// same way every time. A connection belongs to the thread that opened it: a worker thread
/// opens its own. Features of the local file alone (file copies, file checks, the writer lock)
/// ask requireFile() first and give its Error on the server.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::Database)

public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    /// "WZSW" in ASCII: marks the file as ours in the SQLite header (PRAGMA application_id).
    static constexpr qint32 applicationId = 0x575A5357;

    /// Makes a new, empty data file with the current schema. Refuses an existing path, and a
    /// server database that holds a wzsw schema already, and on a server a connection string
    /// without `maintenance=1` (only the owner of the database creates the tables).
    static Result<std::unique_ptr<Database>> create(const QString &location);
    /// When open() brings data of an older schema version up to date.
    enum class SchemaUpdate
    {
        OnOpen,  ///< at once (read-only: refused, it must be opened for writing once)
        ByCaller ///< not: the caller checks or copies the file as it is, then calls migrate()
    };

    /// Opens existing data (a file path or a connection string); refuses data that is not ours
    /// or is newer, and on a server a connection as the owner of the tables unless the
    /// connection string says `maintenance=1`.
    static Result<std::unique_ptr<Database>> open(const QString &location,
                                                  Mode mode = Mode::ReadWrite,
                                                  SchemaUpdate update = SchemaUpdate::OnOpen);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_connection; }
    const SqlDialect &dialect() const { return m_dialect; }
    /// The location as given to open(): a file path or a connection string, password included
    /// (to open a second connection). Show displayName() to people instead.
    const QString &path() const { return m_path; }
    /// The location for messages: the path, or the connection string without its password.
    QString displayName() const { return m_displayName; }
    bool isServer() const { return m_dialect.backend() == SqlDialect::Backend::Postgres; }
    /// An Error saying that `feature` (a translated noun phrase) works on the local data file
    /// only, on a server; ok on a file.
    Status requireFile(const QString &feature) const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const;

    /// The schema version this program writes.
    static int currentSchemaVersion();

private:
    Database(QString path, Mode mode);
    Status connect();
    Status connectServer();
    Status checkOwnership();
    Status checkNotOwner();
    Status configure();

    QString m_path;
    QString m_displayName;
    Mode m_mode;
    QString m_connectionName;
    QSqlDatabase m_connection;
    SqlDialect m_dialect{SqlDialect::Backend::Sqlite};
    bool m_maintenance = false;
};

} // namespace wzsw
