#pragma once

#include "rules/violations.h"
#include "storage/personrepository.h"

namespace wzsw {

class Database;

/// Checks shared by clients and providers that need the data file: unique code and BSN, and
/// that the neighbourhood and the referring partner exist.
template <typename T>
Status checkPersonInFile(const Database &db, const PersonRepository<T> &repository, const T &value,
                         Violations &violations);

/// How many of a person's deliveries fall outside [from, to] (either may be open).
Result<qint64> deliveriesOutside(const Database &db, const QString &personColumn, Id personId,
                                 const QDate &from, const QDate &to);

} // namespace wzsw
