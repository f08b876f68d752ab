#include "services/erasureservice.h"

#include "safety/autobackup.h"
#include "storage/auditrepository.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/erasurestore.h"
#include "storage/personrepository.h"
#include "storage/transaction.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

/// The person as far as the erasure needs them.
struct Subject
{
    Id id = 0;
    QDate birthDate;
    QDate relationStart;
    QDate erasedDate;
};

template <typename T> Result<std::optional<Subject>> findSubject(Database &db, const QString &code)
{
    const Result<std::optional<T>> found = PersonRepository<T>(db).byCode(code);
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<Subject>();
    const T &person = **found;
    Subject subject{person.id, person.person.birthDate, {}, person.person.erasedDate};
    if constexpr (std::is_same_v<T, Client>)
        subject.relationStart = person.intakeDate;
    else
        subject.relationStart = person.startDate;
    return std::optional<Subject>(subject);
}

Result<std::optional<Subject>> findSubject(Database &db, PersonKind kind, const QString &code)
{
    return kind == PersonKind::Client ? findSubject<Client>(db, code)
                                      : findSubject<Provider>(db, code);
}

QString entityOf(PersonKind kind)
{
    return kind == PersonKind::Client ? u"client"_s : u"provider"_s;
}

} // namespace

QDate ErasureService::reducedBirthDate(const QDate &birthDate, const QDate &relationStart,
                                       const QDate &today)
{
    if (!birthDate.isValid())
        return {};
    const QDate midYear(birthDate.year(), 7, 1);
    const bool afterStart = relationStart.isValid() && midYear > relationStart;
    return afterStart || midYear > today ? QDate(birthDate.year(), 1, 1) : midYear;
}

Result<ErasureOutcome> ErasureService::erase(PersonKind kind, const QString &code,
                                             const QDate &today)
{
    const Result<std::optional<Subject>> found = findSubject(m_db, kind, code);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Kind::NotFound, kind == PersonKind::Client
                                                      ? tr("There is no client %1.").arg(code)
                                                      : tr("There is no provider %1.").arg(code));
    const Subject &subject = **found;
    ErasureOutcome outcome;
    outcome.code = code;
    if (subject.erasedDate.isValid()) {
        outcome.alreadyErased = true;
        outcome.erasedOn = subject.erasedDate;
        outcome.birthDateKept = subject.birthDate;
        if (Status status = compactFile(m_db); !status)
            outcome.compactProblem = status.error();
        return outcome;
    }

    outcome.erasedOn = today;
    outcome.birthDateKept = reducedBirthDate(subject.birthDate, subject.relationStart, today);
    {
        SecureDeleteScope secureDelete(m_db);
        if (!secureDelete.ok())
            return secureDelete.error();
        WriteTransaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        const Result<ErasedCounts> counts =
            erasePersonData(m_db, kind, subject.id, outcome.birthDateKept, today);
        if (!counts)
            return counts.error();
        outcome.notesRemoved = counts->notesRemoved;
        outcome.textsCleared = counts->textsCleared;
        // What was removed, by kind and number: never a value.
        const QString summary =
            u"erased: names, address, contact, bsn, gender, birth date (year kept); "
            u"notes removed: "_s +
            QString::number(counts->notesRemoved) + u"; texts cleared: "_s +
            QString::number(counts->textsCleared);
        AuditEntry entry = AuditEntry::by(u"erase"_s, entityOf(kind), subject.id, code, summary);
        if (Status status = AuditRepository(m_db).append(entry); !status)
            return status.error();
        if (Status status = tx.commit(); !status)
            return status.error();
    }
    if (Status status = compactFile(m_db); !status)
        outcome.compactProblem = status.error();
    return outcome;
}

Result<int> ErasureService::eraseFromBackups(const AutoBackup &backups, PersonKind kind,
                                             const QString &code, const QDate &today)
{
    int changed = 0;
    for (const BackupFile &backup : backups.backups()) {
        Result<std::unique_ptr<Database>> db = Database::open(backup.path);
        if (!db)
            return Error::make(
                db.error().kind,
                tr("Backup %1: %2").arg(QFileInfo(backup.path).fileName(), db.error().message));
        const Result<std::optional<Subject>> found = findSubject(**db, kind, code);
        if (!found)
            return found.error();
        if (!found->has_value() || (*found)->erasedDate.isValid())
            continue;
        const Result<ErasureOutcome> erased = ErasureService(**db).erase(kind, code, today);
        if (!erased)
            return erased.error();
        if (erased->compactProblem)
            return *erased->compactProblem;
        db.value().reset();
        if (Status verified = Backup::verify(backup.path); !verified)
            return verified.error();
        ++changed;
    }
    return changed;
}

} // namespace wzsw
