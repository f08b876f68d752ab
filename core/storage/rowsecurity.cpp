#include "storage/rowsecurity.h"

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
    QString what;
    if (table == u"clients"_s || table == u"client_target_groups"_s)
        what = tr("The client");
    else if (table == u"providers"_s || table == u"provider_service_types"_s)
        what = tr("The provider");
    else if (table == u"deliveries"_s)
        what = tr("The delivery");
    else if (table == u"service_requests"_s)
        what = tr("The service request");
    else if (table == u"contact_notes"_s)
        what = tr("The contact note");
    else if (table == u"trajectories"_s)
        what = tr("The trajectory");
    else if (table == u"ladder_assessments"_s)
        what = tr("The ladder assessment");
    else if (table == u"partners"_s)
        what = tr("The partner");
    else if (table == u"agreements"_s || table == u"agreement_scopes"_s)
        what = tr("The agreement");
    else if (table == u"targets"_s)
        what = tr("The target");
    else if (table == u"budget_lines"_s)
        what = tr("The budget line");
    else if (table == u"project_settings"_s)
        what = tr("The project settings");
    else if (table == u"neighbourhoods"_s)
        what = tr("The neighbourhood");
    else if (table == u"reports"_s)
        what = tr("The report");
    else
        what = tr("The record");
    return Error::make(Error::Kind::Invalid,
                       tr("%1 belongs to another municipality (or to the region): your role may "
                          "change the records of its own municipality only. Nothing was stored.")
                           .arg(what));
}

Error RowSecurity::missingRolesError(const QString &roles)
{
    return Error::make(Error::Kind::Storage,
                       tr("The regional server lacks the roles %1. A database administrator runs "
                          "installer/postgres/setup.sql once before the schema is made.")
                           .arg(roles));
}

} // namespace wzsw
