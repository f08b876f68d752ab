#include "storage/rowsecurity.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wzsw {

QStringList RowSecurity::guardedTables()
{
    return {u"municipalities"_s,   u"neighbourhoods"_s,
            u"service_types"_s,    u"partners"_s,
            u"agreements"_s,       u"agreement_scopes"_s,
            u"clients"_s,          u"client_target_groups"_s,
            u"providers"_s,        u"provider_service_types"_s,
            u"trajectories"_s,     u"ladder_assessments"_s,
            u"service_requests"_s, u"deliveries"_s,
            u"targets"_s,          u"budget_lines"_s,
            u"project_settings"_s, u"contact_notes"_s,
            u"file_settings"_s,    u"audit_log"_s,
            u"reports"_s,          u"wzsw_access"_s};
}

std::optional<Error> RowSecurity::refusedWrite(const QString &state, const QString &serverText)
{
    if (state != u"WZ001"_s)
        return std::nullopt;
    static const QRegularExpression tableName(u"wzsw: (\\w+) belongs"_s);
    const QString table = tableName.match(serverText).captured(1);
    // The record as the person knows it, by the table the server names.
    static const QHash<QString, const char *> records{
        {u"clients"_s, QT_TR_NOOP("The client")},
        {u"client_target_groups"_s, QT_TR_NOOP("The client")},
        {u"providers"_s, QT_TR_NOOP("The provider")},
        {u"provider_service_types"_s, QT_TR_NOOP("The provider")},
        {u"deliveries"_s, QT_TR_NOOP("The delivery")},
        {u"service_requests"_s, QT_TR_NOOP("The service request")},
        {u"contact_notes"_s, QT_TR_NOOP("The contact note")},
        {u"trajectories"_s, QT_TR_NOOP("The trajectory")},
        {u"ladder_assessments"_s, QT_TR_NOOP("The ladder assessment")},
        {u"partners"_s, QT_TR_NOOP("The partner")},
        {u"agreements"_s, QT_TR_NOOP("The agreement")},
        {u"agreement_scopes"_s, QT_TR_NOOP("The agreement")},
        {u"targets"_s, QT_TR_NOOP("The target")},
        {u"budget_lines"_s, QT_TR_NOOP("The budget line")},
        {u"project_settings"_s, QT_TR_NOOP("The project settings")},
        {u"neighbourhoods"_s, QT_TR_NOOP("The neighbourhood")},
        {u"reports"_s, QT_TR_NOOP("The report")},
    };
    const QString what = tr(records.value(table, QT_TR_NOOP("The record")));
    return Error::make(Error::Kind::Invalid,
                       tr("%1 belongs to another municipality (or to the region): your role may "
                          "change the records of its own municipality only. Nothing was stored.")
                           .arg(what));
}

std::optional<Error> RowSecurity::hiddenDuplicate(const QString &state, const QString &serverText)
{
    if (state != u"23505"_s)
        return std::nullopt;
    // The server names the index or constraint; its text also holds the value, which is not
    // repeated here (a BSN does not belong in a message that may be copied anywhere).
    struct Duplicate
    {
        QString entity;
        QString field;
        const char *message;
    };
    static const QHash<QString, Duplicate> duplicates{
        {u"clients_by_bsn"_s,
         {u"client"_s, u"bsn"_s,
          QT_TR_NOOP("This BSN is already recorded for a client of another municipality, whom "
                     "your role cannot see. Nothing was stored; the regional coordinator can "
                     "find out which record it is.")}},
        {u"providers_by_bsn"_s,
         {u"provider"_s, u"bsn"_s,
          QT_TR_NOOP("This BSN is already recorded for a provider of another municipality, "
                     "whom your role cannot see. Nothing was stored; the regional coordinator "
                     "can find out which record it is.")}},
        {u"clients_code_key"_s,
         {u"client"_s, u"code"_s,
          QT_TR_NOOP("This code is already used by a client of another municipality. Nothing "
                     "was stored; leave the code empty to get the next free one.")}},
        {u"providers_code_key"_s,
         {u"provider"_s, u"code"_s,
          QT_TR_NOOP("This code is already used by a provider of another municipality. Nothing "
                     "was stored; leave the code empty to get the next free one.")}},
    };
    static const QRegularExpression constraintName(u"unique constraint \"(\\w+)\""_s);
    const auto found = duplicates.constFind(constraintName.match(serverText).captured(1));
    if (found == duplicates.cend())
        return std::nullopt;
    return Error::invalid(
        {RuleViolation{found->entity, QString(), found->field, Rule::Unique, tr(found->message)}});
}

Error RowSecurity::missingRolesError(const QString &roles)
{
    return Error::make(Error::Kind::Storage,
                       tr("The regional server lacks the roles %1. A database administrator runs "
                          "installer/postgres/setup.sql once before the schema is made.")
                           .arg(roles));
}

} // namespace wzsw
