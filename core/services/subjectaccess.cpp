#include "services/subjectaccess.h"

#include "common/system.h"
#include "services/auditlog.h"
#include "services/bsnpolicy.h"
#include "storage/auditrepository.h"
#include "storage/personrepository.h"
#include "storage/workrepositories.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

template <typename E> QString labelOf(const std::optional<E> &value)
{
    return value ? label(*value) : QString();
}

template <typename E> QString labelsOf(const QList<E> &values)
{
    QStringList labels;
    for (const E &value : values)
        labels.append(label(value));
    return labels.join(u" | "_s);
}

/// Collects the sections of one person's report; looks up codes and names once.
class Compiler
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::SubjectAccess)

public:
    Compiler(Database &db, const CsvDialect &formats, bool withBsn)
        : m_db(db), m_formats(formats), m_withBsn(withBsn)
    {}

    Status loadNames()
    {
        if (Status s = load<ServiceType>(m_serviceTypes,
                                         [](const ServiceType &t) { return t.displayName(); });
            !s)
            return s;
        if (Status s = load<Partner>(m_partners, [](const Partner &p) { return p.code; }); !s)
            return s;
        return load<Neighbourhood>(m_neighbourhoods, [](const Neighbourhood &n) { return n.code; });
    }

    AccessSection client(const Client &c) const
    {
        AccessSection s = personSection(u"client"_s, c.code, c.person);
        add(s, u"target_groups"_s, labelsOf(c.targetGroups));
        add(s, u"lives_alone"_s, yesNo(c.livesAlone));
        add(s, u"referred_by_partner_code"_s, m_partners.value(c.referredByPartnerId));
        add(s, u"intake_date"_s, date(c.intakeDate));
        add(s, u"end_date"_s, date(c.endDate));
        add(s, u"end_reason"_s, labelOf(c.endReason));
        add(s, u"consent_date"_s, date(c.consentDate));
        add(s, u"erased_date"_s, date(c.person.erasedDate));
        return s;
    }

    AccessSection provider(const Provider &p) const
    {
        AccessSection s = personSection(u"provider"_s, p.code, p.person);
        add(s, u"background"_s, label(p.background));
        QStringList types;
        for (Id id : p.serviceTypeIds)
            types.append(m_serviceTypes.value(id));
        add(s, u"service_type_codes"_s, types.join(u" | "_s));
        add(s, u"hours_per_week"_s, m_formats.number(p.hoursPerWeek));
        add(s, u"start_date"_s, date(p.startDate));
        add(s, u"exit_date"_s, date(p.exitDate));
        add(s, u"exit_reason"_s, labelOf(p.exitReason));
        add(s, u"course_enrolled_date"_s, date(p.course.enrolledDate));
        add(s, u"course_level"_s, p.course.level > 0 ? QString::number(p.course.level) : QString());
        add(s, u"course_certified_date"_s, date(p.course.certifiedDate));
        add(s, u"course_dropped_date"_s, date(p.course.droppedDate));
        add(s, u"referred_by_partner_code"_s, m_partners.value(p.referredByPartnerId));
        add(s, u"erased_date"_s, date(p.person.erasedDate));
        return s;
    }

    AccessSection requests(const QList<ServiceRequest> &list, bool withDescription) const
    {
        AccessSection s{u"requests"_s, tr("Requests for help"), {}, {}};
        s.columns = {u"service_type_code"_s, u"request_date"_s, u"frequency"_s, u"status"_s};
        if (withDescription)
            s.columns.append(u"description"_s);
        for (const ServiceRequest &r : list) {
            QStringList row{m_serviceTypes.value(r.serviceTypeId), date(r.requestDate),
                            label(r.frequency), label(r.status)};
            if (withDescription)
                row.append(r.description);
            s.rows.append(row);
        }
        return s;
    }

    AccessSection deliveries(const QList<Delivery> &list, bool withFee) const
    {
        AccessSection s{u"deliveries"_s, tr("Services delivered"), {}, {}};
        s.columns = {u"service_type_code"_s, u"date"_s, u"hours"_s};
        if (withFee)
            s.columns.append(u"fee"_s);
        s.columns.append(u"note"_s);
        for (const Delivery &d : list) {
            QStringList row{m_serviceTypes.value(d.serviceTypeId), date(d.date),
                            m_formats.hours(d.quarterHours)};
            if (withFee)
                row.append(m_formats.money(d.feeCents.value_or(0)));
            row.append(d.note);
            s.rows.append(row);
        }
        return s;
    }

    AccessSection trajectories(const QList<Trajectory> &list) const
    {
        AccessSection s{u"trajectories"_s, tr("Trajectories"), {}, {}};
        s.columns = {u"type"_s,
                     u"framework"_s,
                     u"partner_code"_s,
                     u"start_date"_s,
                     u"planned_end_date"_s,
                     u"actual_end_date"_s,
                     u"status"_s,
                     u"goals"_s,
                     u"result"_s};
        for (const Trajectory &t : list)
            s.rows.append({label(t.type), label(t.framework), m_partners.value(t.partnerId),
                           date(t.startDate), date(t.plannedEndDate), date(t.actualEndDate),
                           label(t.status), t.goals, t.result});
        return s;
    }

    AccessSection ladder(const QList<LadderAssessment> &list) const
    {
        AccessSection s{u"ladder"_s, tr("Participation ladder"), {u"date"_s, u"level"_s}, {}};
        for (const LadderAssessment &a : list)
            s.rows.append({date(a.date), QString::number(a.level)});
        return s;
    }

    AccessSection notes(const QList<ContactNote> &list) const
    {
        AccessSection s{u"notes"_s, tr("Case notes"), {u"date"_s, u"author"_s, u"text"_s}, {}};
        for (const ContactNote &n : list)
            s.rows.append({date(n.date), n.author, n.text});
        return s;
    }

    AccessSection audit(const QList<AuditEntry> &list, const QString &ownCode) const
    {
        AccessSection s{u"audit"_s,
                        tr("Who did what with these data"),
                        {u"at"_s, u"who"_s, u"action"_s, u"entity"_s, u"record"_s, u"summary"_s},
                        {}};
        for (const AuditEntry &e : list)
            s.rows.append({e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), e.who, e.action,
                           e.entity, withoutOthers(e.recordCode, ownCode), e.summary});
        return s;
    }

private:
    template <typename T, typename Name> Status load(QHash<Id, QString> &names, const Name &name)
    {
        return Table<T>(m_db).forEach({}, {}, {}, [&](T &value) {
            names.insert(value.id, name(value));
            return true;
        });
    }

    AccessSection personSection(const QString &name, const QString &code, const Person &p) const
    {
        AccessSection s{name, tr("Personal data"), {}, {QStringList()}};
        add(s, u"code"_s, code);
        add(s, u"given_name"_s, p.givenName);
        add(s, u"family_name_prefix"_s, p.familyNamePrefix);
        add(s, u"family_name"_s, p.familyName);
        add(s, u"birth_date"_s, date(p.birthDate));
        add(s, u"gender"_s, labelOf(p.gender));
        add(s, u"street"_s, p.street);
        add(s, u"house_number"_s, p.houseNumber);
        add(s, u"postcode"_s, p.postcode);
        add(s, u"place"_s, p.place);
        add(s, u"neighbourhood_code"_s, m_neighbourhoods.value(p.neighbourhoodId));
        add(s, u"phone"_s, p.phone);
        add(s, u"email"_s, p.email);
        if (m_withBsn)
            add(s, u"bsn"_s, p.bsn);
        return s;
    }

    /// A delivery's log entry is named after both people ("C-0001 P-0001 2025-02-03"): the
    /// other person's code gives way to "…".
    static QString withoutOthers(const QString &recordCode, const QString &ownCode)
    {
        static const QRegularExpression personCode(u"^[CP]-[0-9]+$"_s);
        QStringList words = recordCode.split(u' ');
        for (QString &word : words)
            if (word != ownCode && personCode.match(word).hasMatch())
                word = u"…"_s;
        return words.join(u' ');
    }

    static void add(AccessSection &section, const QString &column, const QString &value)
    {
        section.columns.append(column);
        section.rows.front().append(value);
    }

    QString date(const QDate &value) const { return m_formats.date(value); }
    static QString yesNo(bool value) { return value ? tr("yes") : tr("no"); }

    Database &m_db;
    CsvDialect m_formats;
    bool m_withBsn;
    QHash<Id, QString> m_serviceTypes;
    QHash<Id, QString> m_partners;
    QHash<Id, QString> m_neighbourhoods;
};

/// Reads a list, or leaves the first error in `status`.
template <typename T> QList<T> take(Result<QList<T>> result, Status &status)
{
    if (!result) {
        if (status)
            status = result.error();
        return {};
    }
    return std::move(result).value();
}

} // namespace

Result<SubjectAccessReport> SubjectAccess::collect(PersonKind kind, const QString &code,
                                                   const CsvDialect &formats)
{
    const bool isClient = kind == PersonKind::Client;
    SubjectAccessReport report;
    report.entity = isClient ? u"client"_s : u"provider"_s;
    report.code = code;
    report.madeAt = QDateTime::currentDateTimeUtc();
    report.madeBy = currentUserName();

    Result<Id> id =
        isClient ? ClientRepository(m_db).idOfCode(code) : ProviderRepository(m_db).idOfCode(code);
    if (!id)
        return id.error();
    if (*id == 0)
        return Error::make(Error::Kind::NotFound, isClient
                                                      ? tr("There is no client %1.").arg(code)
                                                      : tr("There is no provider %1.").arg(code));
    if (Status status = AuditLog(m_db).subjectAccessGiven(report.entity, *id, code); !status)
        return status.error();

    const Result<BsnPolicy> bsns = BsnPolicy::of(m_db);
    if (!bsns)
        return bsns.error();
    Compiler compiler(m_db, formats, bsns->processesBsns());
    if (Status status = compiler.loadNames(); !status)
        return status.error();

    Status status;
    if (isClient) {
        const Result<Client> client = ClientRepository(m_db).find(*id);
        if (!client)
            return client.error();
        report.sections.append(compiler.client(*client));
        report.sections.append(
            compiler.requests(take(RequestRepository(m_db).ofClient(*id), status), true));
        report.sections.append(
            compiler.deliveries(take(DeliveryRepository(m_db).ofClient(*id), status), true));
        report.sections.append(compiler.notes(take(NoteRepository(m_db).ofClient(*id), status)));
    } else {
        ProviderRepository providers(m_db);
        const Result<Provider> provider = providers.find(*id);
        if (!provider)
            return provider.error();
        report.sections.append(compiler.provider(*provider));
        report.sections.append(
            compiler.trajectories(take(TrajectoryRepository(m_db).ofProvider(*id), status)));
        report.sections.append(compiler.ladder(take(providers.assessmentsOf(*id), status)));
        report.sections.append(
            compiler.requests(take(RequestRepository(m_db).matchedTo(*id), status), false));
        report.sections.append(
            compiler.deliveries(take(DeliveryRepository(m_db).ofProvider(*id), status), false));
        report.sections.append(compiler.notes(take(NoteRepository(m_db).ofProvider(*id), status)));
    }
    report.sections.append(compiler.audit(
        take(AuditRepository(m_db).entriesAbout(report.entity, *id, code), status), code));
    if (!status)
        return status.error();
    return report;
}

} // namespace wzsw
