#pragma once

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>

namespace wzsw::test {

/// A fresh, empty data file in a temporary folder that disappears after the test.
class TempDataFile
{
public:
    TempDataFile();

    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    /// Another path inside the same temporary folder.
    QString pathFor(const QString &name) const { return m_dir.filePath(name); }
    /// Closes the connection (to reopen the file in a test).
    void close() { m_db.reset(); }
    Database &reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace wzsw::test

// Catch2 prints QStrings readably in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
