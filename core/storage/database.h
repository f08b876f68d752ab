#pragma once

#include "common/result.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace wzsw {

/// One connection to a wzsw data file: an SQLite file (extension .wzsw) holding one project
/// organisation's municipalities. Opening checks that the file is ours and not newer than the
/// program, brings an older file up to date, and sets up the connection the same way every
/// time. A connection belongs to the thread that opened it: a worker thread opens its own.
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

    /// Makes a new, empty data file with the current schema. Refuses an existing path.
    static Result<std::unique_ptr<Database>> create(const QString &path);
    /// Opens an existing data file; refuses files that are not ours or are newer.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_connection; }
    const SqlDialect &dialect() const { return m_dialect; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const;

    /// The schema version this program writes.
    static int currentSchemaVersion();

private:
    Database(QString path, Mode mode);
    Status connect();
    Status checkOwnership();
    Status configure();

    QString m_path;
    Mode m_mode;
    QString m_connectionName;
    QSqlDatabase m_connection;
    SqlDialect m_dialect{SqlDialect::Backend::Sqlite};
};

} // namespace wzsw
