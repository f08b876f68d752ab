#include "rules/entityrules.h"
#include "rules/violations.h"

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

void checkPerson(Violations &v, const Person &person, const QDate &today)
{
    // An erased person has no names any more; what is left (the year of birth, the
    // neighbourhood, the dates) is still checked.
    if (!person.isErased()) {
        v.requireText(u"given_name"_s, person.givenName);
        v.requireText(u"family_name"_s, person.familyName);
    }
    v.requireDate(u"birth_date"_s, person.birthDate);
    v.requireNotFuture(u"birth_date"_s, person.birthDate, today);
    v.requireReference(u"neighbourhood_code"_s, person.neighbourhoodId);
    v.checkPostcode(u"postcode"_s, person.postcode);
    v.checkBsn(u"bsn"_s, person.bsn);
    v.checkEmail(u"email"_s, person.email);
}

} // namespace

Violations_t validateClient(const Client &client, const QDate &today)
{
    Violations v(u"client"_s, client.code);
    v.requireText(u"code"_s, client.code);
    checkPerson(v, client.person, today);
    if (client.targetGroups.isEmpty())
        v.add(u"target_groups"_s, Rule::Required,
              Violations::tr("Choose at least one target group."));
    v.requireDate(u"intake_date"_s, client.intakeDate);
    v.requireOrder(u"birth_date"_s, client.person.birthDate, u"intake_date"_s, client.intakeDate);
    v.requireOrder(u"intake_date"_s, client.intakeDate, u"end_date"_s, client.endDate);
    v.requireTogether(u"end_date"_s, client.endDate.isValid(), u"end_reason"_s,
                      client.endReason.has_value());
    v.requireTogether(u"end_reason"_s, client.endReason.has_value(), u"end_date"_s,
                      client.endDate.isValid());
    v.requireNotFuture(u"consent_date"_s, client.consentDate, today);
    return v.take();
}

Violations_t validateProvider(const Provider &provider, const QDate &today)
{
    Violations v(u"provider"_s, provider.code);
    v.requireText(u"code"_s, provider.code);
    checkPerson(v, provider.person, today);
    v.checkRange(u"hours_per_week"_s, provider.hoursPerWeek, 0, 80);
    v.requireDate(u"start_date"_s, provider.startDate);
    v.requireOrder(u"birth_date"_s, provider.person.birthDate, u"start_date"_s, provider.startDate);
    v.requireOrder(u"start_date"_s, provider.startDate, u"exit_date"_s, provider.exitDate);
    v.requireTogether(u"exit_date"_s, provider.exitDate.isValid(), u"exit_reason"_s,
                      provider.exitReason.has_value());
    v.requireTogether(u"exit_reason"_s, provider.exitReason.has_value(), u"exit_date"_s,
                      provider.exitDate.isValid());

    const CourseEnrolment &course = provider.course;
    if (course.isEnrolled())
        v.checkRange(u"course_level"_s, course.level, 1, 4);
    v.requireTogether(u"course_level"_s, course.level != 0, u"course_enrolled_date"_s,
                      course.isEnrolled());
    v.requireTogether(u"course_certified_date"_s, course.certifiedDate.isValid(),
                      u"course_enrolled_date"_s, course.isEnrolled());
    v.requireTogether(u"course_dropped_date"_s, course.droppedDate.isValid(),
                      u"course_enrolled_date"_s, course.isEnrolled());
    v.requireOrder(u"course_enrolled_date"_s, course.enrolledDate, u"course_certified_date"_s,
                   course.certifiedDate);
    v.requireOrder(u"course_enrolled_date"_s, course.enrolledDate, u"course_dropped_date"_s,
                   course.droppedDate);
    if (course.certifiedDate.isValid() && course.droppedDate.isValid())
        v.add(u"course_dropped_date"_s, Rule::Inconsistent,
              Violations::tr("A course is either certified or dropped, not both."));
    return v.take();
}

} // namespace wzsw
