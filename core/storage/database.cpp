#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/serverlocation.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"wzsw-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}

// A writer that finds the file (or on a server the record) locked waits this long before giving
// up with a clear message.
constexpr int busyTimeoutMs = 5000;

} // namespace

Database::Database(QString path, Mode mode)
    : m_path(std::move(path)), m_displayName(m_path), m_mode(mode),
      m_connectionName(nextConnectionName())
{}

Database::~Database()
{
    m_connection.close();
    m_connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::currentSchemaVersion()
{
    return latestSchemaVersion();
}

int Database::schemaVersion() const
{
    const Result<QVariant> version = scalar(*this, m_dialect.schemaVersion());
    return version ? version->toInt() : -1;
}

Status Database::requireFile(const QString &feature) const
{
    if (!isServer())
        return {};
    return Error::make(
        Error::Kind::Storage,
        tr("%1 works on a local data file only, not on the regional server.").arg(feature));
}

Result<std::unique_ptr<Database>> Database::create(const QString &location)
{
    const bool server = ServerLocation::isServer(location);
    if (!server && QFileInfo::exists(location))
        return Error::make(Error::Kind::Io,
                           tr("%1 already exists: choose another name.").arg(location));
    std::unique_ptr<Database> db(new Database(location, Mode::ReadWrite));
    Status status = server ? db->connectServer() : db->connect();
    if (status && server && !db->m_maintenance)
        status = Error::make(Error::Kind::Storage,
                             tr("Creating the WZSW tables on %1 is maintenance: connect as the "
                                "owner of the database and add maintenance=1 to the connection "
                                "string.")
                                 .arg(db->displayName()));
    if (status && server) {
        const Result<QVariant> holds = scalar(*db, db->m_dialect.holdsSchema());
        if (!holds)
            return holds.error();
        if (holds->toBool())
            return Error::make(
                Error::Kind::Conflict,
                tr("%1 already holds WZSW data: choose another database.").arg(db->displayName()));
    }
    if (status)
        status = db->configure();
    if (status) {
        // The application id goes in first, so an interrupted creation is still recognisable.
        WriteTransaction tx(*db);
        status = tx.ok() ? Status() : tx.error();
        for (const QString &statement : db->m_dialect.markAsOurs(applicationId))
            if (status)
                status = execSql(*db, statement);
        if (status)
            status = tx.commit();
    }
    if (status)
        status = migrate(*db);
    if (!status) {
        db.reset();
        // A server database is left as far as it came: the next step of its migration resumes.
        if (!server)
            QFile::remove(location);
        return status.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Mode mode,
                                                 SchemaUpdate update)
{
    const bool server = ServerLocation::isServer(location);
    if (!server && !QFileInfo(location).isFile())
        return Error::make(Error::Kind::NotFound, tr("%1 does not exist.").arg(location));
    std::unique_ptr<Database> db(new Database(location, mode));
    if (Status status = server ? db->connectServer() : db->connect(); !status)
        return status.error();
    if (Status status = db->checkOwnership(); !status)
        return status.error();
    if (Status status = db->checkNotOwner(); !status)
        return status.error();
    if (Status status = db->configure(); !status)
        return status.error();
    const int version = db->schemaVersion();
    if (version < latestSchemaVersion() && update == SchemaUpdate::OnOpen) {
        // Only the owner may change the tables and their policies on the server.
        if (server && !db->m_maintenance)
            return Error::make(
                Error::Kind::TooNew,
                tr("The regional database %1 was made by an older version of the program. Its "
                   "administrator brings it up to date first, as the owner: wzsw-cli check "
                   "'postgresql://wzsw_owner@...?maintenance=1'.")
                    .arg(db->displayName()));
        if (db->isReadOnly())
            return Error::make(Error::Kind::TooNew,
                               tr("%1 was made by an older version of the program and must be "
                                  "updated; open it for writing once.")
                                   .arg(db->displayName()));
        if (Status status = migrate(*db); !status)
            return status.error();
    }
    return db;
}

Status Database::connect()
{
    m_connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_connection.setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(busyTimeoutMs);
    if (m_mode == Mode::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    m_connection.setConnectOptions(options);
    if (!m_connection.open())
        return Error::make(
            Error::Kind::Storage,
            tr("%1 could not be opened: %2").arg(m_path, m_connection.lastError().text()));
    return {};
}

Status Database::connectServer()
{
    const Result<ServerLocation> server = ServerLocation::parse(m_path);
    if (!server)
        return server.error();
    m_displayName = server->displayName();
    m_dialect = SqlDialect(SqlDialect::Backend::Postgres);
    m_connection = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    m_connection.setHostName(server->host);
    m_connection.setPort(server->port);
    m_connection.setDatabaseName(server->database);
    m_connection.setUserName(server->user);
    m_connection.setPassword(server->password);
    m_connection.setConnectOptions(server->connectOptions());
    if (!m_connection.open())
        return Error::make(
            Error::Kind::Storage,
            tr("%1 could not be opened: %2").arg(m_displayName, m_connection.lastError().text()));
    m_maintenance = server->maintenance;
    return {};
}

Status Database::checkNotOwner()
{
    if (!isServer() || m_maintenance)
        return {};
    const Result<QVariant> owner = scalar(*this, m_dialect.connectsAsOwner());
    if (!owner)
        return owner.error();
    if (owner->toBool())
        return Error::make(Error::Kind::Storage,
                           tr("%1: the program does not work as the owner of the tables, which "
                              "sees every municipality. Connect as a project leader, "
                              "coordinator or steering-group role.")
                               .arg(m_displayName));
    return {};
}

Status Database::checkOwnership()
{
    // Only reads here: a file that is not ours must leave this function unchanged.
    const Result<QVariant> appId = scalar(*this, m_dialect.applicationId());
    const Result<QVariant> version = scalar(*this, m_dialect.schemaVersion());
    if (!appId || !version || appId->toInt() != applicationId)
        return Error::make(
            Error::Kind::NotOurFile,
            tr("%1 is not a WZSW data file. It was left unchanged.").arg(m_displayName));
    if (version->toInt() > latestSchemaVersion())
        return Error::make(Error::Kind::TooNew,
                           tr("%1 was made by a newer version of the program (data version %2, "
                              "this program knows up to %3). Install the newer version to open "
                              "it; the file was left unchanged.")
                               .arg(m_displayName)
                               .arg(version->toInt())
                               .arg(latestSchemaVersion()));
    return {};
}

Status Database::configure()
{
    if (isServer()) {
        // A record lock held by another project leader's transaction is waited for as long as
        // the file's lock; a read-only connection cannot write even by mistake.
        QStringList settings{u"SET lock_timeout = "_s + QString::number(busyTimeoutMs),
                             u"SET client_min_messages = warning"_s};
        if (isReadOnly())
            settings.append(u"SET default_transaction_read_only = on"_s);
        for (const QString &setting : settings)
            if (Status status = execSql(*this, setting); !status)
                return status;
        return {};
    }
    // Rollback journal rather than WAL, on purpose: the data file stays one self-contained file
    // after every commit, which matters because project leaders copy, mail and back up .wzsw
    // files by hand, and WAL needs shared memory that network drives do not offer reliably.
    // One user writes at a time, so WAL's concurrent readers buy little here.
    const QStringList pragmas{
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA trusted_schema = OFF"_s,
        u"PRAGMA synchronous = FULL"_s,
        u"PRAGMA busy_timeout = "_s + QString::number(busyTimeoutMs),
        // Up to 64 MiB of page cache instead of SQLite's 2 MiB: a report on a region file reads
        // indexes of tens of megabytes several times. Memory is taken only as pages are read.
        u"PRAGMA cache_size = -65536"_s,
    };
    for (const QString &pragma : pragmas)
        if (Status status = execSql(*this, pragma); !status)
            return status;
    if (!isReadOnly()) {
        const Result<QVariant> mode = scalar(*this, u"PRAGMA journal_mode = DELETE"_s);
        if (!mode)
            return mode.error();
    }
    return {};
}

} // namespace wzsw
