#pragma once

// Helpers shared by the import and exchange tests: exchange files written into a temporary
// folder, an import that must run, the problems as text, row counts.

#include "csvtesthelpers.h" // Catch2 prints QStringLists readably
#include "exchange/importer.h"
#include "storage/table.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <utility>

namespace wzsw::test {

using Files = QList<std::pair<QString, QByteArray>>;

/// A temporary folder holding `files` (name, bytes).
class ExchangeFolder
{
public:
    explicit ExchangeFolder(const Files &files = {})
    {
        REQUIRE(m_dir.isValid());
        for (const auto &[name, bytes] : files)
            write(name, bytes);
    }
    void write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(bytes) == bytes.size());
    }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

/// Imports every file of `folder`; the import itself must run (problems are in the report).
inline ImportReport importFolder(Database &db, const QString &folder, bool dryRun = false)
{
    ImportOptions options;
    options.dryRun = dryRun;
    Result<ImportReport> report = Importer(db).run({folder}, options);
    if (!report)
        FAIL(report.error().message.toStdString());
    return std::move(report).value();
}

/// The problems as `file:line: column: message` lines.
inline QStringList problemLines(const ImportReport &report)
{
    return report.problems.lines();
}

/// The problems without their messages: `file:line: column`, to compare with a list made by
/// hand.
inline QStringList problemPlaces(const ImportReport &report)
{
    QStringList places;
    for (const ImportProblem &p : report.problems.kept())
        places.append(p.file + u':' + QString::number(p.line) + QStringLiteral(": ") + p.column);
    return places;
}

/// The counts of one file of the report.
inline ImportCounts countsOf(const ImportReport &report, const QString &file)
{
    for (const ImportReport::File &f : report.files)
        if (f.name == file)
            return f.counts;
    FAIL("no counts for " + file.toStdString());
    return {};
}

template <typename T> qint64 rowCount(Database &db)
{
    return Table<T>(db).count().value();
}

template <typename T> QList<T> allOf(Database &db)
{
    return Table<T>(db).list().value();
}

} // namespace wzsw::test
