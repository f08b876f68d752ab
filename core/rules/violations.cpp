#include "rules/violations.h"

#include "common/values.h"
#include "rules/identity.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

struct FieldName
{
    const char16_t *field;
    const char *label;
};

// The labels are English source texts; the Dutch ones come from translations/wzsw_nl.ts.
constexpr FieldName fieldNames[] = {
    {u"code", QT_TRANSLATE_NOOP("wzsw::Field", "code")},
    {u"name", QT_TRANSLATE_NOOP("wzsw::Field", "name")},
    {u"name_nl", QT_TRANSLATE_NOOP("wzsw::Field", "Dutch name")},
    {u"name_en", QT_TRANSLATE_NOOP("wzsw::Field", "English name")},
    {u"fee_per_hour", QT_TRANSLATE_NOOP("wzsw::Field", "fee per hour")},
    {u"active", QT_TRANSLATE_NOOP("wzsw::Field", "active")},
    {u"municipality_code", QT_TRANSLATE_NOOP("wzsw::Field", "municipality")},
    {u"neighbourhood_code", QT_TRANSLATE_NOOP("wzsw::Field", "neighbourhood")},
    {u"given_name", QT_TRANSLATE_NOOP("wzsw::Field", "given name")},
    {u"family_name_prefix", QT_TRANSLATE_NOOP("wzsw::Field", "family name prefix")},
    {u"family_name", QT_TRANSLATE_NOOP("wzsw::Field", "family name")},
    {u"birth_date", QT_TRANSLATE_NOOP("wzsw::Field", "date of birth")},
    {u"gender", QT_TRANSLATE_NOOP("wzsw::Field", "gender")},
    {u"street", QT_TRANSLATE_NOOP("wzsw::Field", "street")},
    {u"house_number", QT_TRANSLATE_NOOP("wzsw::Field", "house number")},
    {u"postcode", QT_TRANSLATE_NOOP("wzsw::Field", "postcode")},
    {u"place", QT_TRANSLATE_NOOP("wzsw::Field", "place")},
    {u"phone", QT_TRANSLATE_NOOP("wzsw::Field", "phone")},
    {u"email", QT_TRANSLATE_NOOP("wzsw::Field", "e-mail")},
    {u"bsn", QT_TRANSLATE_NOOP("wzsw::Field", "BSN")},
    {u"target_groups", QT_TRANSLATE_NOOP("wzsw::Field", "target groups")},
    {u"lives_alone", QT_TRANSLATE_NOOP("wzsw::Field", "lives alone")},
    {u"referred_by_partner_code", QT_TRANSLATE_NOOP("wzsw::Field", "referred by")},
    {u"intake_date", QT_TRANSLATE_NOOP("wzsw::Field", "intake date")},
    {u"end_date", QT_TRANSLATE_NOOP("wzsw::Field", "end date")},
    {u"end_reason", QT_TRANSLATE_NOOP("wzsw::Field", "end reason")},
    {u"consent_date", QT_TRANSLATE_NOOP("wzsw::Field", "consent date")},
    {u"erased_date", QT_TRANSLATE_NOOP("wzsw::Field", "erasure date")},
    {u"background", QT_TRANSLATE_NOOP("wzsw::Field", "background")},
    {u"service_type_codes", QT_TRANSLATE_NOOP("wzsw::Field", "service types")},
    {u"hours_per_week", QT_TRANSLATE_NOOP("wzsw::Field", "hours per week")},
    {u"start_date", QT_TRANSLATE_NOOP("wzsw::Field", "start date")},
    {u"exit_date", QT_TRANSLATE_NOOP("wzsw::Field", "exit date")},
    {u"exit_reason", QT_TRANSLATE_NOOP("wzsw::Field", "exit reason")},
    {u"course_enrolled_date", QT_TRANSLATE_NOOP("wzsw::Field", "course enrolment date")},
    {u"course_level", QT_TRANSLATE_NOOP("wzsw::Field", "course level")},
    {u"course_certified_date", QT_TRANSLATE_NOOP("wzsw::Field", "course certification date")},
    {u"course_dropped_date", QT_TRANSLATE_NOOP("wzsw::Field", "course drop-out date")},
    {u"provider_code", QT_TRANSLATE_NOOP("wzsw::Field", "provider")},
    {u"client_code", QT_TRANSLATE_NOOP("wzsw::Field", "client")},
    {u"partner_code", QT_TRANSLATE_NOOP("wzsw::Field", "partner")},
    {u"type", QT_TRANSLATE_NOOP("wzsw::Field", "type")},
    {u"framework", QT_TRANSLATE_NOOP("wzsw::Field", "funding framework")},
    {u"planned_end_date", QT_TRANSLATE_NOOP("wzsw::Field", "planned end date")},
    {u"actual_end_date", QT_TRANSLATE_NOOP("wzsw::Field", "actual end date")},
    {u"status", QT_TRANSLATE_NOOP("wzsw::Field", "status")},
    {u"goals", QT_TRANSLATE_NOOP("wzsw::Field", "goals")},
    {u"result", QT_TRANSLATE_NOOP("wzsw::Field", "result")},
    {u"date", QT_TRANSLATE_NOOP("wzsw::Field", "date")},
    {u"level", QT_TRANSLATE_NOOP("wzsw::Field", "level")},
    {u"service_type_code", QT_TRANSLATE_NOOP("wzsw::Field", "service type")},
    {u"request_date", QT_TRANSLATE_NOOP("wzsw::Field", "request date")},
    {u"description", QT_TRANSLATE_NOOP("wzsw::Field", "description")},
    {u"frequency", QT_TRANSLATE_NOOP("wzsw::Field", "frequency")},
    {u"hours", QT_TRANSLATE_NOOP("wzsw::Field", "hours")},
    {u"fee", QT_TRANSLATE_NOOP("wzsw::Field", "fee")},
    {u"note", QT_TRANSLATE_NOOP("wzsw::Field", "note")},
    {u"request", QT_TRANSLATE_NOOP("wzsw::Field", "request")},
    {u"kind", QT_TRANSLATE_NOOP("wzsw::Field", "kind")},
    {u"contact_person", QT_TRANSLATE_NOOP("wzsw::Field", "contact person")},
    {u"title", QT_TRANSLATE_NOOP("wzsw::Field", "title")},
    {u"scope", QT_TRANSLATE_NOOP("wzsw::Field", "scope")},
    {u"signed_date", QT_TRANSLATE_NOOP("wzsw::Field", "signing date")},
    {u"commitments", QT_TRANSLATE_NOOP("wzsw::Field", "commitments")},
    {u"review_date", QT_TRANSLATE_NOOP("wzsw::Field", "review date")},
    {u"document", QT_TRANSLATE_NOOP("wzsw::Field", "document")},
    {u"from", QT_TRANSLATE_NOOP("wzsw::Field", "from")},
    {u"to", QT_TRANSLATE_NOOP("wzsw::Field", "to")},
    {u"measure", QT_TRANSLATE_NOOP("wzsw::Field", "measure")},
    {u"value", QT_TRANSLATE_NOOP("wzsw::Field", "value")},
    {u"category", QT_TRANSLATE_NOOP("wzsw::Field", "category")},
    {u"planned", QT_TRANSLATE_NOOP("wzsw::Field", "planned amount")},
    {u"realised", QT_TRANSLATE_NOOP("wzsw::Field", "realised amount")},
    {u"project_start", QT_TRANSLATE_NOOP("wzsw::Field", "project start")},
    {u"interim_1", QT_TRANSLATE_NOOP("wzsw::Field", "first interim date")},
    {u"interim_2", QT_TRANSLATE_NOOP("wzsw::Field", "second interim date")},
    {u"project_end", QT_TRANSLATE_NOOP("wzsw::Field", "project end")},
    {u"project_leader", QT_TRANSLATE_NOOP("wzsw::Field", "project leader")},
    {u"author", QT_TRANSLATE_NOOP("wzsw::Field", "author")},
    {u"text", QT_TRANSLATE_NOOP("wzsw::Field", "text")},
    // The audit log's columns, for the audit view and the subject access report.
    {u"at", QT_TRANSLATE_NOOP("wzsw::Field", "time")},
    {u"who", QT_TRANSLATE_NOOP("wzsw::Field", "by")},
    {u"action", QT_TRANSLATE_NOOP("wzsw::Field", "action")},
    {u"entity", QT_TRANSLATE_NOOP("wzsw::Field", "kind of record")},
    {u"record", QT_TRANSLATE_NOOP("wzsw::Field", "record")},
    {u"summary", QT_TRANSLATE_NOOP("wzsw::Field", "what")},
};

} // namespace

QString fieldLabel(const QString &field)
{
    for (const FieldName &name : fieldNames)
        if (field == QStringView(name.field))
            return QCoreApplication::translate("wzsw::Field", name.label);
    return field;
}

Violations::Violations(QString entity, QString record)
    : m_entity(std::move(entity)), m_record(std::move(record))
{}

void Violations::add(const QString &field, Rule rule, const QString &message)
{
    // Many messages begin with a field's label, which is lower case for use inside sentences
    // ("datum"): a message is a sentence of its own, shown under the field or in a row.
    QString sentence = message;
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    m_list.append(RuleViolation{m_entity, m_record, field, rule, sentence});
}

void Violations::requireText(const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        add(field, Rule::Required, tr("%1 is required.").arg(fieldLabel(field)));
}

void Violations::requireDate(const QString &field, const QDate &value)
{
    if (!value.isValid())
        add(field, Rule::Required, tr("%1 is required.").arg(fieldLabel(field)));
}

void Violations::requireReference(const QString &field, qint64 id)
{
    if (id == 0)
        add(field, Rule::Required, tr("%1 is required.").arg(fieldLabel(field)));
}

void Violations::requireOrder(const QString &earlierField, const QDate &earlier,
                              const QString &laterField, const QDate &later)
{
    if (earlier.isValid() && later.isValid() && later < earlier)
        add(laterField, Rule::DateOrder,
            tr("%1 may not be before %2.").arg(fieldLabel(laterField), fieldLabel(earlierField)));
}

void Violations::requireNotFuture(const QString &field, const QDate &value, const QDate &today)
{
    if (value.isValid() && value > today)
        add(field, Rule::FutureDate, tr("%1 may not be in the future.").arg(fieldLabel(field)));
}

void Violations::checkBsn(const QString &field, const QString &bsn)
{
    if (bsn.isEmpty())
        return;
    static const QRegularExpression nineDigits(u"^[0-9]{9}$"_s);
    if (!nineDigits.match(bsn).hasMatch())
        add(field, Rule::Format, tr("%1 must be exactly 9 digits.").arg(fieldLabel(field)));
    else if (!isValidBsn(bsn))
        add(field, Rule::ElevenTest,
            tr("%1 %2 does not pass the eleven-test.").arg(fieldLabel(field), bsn));
}

void Violations::checkPostcode(const QString &field, const QString &postcode)
{
    if (postcode.isEmpty())
        return;
    const std::optional<PostcodeProblem> problem = postcodeProblem(postcode);
    if (problem == PostcodeProblem::Form)
        add(field, Rule::Postcode,
            tr("%1 \"%2\" is not a Dutch postcode (four digits, the first not 0, and two "
               "letters, like 5038 AB).")
                .arg(fieldLabel(field), postcode));
    else if (problem == PostcodeProblem::NotIssued)
        add(field, Rule::Postcode,
            tr("%1 \"%2\": the letter combinations SA, SD and SS are not issued.")
                .arg(fieldLabel(field), postcode));
}

void Violations::checkEmail(const QString &field, const QString &email)
{
    static const QRegularExpression form(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!email.isEmpty() && !form.match(email).hasMatch())
        add(field, Rule::Format,
            tr("%1 \"%2\" is not an e-mail address.").arg(fieldLabel(field), email));
}

void Violations::checkRange(const QString &field, double value, double min, double max)
{
    if (value < min || value > max)
        add(field, Rule::OutOfRange,
            tr("%1 must lie between %2 and %3.")
                .arg(fieldLabel(field), QString::number(min), QString::number(max)));
}

std::optional<int> Violations::readQuarterHours(const QString &field, QStringView text)
{
    if (const std::optional<int> quarters = parseQuarterHours(text))
        return quarters;
    if (text.trimmed().isEmpty())
        add(field, Rule::Required, tr("%1 is required.").arg(fieldLabel(field)));
    else if (parseNumber(text))
        add(field, Rule::HoursStep,
            tr("%1 \"%2\" is not a multiple of a quarter hour (0.25).")
                .arg(fieldLabel(field), text.toString()));
    else
        add(field, Rule::Format,
            tr("%1 \"%2\" is not a number.").arg(fieldLabel(field), text.toString()));
    return std::nullopt;
}

void Violations::requireTogether(const QString &field, bool present, const QString &otherField,
                                 bool otherPresent)
{
    if (present && !otherPresent)
        add(otherField, Rule::Inconsistent,
            tr("%1 is required when %2 is filled in.")
                .arg(fieldLabel(otherField), fieldLabel(field)));
}

void Violations::codeTaken(const QString &field, const QString &code)
{
    add(field, Rule::Unique, tr("%1 %2 is already in use.").arg(fieldLabel(field), code));
}

void Violations::bsnTaken(const QString &field, const QString &holderCode)
{
    add(field, Rule::Unique,
        tr("%1 is already recorded for %2.").arg(fieldLabel(field), holderCode));
}

void Violations::unknownReference(const QString &field, const QString &code)
{
    add(field, Rule::UnknownCode,
        code.isEmpty() ? tr("%1 does not exist.").arg(fieldLabel(field))
                       : tr("%1 \"%2\" does not exist.").arg(fieldLabel(field), code));
}

void Violations::deliveriesOutside(const QString &field, qint64 count)
{
    add(field, Rule::DateOrder,
        tr("%n recorded delivery(s) would fall outside the dates: adjust %1 or those "
           "deliveries first.",
           nullptr, int(count))
            .arg(fieldLabel(field)));
}

void Violations::bsnNotProcessed(const QString &field)
{
    add(field, Rule::BsnNotProcessed,
        tr("This data file does not process BSNs (a setting of the file): leave %1 empty.")
            .arg(fieldLabel(field)));
}

void Violations::erasedRecord(const QDate &erasedOn)
{
    add(u"code"_s, Rule::Inconsistent,
        tr("This person's data was erased on %1 under the privacy rules; the record is kept "
           "only for the figures and cannot be changed.")
            .arg(isoDate(erasedOn)));
}

void Violations::erasureNotByHand()
{
    add(u"erased_date"_s, Rule::Inconsistent,
        tr("A person's data is erased with the erasure function only, not by setting a date."));
}

} // namespace wzsw
