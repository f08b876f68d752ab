#include "services/personchecks.h"

#include "storage/database.h"
#include "storage/sql.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

Result<bool> exists(const Database &db, const QString &table, Id id)
{
    QSqlQuery query = prepare(db, u"SELECT EXISTS (SELECT 1 FROM "_s + table + u" WHERE id = ?)"_s);
    query.bindValue(0, qlonglong(id));
    if (Status status = exec(query); !status)
        return status.error();
    query.next();
    return query.value(0).toBool();
}

} // namespace

template <typename T>
Status checkPersonInFile(const Database &db, const PersonRepository<T> &repository, const T &value,
                         Violations &violations)
{
    const Result<Id> codeHolder = repository.idOfCode(value.code);
    if (!codeHolder)
        return codeHolder.error();
    if (*codeHolder != 0 && *codeHolder != value.id)
        violations.codeTaken(u"code"_s, value.code);

    const Result<Id> bsnHolder = repository.bsnHolder(value.person.bsn, value.id);
    if (!bsnHolder)
        return bsnHolder.error();
    if (*bsnHolder != 0) {
        const Result<T> holder = repository.find(*bsnHolder);
        violations.bsnTaken(u"bsn"_s, holder ? holder->code : QString());
    }

    if (value.person.neighbourhoodId != 0) {
        const Result<bool> found = exists(db, u"neighbourhoods"_s, value.person.neighbourhoodId);
        if (!found)
            return found.error();
        if (!*found)
            violations.unknownReference(u"neighbourhood_code"_s);
    }
    if (value.referredByPartnerId != 0) {
        const Result<bool> found = exists(db, u"partners"_s, value.referredByPartnerId);
        if (!found)
            return found.error();
        if (!*found)
            violations.unknownReference(u"referred_by_partner_code"_s);
    }
    return {};
}

template Status checkPersonInFile<Client>(const Database &, const PersonRepository<Client> &,
                                          const Client &, Violations &);
template Status checkPersonInFile<Provider>(const Database &, const PersonRepository<Provider> &,
                                            const Provider &, Violations &);

Result<qint64> deliveriesOutside(const Database &db, const QString &personColumn, Id personId,
                                 const QDate &from, const QDate &to)
{
    if (personId == 0)
        return qint64(0);
    QSqlQuery query = prepare(db, u"SELECT COUNT(*) FROM deliveries WHERE "_s + personColumn +
                                      u" = ? AND (date < ? OR date > ?)"_s);
    query.bindValue(0, qlonglong(personId));
    query.bindValue(1, from.isValid() ? from.toString(Qt::ISODate) : u"0000-00-00"_s);
    query.bindValue(2, to.isValid() ? to.toString(Qt::ISODate) : u"9999-99-99"_s);
    if (Status status = exec(query); !status)
        return status.error();
    query.next();
    return query.value(0).toLongLong();
}

} // namespace wzsw
