#pragma once

#include "common/result.h"
#include "domain/planning.h"

#include <QCoreApplication>

namespace wzsw {

class Database;

/// Dated case notes on a client or a provider. Notes are sensitive: the audit log names the
/// note by its owner's code and date only, and they are never exported.
class NoteService
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::NoteService)

public:
    explicit NoteService(Database &db) : m_db(db) {}

    /// A date, a text, and exactly one existing client or provider.
    Result<QList<RuleViolation>> check(const ContactNote &note) const;
    /// Stores a new or changed note; an empty author becomes the user who writes it.
    Status save(ContactNote &note);
    /// `expectedVersion`: the version the person saw (RecordWriter::expectingVersion).
    Status remove(Id id, int expectedVersion = 0);

private:
    Database &m_db;
};

} // namespace wzsw
