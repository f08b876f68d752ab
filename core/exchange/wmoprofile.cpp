#include "exchange/wmoprofile.h"

#include "exchange/exportrow.h"
#include "exchange/pseudonyms.h"
#include "storage/departmentqueries.h"
#include "storage/servicetyperepository.h"
#include "storage/sql.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// The target groups of a client, codes joined by `|` in any order, as labels in the enum's order.
QString targetGroupLabels(const QString &codes, Language language)
{
    QList<TargetGroup> groups;
    for (const QString &code : codes.split(u'|', Qt::SkipEmptyParts))
        if (const std::optional<TargetGroup> group = fromCode<TargetGroup>(code))
            groups.append(*group);
    std::sort(groups.begin(), groups.end());
    QStringList labels;
    for (TargetGroup group : groups)
        labels.append(label(group, language));
    return labels.join(u", "_s);
}

} // namespace

QString WmoProfile::name() const
{
    return u"wmo"_s;
}

QString WmoProfile::description() const
{
    return tr("for the Wmo department: per client and service type the deliveries and hours in "
              "the period");
}

bool WmoProfile::personLevel() const
{
    return true;
}

QList<ColumnTitle> WmoProfile::columns() const
{
    return {{u"persoon-id", u"person id"},        {u"geboortejaar", u"birth year"},
            {u"wijkcode", u"neighbourhood code"}, {u"doelgroepen", u"target groups"},
            {u"alleenwonend", u"lives alone"},    {u"soort dienst", u"service type"},
            {u"leveringen", u"deliveries"},       {u"uren", u"hours"}};
}

Status WmoProfile::writeRows(DepartmentExport &out) const
{
    const Language language = out.language();
    QHash<Id, QString> typeNames;
    const Result<QList<ServiceType>> types = ServiceTypeRepository(out.db).all();
    if (!types)
        return types.error();
    for (const ServiceType &type : *types)
        typeNames.insert(type.id, language == Language::English && !type.nameEn.isEmpty()
                                      ? type.nameEn
                                      : type.nameNl);
    Result<Pseudonymizer> pseudonyms = Pseudonymizer::forRecipient(out.db, out.request.recipient);
    if (!pseudonyms)
        return pseudonyms.error();
    const QString yes = language == Language::Dutch ? u"ja"_s : u"yes"_s;
    const QString no = language == Language::Dutch ? u"nee"_s : u"no"_s;

    ExportRow row(out.dialect, columns().size() + identityColumnCount(out.request));
    // A client's rows come one after the other: one pseudonym and one label list per client.
    Id lastClient = 0;
    QString personId;
    QString groups;
    const IdentityColumns identity{out.request.withNames, out.request.withBsn};
    return DepartmentQueries(out.db, out.scope).wmo(out.period, identity, [&](const WmoRow &r) {
        if (r.clientId != lastClient) {
            lastClient = r.clientId;
            personId = pseudonyms->of(PersonKind::Client, r.clientId);
            groups = targetGroupLabels(r.targetGroupCodes, language);
        }
        int column = setPerson(row, out.request, personId, r.identity);
        row.wholeOrEmpty(column++, r.birthYear);
        row.text(column++, r.neighbourhoodCode);
        row.text(column++, groups);
        row.text(column++, r.livesAlone ? yes : no);
        row.text(column++, typeNames.value(r.serviceTypeId));
        row.whole(column++, r.deliveries);
        row.hours(column++, r.quarterHours);
        return out.add(row);
    });
}

} // namespace wzsw
