#pragma once

#include "rules/violations.h"
#include "storage/table.h"

#include <optional>

namespace wzsw {

/// Checks shared by every service that need a look into the data file. Each adds a violation
/// naming `field` when the rule is broken and returns an error only when the file could not be
/// read.

/// A reference that is given (id not 0) must point at an existing record of T.
template <typename T>
Status requireExisting(Database &db, Id id, const QString &field, Violations &violations)
{
    if (id == 0)
        return {};
    const Result<bool> found = Table<T>(db).exists(id);
    if (!found)
        return found.error();
    if (!*found)
        violations.unknownReference(field);
    return {};
}

/// A code may be held by one record only: `holder` is the record found with that code, if any.
template <typename T>
Status requireFreeCode(const Result<std::optional<T>> &holder, const T &value,
                       Violations &violations, const QString &field = QStringLiteral("code"))
{
    if (!holder)
        return holder.error();
    if (holder->has_value() && (*holder)->id != value.id)
        violations.codeTaken(field, value.code);
    return {};
}

/// The code of the record a reference points at; empty when the id is 0 or the record is gone
/// (the caller reports that through requireExisting).
template <typename T> Result<QString> codeOf(Database &db, Id id)
{
    const Result<std::optional<T>> found = Table<T>(db).findIfExists(id);
    if (!found)
        return found.error();
    return found->has_value() ? (*found)->code : QString();
}

} // namespace wzsw
