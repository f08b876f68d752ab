#pragma once

#include <QByteArray>
#include <QString>

namespace wzsw::test {

/// Overwrites the root page of `table` in the closed data file at `path` with garbage, the way
/// a failing disk or a half-written copy damages a file. The header stays intact, so the file
/// is still recognisably ours.
void damageTable(const QString &path, const QString &table);

/// The file's bytes.
QByteArray fileBytes(const QString &path);
/// SHA-256 of the file's bytes.
QByteArray fileHash(const QString &path);

} // namespace wzsw::test
