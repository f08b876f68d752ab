#include "exchange/agreementsprofile.h"

#include "exchange/exportrow.h"
#include "storage/departmentqueries.h"

using namespace Qt::StringLiterals;

namespace wzsw {

QString AgreementsProfile::name() const
{
    return u"agreements"_s;
}

QString AgreementsProfile::description() const
{
    return tr("for the steering group's secretary: the partner agreements of the period, "
              "expiring ones marked");
}

bool AgreementsProfile::personLevel() const
{
    return false;
}

QList<ColumnTitle> AgreementsProfile::columns() const
{
    return {{u"partner", u"partner"},  {u"soort", u"kind"},
            {u"titel", u"title"},      {u"reikwijdte", u"scope"},
            {u"start", u"start"},      {u"einde", u"end"},
            {u"status", u"status"},    {u"evaluatiedatum", u"review date"},
            {u"loopt af", u"expiring"}};
}

Status AgreementsProfile::writeRows(DepartmentExport &out) const
{
    const Language language = out.language();
    const QString yes = language == Language::Dutch ? u"ja"_s : u"yes"_s;
    const QString no = language == Language::Dutch ? u"nee"_s : u"no"_s;
    ExportRow row(out.dialect, columns().size());
    return DepartmentQueries(out.db, out.scope)
        .agreements(out.period, [&](const AgreementExportRow &a) {
            QStringList scopes;
            for (AgreementScope scope : a.scopes)
                scopes.append(label(scope, language));
            row.text(0, a.partnerName);
            row.text(1, a.partnerKind ? label(*a.partnerKind, language) : QString());
            row.text(2, a.title);
            row.text(3, scopes.join(u", "_s));
            row.date(4, a.start);
            row.date(5, a.end);
            row.text(6, a.status ? label(*a.status, language) : QString());
            row.date(7, a.reviewDate);
            row.text(8, a.expiring ? yes : no);
            return out.add(row);
        });
}

} // namespace wzsw
