#pragma once

#include "domain/client.h"
#include "domain/provider.h"
#include "storage/table.h"

#include <type_traits>

namespace wzsw {

/// Why two person records may be the same human being (spec: intake warns before saving).
enum class DuplicateReason
{
    SameBsn,
    SameBirthDateAndFamilyName,
    SameAddress
};

struct DuplicateCandidate
{
    Id id = 0;
    QString code;
    QString name;
    QList<DuplicateReason> reasons;
};

/// What clients and providers have in common in storage: codes, BSNs, duplicate search, and
/// the deliveries that keep a person from being deleted.
template <typename T> class PersonRepository : public Table<T>
{
    static_assert(std::is_same_v<T, Client> || std::is_same_v<T, Provider>);

public:
    explicit PersonRepository(Database &db) : Table<T>(db), m_db(db) {}

    /// "C-" for clients, "P-" for providers.
    static QString codePrefix();
    /// The column of `deliveries` that refers to this kind of person.
    static QString deliveryColumn();

    Result<std::optional<T>> byCode(const QString &code) const
    {
        return this->findWhere(QStringLiteral("code = ?"), {code});
    }
    /// The id of the record with this code, 0 when there is none.
    Result<Id> idOfCode(const QString &code) const;
    /// The id of another record holding this BSN, 0 when there is none.
    Result<Id> bsnHolder(const QString &bsn, Id exceptId) const;
    Result<bool> hasDeliveries(Id id) const;
    /// How many of the person's deliveries fall outside [from, to]; an invalid date leaves
    /// that side open.
    Result<qint64> deliveriesOutside(Id id, const QDate &from, const QDate &to) const;
    /// The next free code: prefix + the highest number in use + 1, four digits at least.
    Result<QString> nextCode() const;
    /// Records that may be the same person; erased records never are (nothing is left to
    /// compare, and an erased person must not be found again).
    Result<QList<DuplicateCandidate>> possibleDuplicates(const Person &person, Id exceptId) const;

private:
    Database &m_db;
};

class ClientRepository : public PersonRepository<Client>
{
public:
    using PersonRepository::PersonRepository;
};

class ProviderRepository : public PersonRepository<Provider>
{
public:
    explicit ProviderRepository(Database &db) : PersonRepository(db), m_ladder(db) {}

    Table<LadderAssessment> &ladder() { return m_ladder; }
    Result<QList<LadderAssessment>> assessmentsOf(Id providerId) const
    {
        return m_ladder.list(QStringLiteral("provider_id = ?"), {qlonglong(providerId)},
                             QStringLiteral("date, id"));
    }

private:
    Table<LadderAssessment> m_ladder;
};

extern template class PersonRepository<Client>;
extern template class PersonRepository<Provider>;

} // namespace wzsw
