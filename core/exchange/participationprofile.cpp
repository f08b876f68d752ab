#include "exchange/participationprofile.h"

#include "exchange/exportrow.h"
#include "exchange/pseudonyms.h"
#include "storage/departmentqueries.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

// The course status at the end of the period: the last step taken on or before it.
QString courseStatus(const ParticipationRow &r, const QDate &to, Language language)
{
    const auto on = [&to](const QDate &date) {
        return date.isValid() && date <= to;
    };
    const bool dutch = language == Language::Dutch;
    if (on(r.courseCertified))
        return dutch ? u"gediplomeerd"_s : u"certified"_s;
    if (on(r.courseDropped))
        return dutch ? u"gestopt"_s : u"dropped"_s;
    if (on(r.courseEnrolled))
        return dutch ? u"ingeschreven"_s : u"enrolled"_s;
    return {};
}

template <typename E> QString labelOf(const std::optional<E> &value, Language language)
{
    return value ? label(*value, language) : QString();
}

} // namespace

QString ParticipationProfile::name() const
{
    return u"participation"_s;
}

QString ParticipationProfile::description() const
{
    return tr("for social affairs (Participatiewet, Wsw, Wi): per provider with a trajectory in "
              "the period the trajectory, ladder, hours, course and outflow");
}

bool ParticipationProfile::personLevel() const
{
    return true;
}

QList<ColumnTitle> ParticipationProfile::columns() const
{
    return {{u"persoon-id", u"person id"},
            {u"geboortejaar", u"birth year"},
            {u"wijkcode", u"neighbourhood code"},
            {u"achtergrond", u"background"},
            {u"soort traject", u"trajectory type"},
            {u"kader", u"framework"},
            {u"start", u"start"},
            {u"geplande einddatum", u"planned end"},
            {u"werkelijke einddatum", u"actual end"},
            {u"status", u"status"},
            {u"ladder eerste", u"ladder first"},
            {u"ladder laatste", u"ladder latest"},
            {u"uren dienstverlening in periode", u"delivery hours in period"},
            {u"status opleiding", u"course status"},
            {u"uitstroomdatum", u"exit date"},
            {u"reden uitstroom", u"exit reason"}};
}

Status ParticipationProfile::writeRows(DepartmentExport &out) const
{
    const Language language = out.language();
    Result<Pseudonymizer> pseudonyms = Pseudonymizer::forRecipient(out.db, out.request.recipient);
    if (!pseudonyms)
        return pseudonyms.error();
    ExportRow row(out.dialect, columns().size() + identityColumnCount(out.request));
    const IdentityColumns identity{out.request.withNames, out.request.withBsn};
    return DepartmentQueries(out.db, out.scope)
        .participation(out.period, identity, [&](const ParticipationRow &r) {
            int column = setPerson(row, out.request,
                                   pseudonyms->of(PersonKind::Provider, r.providerId), r.identity);
            row.wholeOrEmpty(column++, r.birthYear);
            row.text(column++, r.neighbourhoodCode);
            row.text(column++, labelOf(r.background, language));
            row.text(column++, labelOf(r.trajectoryType, language));
            row.text(column++, labelOf(r.framework, language));
            row.date(column++, r.start);
            row.date(column++, r.plannedEnd);
            row.date(column++, r.actualEnd);
            row.text(column++, labelOf(r.status, language));
            row.wholeOrEmpty(column++, r.ladderFirst);
            row.wholeOrEmpty(column++, r.ladderLatest);
            row.hours(column++, r.quarterHours);
            row.text(column++, courseStatus(r, out.period.to, language));
            row.date(column++, r.exitDate);
            row.text(column++, labelOf(r.exitReason, language));
            return out.add(row);
        });
}

} // namespace wzsw
