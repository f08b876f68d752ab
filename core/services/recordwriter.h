#pragma once

#include "rules/entityrules.h"
#include "services/concurrentchange.h"
#include "storage/auditrepository.h"
#include "storage/table.h"
#include "storage/transaction.h"

#include <functional>

namespace wzsw {

/// How a service describes a record to the audit log.
struct AuditSubject
{
    QString entity; ///< "client", "delivery", ...
    QString code;   ///< the record's human code, when it has one
};

/// The one way a user's change to a record is stored: in one write transaction, check every
/// rule (those that need the data file included, against its state inside the transaction),
/// store nothing when any is broken, write the record and its audit entry together.
template <typename T> class RecordWriter
{
public:
    using Check = std::function<Result<QList<RuleViolation>>(const T &)>;

    RecordWriter(Database &db, Check check) : m_db(db), m_check(std::move(check)) {}

    /// The version of the record the person saw when they asked to delete it: remove() then
    /// refuses to delete a record changed or removed since (ConcurrentChange), as save() refuses
    /// such an update. 0 (the default) checks nothing: for deletes no person saw a version of.
    RecordWriter &expectingVersion(int version)
    {
        m_expectedVersion = version;
        return *this;
    }

    /// Inserts when `value.id` is 0, updates otherwise; fills in id and version. An update of
    /// a record changed or removed since `value` was read is refused (ConcurrentChange). A value
    /// with an id but version 0 is a removed record stored again under its old id (what undoing a
    /// delete or redoing a create does): it is inserted, and audited as a create.
    Status save(T &value, const AuditSubject &subject, const QStringList &extraChanges = {})
    {
        WriteTransaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        if (Status status = saveInOpenTransaction(value, subject, extraChanges); !status)
            return status;
        return tx.commit();
    }

    /// save() for a caller that holds the write transaction already, because one action of
    /// the user stores several records (a week of deliveries): the caller commits or not.
    Status saveInOpenTransaction(T &value, const AuditSubject &subject,
                                 const QStringList &extraChanges = {})
    {
        if (Status status = checkRules(value); !status)
            return status;
        Table<T> table(m_db);
        AuditEntry entry = AuditEntry::by({}, subject.entity, 0, subject.code);
        if (value.id == 0 || value.version == 0) {
            if (Status status = value.id == 0 ? table.insert(value) : table.insertKeepingId(value);
                !status)
                return status;
            entry.action = QStringLiteral("create");
        } else {
            // Someone else's change since `value` was read: refused with who and when, so
            // neither change is lost silently.
            Result<std::optional<T>> before = table.findIfExists(value.id);
            if (!before)
                return before.error();
            if (!before->has_value())
                return ConcurrentChange::error(m_db, subject.entity, value.id, true);
            if ((*before)->version != value.version)
                return ConcurrentChange::error(m_db, subject.entity, value.id, false);
            if (Status status = table.update(value); !status)
                return status;
            entry.action = QStringLiteral("update");
            const QStringList changed = Table<T>::changedColumns(**before, value) + extraChanges;
            entry.summary = QStringLiteral("changed: ") + changed.join(QStringLiteral(", "));
        }
        entry.recordId = value.id;
        return AuditRepository(m_db).append(entry);
    }

    /// Deletes after `mayDelete` agreed (it returns the reason to refuse, if any).
    Status remove(Id id, const AuditSubject &subject,
                  const std::function<Result<QList<RuleViolation>>()> &mayDelete)
    {
        WriteTransaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        if (m_expectedVersion != 0) {
            const Result<std::optional<T>> stored = Table<T>(m_db).findIfExists(id);
            if (!stored)
                return stored.error();
            if (!stored->has_value() || (*stored)->version != m_expectedVersion)
                return ConcurrentChange::error(m_db, subject.entity, id, !stored->has_value());
        }
        const Result<QList<RuleViolation>> refusal = mayDelete();
        if (!refusal)
            return refusal.error();
        if (!refusal->isEmpty())
            return Error::invalid(*refusal);
        if (Status status = removeInOpenTransaction(id, subject); !status)
            return status;
        return tx.commit();
    }

    /// Deletes, with its audit entry, inside the caller's write transaction, asking nothing:
    /// for taking back records the same action stored (undoing a week of deliveries).
    Status removeInOpenTransaction(Id id, const AuditSubject &subject)
    {
        if (Status status = Table<T>(m_db).remove(id); !status)
            return status;
        AuditEntry entry =
            AuditEntry::by(QStringLiteral("delete"), subject.entity, id, subject.code);
        return AuditRepository(m_db).append(entry);
    }

    /// Deletes a record nothing else depends on (its child rows go with it).
    Status remove(Id id, const AuditSubject &subject)
    {
        return remove(id, subject,
                      []() -> Result<QList<RuleViolation>> { return QList<RuleViolation>(); });
    }

private:
    Status checkRules(const T &value)
    {
        const Result<QList<RuleViolation>> violations = m_check(value);
        if (!violations)
            return violations.error();
        if (!violations->isEmpty())
            return Error::invalid(*violations);
        return {};
    }

    Database &m_db;
    Check m_check;
    int m_expectedVersion = 0;
};

} // namespace wzsw
