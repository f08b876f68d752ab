#include "services/noteservice.h"

#include "common/system.h"
#include "services/recorddescriptions.h"
#include "services/recordwriter.h"
#include "services/referencechecks.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// The code of the client or provider the note is on.
Result<QString> ownerCode(Database &db, const ContactNote &note)
{
    return note.clientId != 0 ? codeOf<Client>(db, note.clientId)
                              : codeOf<Provider>(db, note.providerId);
}

} // namespace

Result<QList<RuleViolation>> NoteService::check(const ContactNote &note) const
{
    const Result<QString> owner = ownerCode(m_db, note);
    if (!owner)
        return owner.error();
    const QString record = describeNote(*owner, note);
    Violations violations(u"note"_s, record);
    violations.append(validateContactNote(note, record));
    for (const Status &status :
         {requireExisting<Client>(m_db, note.clientId, u"client_code"_s, violations),
          requireExisting<Provider>(m_db, note.providerId, u"provider_code"_s, violations)}) {
        if (!status)
            return status.error();
    }
    return violations.take();
}

Status NoteService::save(ContactNote &note)
{
    if (note.author.trimmed().isEmpty())
        note.author = currentUserName();
    const Result<QString> owner = ownerCode(m_db, note);
    if (!owner)
        return owner.error();
    RecordWriter<ContactNote> writer(m_db, [this](const ContactNote &n) { return check(n); });
    return writer.save(note, {u"note"_s, describeNote(*owner, note)});
}

Status NoteService::remove(Id id, int expectedVersion)
{
    const Result<ContactNote> note = NoteRepository(m_db).find(id);
    if (!note)
        return note.error();
    const Result<QString> owner = ownerCode(m_db, *note);
    if (!owner)
        return owner.error();
    return RecordWriter<ContactNote>(m_db, {})
        .expectingVersion(expectedVersion)
        .remove(id, {u"note"_s, describeNote(*owner, *note)});
}

} // namespace wzsw
