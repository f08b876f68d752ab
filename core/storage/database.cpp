#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sql.h"

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

// A writer that finds the file locked waits this long before giving up with a clear message.
constexpr int busyTimeoutMs = 5000;

} // namespace

Database::Database(QString path, Mode mode)
    : m_path(std::move(path)), m_mode(mode), m_connectionName(nextConnectionName())
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
    const Result<QVariant> version = scalar(*this, u"PRAGMA user_version"_s);
    return version ? version->toInt() : -1;
}

Result<std::unique_ptr<Database>> Database::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error::make(Error::Kind::Io,
                           tr("%1 already exists: choose another name.").arg(path));
    std::unique_ptr<Database> db(new Database(path, Mode::ReadWrite));
    Status status = db->connect();
    if (status)
        status = db->configure();
    if (status) {
        // The application id goes in first, so an interrupted creation is still recognisable.
        status = execSql(*db, u"PRAGMA application_id = "_s + QString::number(applicationId));
    }
    if (status)
        status = migrate(*db);
    if (!status) {
        db.reset();
        QFile::remove(path);
        return status.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    if (!QFileInfo(path).isFile())
        return Error::make(Error::Kind::NotFound, tr("%1 does not exist.").arg(path));
    std::unique_ptr<Database> db(new Database(path, mode));
    if (Status status = db->connect(); !status)
        return status.error();
    if (Status status = db->checkOwnership(); !status)
        return status.error();
    if (Status status = db->configure(); !status)
        return status.error();
    const int version = db->schemaVersion();
    if (version < latestSchemaVersion()) {
        if (db->isReadOnly())
            return Error::make(Error::Kind::TooNew,
                               tr("%1 was made by an older version of the program and must be "
                                  "updated; open it for writing once.")
                                   .arg(path));
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

Status Database::checkOwnership()
{
    // Only reads here: a file that is not ours must leave this function unchanged.
    const Result<QVariant> appId = scalar(*this, u"PRAGMA application_id"_s);
    const Result<QVariant> version = scalar(*this, u"PRAGMA user_version"_s);
    if (!appId || !version || appId->toInt() != applicationId)
        return Error::make(Error::Kind::NotOurFile,
                           tr("%1 is not a WZSW data file. It was left unchanged.").arg(m_path));
    if (version->toInt() > latestSchemaVersion())
        return Error::make(Error::Kind::TooNew,
                           tr("%1 was made by a newer version of the program (data version %2, "
                              "this program knows up to %3). Install the newer version to open "
                              "it; the file was left unchanged.")
                               .arg(m_path)
                               .arg(version->toInt())
                               .arg(latestSchemaVersion()));
    return {};
}

Status Database::configure()
{
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
