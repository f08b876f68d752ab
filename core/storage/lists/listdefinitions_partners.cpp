// The lists of partner organisations and their agreements. A partner without a municipality
// works for the whole region.
#include "domain/partner.h"
#include "storage/lists/listdefinition.h"

using namespace Qt::StringLiterals;

namespace wzsw {

using namespace listsql;

ListDefinition partnerListDefinition()
{
    ListDefinition d;
    d.table = u"partners"_s;
    d.alias = u"pa"_s;
    d.joins = u"LEFT JOIN municipalities m ON m.id = pa.municipality_id"_s;
    d.columns = {
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Code"), CellKind::Text, u"pa.code"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Name"), CellKind::Text, u"pa.name"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Kind"), CellKind::Text, u"pa.kind"_s,
                    &enumLabel<PartnerKind>),
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Municipality"),
         CellKind::Text,
         u"m.name"_s,
         {u"sm.name"_s},
         u"LEFT JOIN municipalities sm ON sm.id = pa.municipality_id"_s,
         &regionalWhenEmpty},
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Contact person"), CellKind::Text,
                    u"pa.contact_person"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Phone"), CellKind::Text, u"pa.phone"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "E-mail"), CellKind::Text, u"pa.email"_s),
    };
    d.defaultSortColumn = PartnerList::Name;
    d.searchConditions = {
        {like(u"pa.name"_s), SearchWords::WithLetter},
        {like(u"pa.contact_person"_s), SearchWords::WithLetter},
        {likeIn(u"pa.municipality_id"_s, u"municipalities"_s, {u"name"_s}),
         SearchWords::WithLetter},
        {like(u"pa.code"_s), SearchWords::WithDigit},
    };
    d.choiceTitle = QT_TRANSLATE_NOOP("wzsw::ListQuery", "Kind");
    d.choices = enumChoices<PartnerKind>(u"pa.kind"_s);
    d.municipalityCondition = u"pa.municipality_id = ?"_s;
    return d;
}

ListDefinition agreementListDefinition()
{
    ListDefinition d;
    d.table = u"agreements"_s;
    d.alias = u"a"_s;
    d.joins = u"LEFT JOIN partners pa ON pa.id = a.partner_id"_s;
    d.columns = {
        {QT_TRANSLATE_NOOP("wzsw::ListColumn", "Partner"),
         CellKind::Text,
         u"pa.name"_s,
         {u"spa.name"_s, u"a.title"_s},
         u"LEFT JOIN partners spa ON spa.id = a.partner_id"_s,
         nullptr},
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Title"), CellKind::Text, u"a.title"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Status"), CellKind::Text, u"a.status"_s,
                    &enumLabel<AgreementStatus>),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Start date"), CellKind::Date,
                    u"a.start_date"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "End date"), CellKind::Date,
                    u"a.end_date"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Review date"), CellKind::Date,
                    u"a.review_date"_s),
        plainColumn(QT_TRANSLATE_NOOP("wzsw::ListColumn", "Signed"), CellKind::Date,
                    u"a.signed_date"_s),
    };
    d.defaultSortColumn = AgreementList::Partner;
    d.searchConditions = {like(u"a.title"_s),
                          likeIn(u"a.partner_id"_s, u"partners"_s, {u"name"_s, u"code"_s})};
    d.choiceTitle = QT_TRANSLATE_NOOP("wzsw::ListQuery", "Status");
    d.choices = enumChoices<AgreementStatus>(u"a.status"_s);
    // spec/domain.md: agreements whose end or review date falls within 60 days are flagged.
    static_assert(agreementWarningDays == 60, "the choice's SQL and label say 60 days");
    d.choices.append({u"attention"_s, [] { return ListQuery::tr("End or review within 60 days"); },
                      u"(a.status IN ('draft', 'signed') AND ("
                      u"(a.end_date BETWEEN %TODAY% AND %TODAY+60%) OR "
                      u"(a.review_date BETWEEN %TODAY% AND %TODAY+60%)))"_s});
    d.municipalityCondition = u"a.partner_id IN (SELECT id FROM partners WHERE "
                              u"municipality_id = ?)"_s;
    return d;
}

} // namespace wzsw
