#include "storage/auditrepository.h"

#include "common/system.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

const QString genesisHash = QString(64, u'0');

const QString selectColumns =
    u"SELECT id, at, who, action, entity, record_id, record_code, summary, previous_hash, hash "
    u"FROM audit_log"_s;

AuditEntry readEntry(const QSqlQuery &query)
{
    AuditEntry e;
    e.id = query.value(0).toLongLong();
    e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    e.who = query.value(2).toString();
    e.action = query.value(3).toString();
    e.entity = query.value(4).toString();
    e.recordId = idOf(query.value(5));
    e.recordCode = textOf(query.value(6));
    e.summary = textOf(query.value(7));
    e.previousHash = query.value(8).toString();
    e.hash = query.value(9).toString();
    return e;
}

Result<QList<AuditEntry>> readAll(QSqlQuery &query)
{
    if (Status status = exec(query); !status)
        return status.error();
    QList<AuditEntry> list;
    while (query.next())
        list.append(readEntry(query));
    return list;
}

} // namespace

AuditEntry AuditEntry::by(QString action, QString entity, Id recordId, QString recordCode,
                          QString summary)
{
    AuditEntry entry;
    entry.who = currentUserName();
    entry.action = std::move(action);
    entry.entity = std::move(entity);
    entry.recordId = recordId;
    entry.recordCode = std::move(recordCode);
    entry.summary = std::move(summary);
    return entry;
}

QString AuditRepository::hashOf(const AuditEntry &entry)
{
    // Unit separators keep "ab"+"c" and "a"+"bc" apart.
    const QString content = QStringList{entry.previousHash, entry.at.toString(Qt::ISODateWithMs),
                                        entry.who,          entry.action,
                                        entry.entity,       QString::number(entry.recordId),
                                        entry.recordCode,   entry.summary}
                                .join(QChar(0x1f));
    return QString::fromLatin1(
        QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status AuditRepository::append(AuditEntry &entry)
{
    const Result<QVariant> last = scalar(m_db, m_db.dialect().previousAuditHash());
    if (!last)
        return last.error();
    entry.previousHash = last->isNull() ? genesisHash : last->toString();
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    entry.hash = hashOf(entry);
    QSqlQuery query = prepare(m_db, u"INSERT INTO audit_log (at, who, action, entity, record_id, "
                                    u"record_code, summary, previous_hash, hash) "
                                    u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindAll(query, {entry.at.toString(Qt::ISODateWithMs), entry.who, entry.action, entry.entity,
                    idOrNull(entry.recordId), textOrNull(entry.recordCode),
                    textOrNull(entry.summary), entry.previousHash, entry.hash});
    if (Status status = exec(query); !status)
        return status;
    entry.id = query.lastInsertId().toLongLong();
    return {};
}

Result<QList<AuditEntry>> AuditRepository::entries(const QDate &from, const QDate &to) const
{
    return entriesBetween(from.isValid() ? QDateTime(from, QTime(0, 0), Qt::UTC) : QDateTime(),
                          to.isValid() ? QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC)
                                       : QDateTime());
}

Result<QList<AuditEntry>> AuditRepository::entriesBetween(const QDateTime &from,
                                                          const QDateTime &until) const
{
    // `at` is ISO text in UTC, which sorts as the moments do.
    QSqlQuery query = prepare(m_db, selectColumns + u" WHERE at >= ? AND at < ? ORDER BY id"_s);
    query.bindValue(0, from.isValid() ? from.toUTC().toString(Qt::ISODateWithMs) : u"0000"_s);
    query.bindValue(1, until.isValid() ? until.toUTC().toString(Qt::ISODateWithMs) : u"9999"_s);
    return readAll(query);
}

Result<QList<AuditEntry>> AuditRepository::entriesAbout(const QString &entity, Id recordId,
                                                        const QString &code) const
{
    // Descriptions are codes and dates separated by spaces; matching whole words keeps C-1000
    // from finding C-10000's records.
    QSqlQuery query = prepare(m_db, selectColumns + uR"( WHERE (entity = ? AND record_id = ?)
            OR record_code = ? OR record_code LIKE ? OR record_code LIKE ? OR record_code LIKE ?
            ORDER BY id)"_s);
    bindAll(query, {entity, qlonglong(recordId), code, QString(code + u" %"_s),
                    QString(u"% "_s + code), QString(u"% "_s + code + u" %"_s)});
    return readAll(query);
}

Result<std::optional<AuditEntry>> AuditRepository::latestAbout(const QString &entity,
                                                               Id recordId) const
{
    QSqlQuery query = prepare(
        m_db, selectColumns + u" WHERE entity = ? AND record_id = ? ORDER BY id DESC LIMIT 1"_s);
    bindAll(query, {entity, qlonglong(recordId)});
    if (Status status = exec(query); !status)
        return status.error();
    if (!query.next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(readEntry(query));
}

Result<std::optional<Id>> AuditRepository::firstBrokenEntry() const
{
    QSqlQuery query = prepare(m_db, selectColumns + u" ORDER BY id"_s);
    if (Status status = exec(query); !status)
        return status.error();
    QString expectedPrevious = genesisHash;
    while (query.next()) {
        const AuditEntry entry = readEntry(query);
        if (entry.previousHash != expectedPrevious || hashOf(entry) != entry.hash)
            return std::optional<Id>(entry.id);
        expectedPrevious = entry.hash;
    }
    return std::optional<Id>();
}

} // namespace wzsw
