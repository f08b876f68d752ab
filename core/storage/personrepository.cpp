#include "storage/personrepository.h"

using namespace Qt::StringLiterals;

namespace wzsw {

template <typename T> QString PersonRepository<T>::codePrefix()
{
    return std::is_same_v<T, Client> ? u"C-"_s : u"P-"_s;
}

template <typename T> QString PersonRepository<T>::deliveryColumn()
{
    return std::is_same_v<T, Client> ? u"client_id"_s : u"provider_id"_s;
}

template <typename T> Result<Id> PersonRepository<T>::idOfCode(const QString &code) const
{
    QSqlQuery query =
        prepare(m_db, u"SELECT id FROM "_s + Mapping<T>::table() + u" WHERE code = ?"_s);
    query.bindValue(0, code);
    if (Status status = exec(query); !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : Id(0);
}

template <typename T>
Result<Id> PersonRepository<T>::bsnHolder(const QString &bsn, Id exceptId) const
{
    if (bsn.isEmpty())
        return Id(0);
    QSqlQuery query =
        prepare(m_db, u"SELECT id FROM "_s + Mapping<T>::table() + u" WHERE bsn = ? AND id <> ?"_s);
    query.bindValue(0, bsn);
    query.bindValue(1, qlonglong(exceptId));
    if (Status status = exec(query); !status)
        return status.error();
    return query.next() ? query.value(0).toLongLong() : Id(0);
}

template <typename T> Result<bool> PersonRepository<T>::hasDeliveries(Id id) const
{
    QSqlQuery query = prepare(m_db, u"SELECT EXISTS (SELECT 1 FROM deliveries WHERE "_s +
                                        deliveryColumn() + u" = ?)"_s);
    query.bindValue(0, qlonglong(id));
    if (Status status = exec(query); !status)
        return status.error();
    query.next();
    return query.value(0).toBool();
}

template <typename T>
Result<qint64> PersonRepository<T>::deliveriesOutside(Id id, const QDate &from,
                                                      const QDate &to) const
{
    if (id == 0)
        return qint64(0);
    // ISO dates compare as text; the sentinels stand for an open side.
    QSqlQuery query = prepare(m_db, u"SELECT COUNT(*) FROM deliveries WHERE "_s + deliveryColumn() +
                                        u" = ? AND (date < ? OR date > ?)"_s);
    query.bindValue(0, qlonglong(id));
    query.bindValue(1, from.isValid() ? from.toString(Qt::ISODate) : u"0000-00-00"_s);
    query.bindValue(2, to.isValid() ? to.toString(Qt::ISODate) : u"9999-99-99"_s);
    if (Status status = exec(query); !status)
        return status.error();
    query.next();
    return query.value(0).toLongLong();
}

template <typename T> Result<QString> PersonRepository<T>::nextCode() const
{
    const QString prefix = codePrefix();
    QSqlQuery query = prepare(m_db, m_db.dialect().highestCodeNumber(Mapping<T>::table()));
    query.bindValue(0, QString(prefix + u'%'));
    if (Status status = exec(query); !status)
        return status.error();
    const qint64 highest = query.next() ? query.value(0).toLongLong() : 0;
    return QString(prefix + QString::number(highest + 1).rightJustified(4, u'0'));
}

template <typename T>
Result<QList<DuplicateCandidate>> PersonRepository<T>::possibleDuplicates(const Person &person,
                                                                          Id exceptId) const
{
    // One pass over the three indexed lookups; a record found by several gets every reason.
    QSqlQuery query = prepare(m_db, u"SELECT id, code, given_name, family_name_prefix, "
                                    u"family_name, bsn, birth_date, postcode, "
                                    u"house_number FROM "_s +
                                        Mapping<T>::table() +
                                        uR"( WHERE id <> :except AND erased_date IS NULL AND (
                 (bsn IS NOT NULL AND bsn = :bsn)
              OR (birth_date = :birth AND LOWER(family_name) = LOWER(:family))
              OR (postcode = :postcode AND LOWER(house_number) = LOWER(:house)))
            ORDER BY code)"_s);
    query.bindValue(u":except"_s, qlonglong(exceptId));
    query.bindValue(u":bsn"_s, textOrNull(person.bsn));
    query.bindValue(u":birth"_s, dateOrNull(person.birthDate));
    query.bindValue(u":family"_s, textOrNull(person.familyName));
    query.bindValue(u":postcode"_s, textOrNull(person.postcode));
    query.bindValue(u":house"_s, textOrNull(person.houseNumber));
    if (Status status = exec(query); !status)
        return status.error();
    QList<DuplicateCandidate> candidates;
    while (query.next()) {
        DuplicateCandidate candidate;
        candidate.id = query.value(0).toLongLong();
        candidate.code = query.value(1).toString();
        Person found;
        found.givenName = textOf(query.value(2));
        found.familyNamePrefix = textOf(query.value(3));
        found.familyName = textOf(query.value(4));
        candidate.name = found.fullName();
        if (!person.bsn.isEmpty() && query.value(5).toString() == person.bsn)
            candidate.reasons.append(DuplicateReason::SameBsn);
        if (dateOf(query.value(6)) == person.birthDate &&
            found.familyName.compare(person.familyName, Qt::CaseInsensitive) == 0)
            candidate.reasons.append(DuplicateReason::SameBirthDateAndFamilyName);
        if (!person.postcode.isEmpty() && textOf(query.value(7)) == person.postcode &&
            textOf(query.value(8)).compare(person.houseNumber, Qt::CaseInsensitive) == 0)
            candidate.reasons.append(DuplicateReason::SameAddress);
        candidates.append(candidate);
    }
    return candidates;
}

template class PersonRepository<Client>;
template class PersonRepository<Provider>;

} // namespace wzsw
