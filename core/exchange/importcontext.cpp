#include "exchange/importcontext.h"

#include "storage/table.h"

namespace wzsw {

namespace {

template <typename T> Status loadAll(Database &db, CodedRecords<T> &records)
{
    return Table<T>(db).forEach({}, {}, QStringLiteral("id"), [&records](T &value) {
        records.put(value);
        return true;
    });
}

template <typename T>
Status loadPeople(Database &db, CodedRecords<T> &records, QHash<QString, QString> &bsns)
{
    return Table<T>(db).forEach({}, {}, QStringLiteral("id"), [&](T &value) {
        if (!value.person.bsn.isEmpty())
            bsns.insert(value.person.bsn, value.code);
        records.put(value);
        return true;
    });
}

} // namespace

ImportContext::ImportContext(Database &db, ImportProblems &problems)
    : m_db(db), m_problems(problems), m_today(QDate::currentDate())
{}

Status ImportContext::load()
{
    if (Status status = loadAll(m_db, municipalities); !status)
        return status;
    if (Status status = loadAll(m_db, neighbourhoods); !status)
        return status;
    if (Status status = loadAll(m_db, serviceTypes); !status)
        return status;
    if (Status status = loadAll(m_db, partners); !status)
        return status;
    if (Status status = loadPeople(m_db, clients, clientBsns); !status)
        return status;
    return loadPeople(m_db, providers, providerBsns);
}

} // namespace wzsw
