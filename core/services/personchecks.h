#pragma once

#include "rules/violations.h"
#include "storage/personrepository.h"

namespace wzsw {

class Database;

/// Checks shared by clients and providers that need the data file: unique code and BSN, a BSN
/// only when the file processes BSNs, no change to an erased person, and that the
/// neighbourhood and the referring partner exist. The importer calls this too, per row.
template <typename T>
Status checkPersonInFile(Database &db, const PersonRepository<T> &repository, const T &value,
                         Violations &violations);

/// Puts a person's fields in their stored form before checking: a valid postcode as "1234 AB"
/// (spec: letters uppercased, one space), surrounding spaces off the BSN. Invalid values are
/// left as typed, so the message quotes what the user entered.
void normalizePerson(Person &person);

/// Writes to the audit log that the user showed a person's BSN on screen on purpose (action
/// `reveal_bsn`); `entity` is "client" or "provider". Its own transaction.
Status recordBsnReveal(Database &db, const QString &entity, Id id, const QString &code);

} // namespace wzsw
