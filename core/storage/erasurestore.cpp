#include "storage/erasurestore.h"

#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw {

SecureDeleteScope::SecureDeleteScope(Database &db) : m_db(db)
{
    // PostgreSQL has no such setting: erased rows stay in the table's pages until VACUUM reuses
    // them, and in the server's backups; the administrator's VACUUM and backup rotation decide.
    if (db.isServer())
        return;
    const Result<QVariant> previous = scalar(db, u"PRAGMA secure_delete"_s);
    if (!previous) {
        m_status = previous.error();
        return;
    }
    m_previous = previous->toLongLong();
    m_status = execSql(db, u"PRAGMA secure_delete = ON"_s);
    m_restore = m_status.ok();
}

SecureDeleteScope::~SecureDeleteScope()
{
    if (m_restore)
        (void)execSql(m_db, u"PRAGMA secure_delete = "_s + QString::number(m_previous));
}

namespace {

Result<qint64> run(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = prepare(db, sql);
    bindAll(query, values);
    if (Status status = exec(query); !status)
        return status.error();
    return qint64(query.numRowsAffected());
}

} // namespace

Result<ErasedCounts> erasePersonData(Database &db, PersonKind kind, Id id,
                                     const QDate &birthDateKept, const QDate &erasedOn)
{
    const bool client = kind == PersonKind::Client;
    const QString table = client ? u"clients"_s : u"providers"_s;
    const QString owner = client ? u"client_id"_s : u"provider_id"_s;
    const qlonglong key = qlonglong(id);

    const Result<qint64> person =
        run(db,
            u"UPDATE "_s + table +
                u" SET version = version + 1, given_name = '', family_name_prefix = NULL, "
                u"family_name = '', birth_date = ?, gender = NULL, street = NULL, "
                u"house_number = NULL, postcode = NULL, place = NULL, phone = NULL, email = NULL, "
                u"bsn = NULL, erased_date = ? WHERE id = ?"_s,
            {dateOrNull(birthDateKept), dateOrNull(erasedOn), key});
    if (!person)
        return person.error();
    if (*person != 1)
        return Error::make(Error::Kind::NotFound, u"no such person"_s);

    ErasedCounts counts;
    const Result<qint64> notes =
        run(db, u"DELETE FROM contact_notes WHERE "_s + owner + u" = ?"_s, {key});
    if (!notes)
        return notes.error();
    counts.notesRemoved = *notes;

    QStringList clearing{u"UPDATE deliveries SET version = version + 1, note = NULL WHERE "_s +
                         owner + u" = ? AND note IS NOT NULL"_s};
    if (client)
        clearing.append(u"UPDATE service_requests SET version = version + 1, description = NULL "
                        u"WHERE client_id = ? AND description IS NOT NULL"_s);
    else
        clearing.append(u"UPDATE trajectories SET version = version + 1, goals = NULL, "
                        u"result = NULL WHERE provider_id = ? AND "
                        u"(goals IS NOT NULL OR result IS NOT NULL)"_s);
    for (const QString &sql : clearing) {
        const Result<qint64> cleared = run(db, sql, {key});
        if (!cleared)
            return cleared.error();
        counts.textsCleared += *cleared;
    }
    return counts;
}

Result<qint64> countBsns(const Database &db)
{
    const Result<QVariant> count =
        scalar(db, u"SELECT (SELECT COUNT(*) FROM clients WHERE bsn IS NOT NULL) + "
                   u"(SELECT COUNT(*) FROM providers WHERE bsn IS NOT NULL)"_s);
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<qint64> clearAllBsns(Database &db)
{
    qint64 cleared = 0;
    for (const QString &table : {u"clients"_s, u"providers"_s}) {
        const Result<qint64> rows =
            run(db,
                u"UPDATE "_s + table +
                    u" SET version = version + 1, bsn = NULL WHERE bsn IS NOT NULL"_s,
                {});
        if (!rows)
            return rows.error();
        cleared += *rows;
    }
    return cleared;
}

Status compactFile(Database &db)
{
    // On the server a VACUUM would walk every table of the database (and warn about those of
    // the system it may not touch), and still not overwrite the erased rows: the server's
    // administrator and its backup rotation decide there (see SecureDeleteScope).
    if (db.isServer())
        return {};
    return execSql(db, u"VACUUM"_s);
}

} // namespace wzsw
