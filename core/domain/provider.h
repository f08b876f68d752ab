#pragma once

#include "domain/person.h"

#include <QList>

namespace wzsw {

/// Enrolment in the MBO course "woonzorgserviceverlener".
struct CourseEnrolment
{
    QDate enrolledDate;
    int level = 0; ///< 1-4, 0 when not enrolled
    QDate certifiedDate;
    QDate droppedDate;

    bool isEnrolled() const { return enrolledDate.isValid(); }
};

/// Someone who delivers services and follows a trajectory (dienstverlener / deelnemer).
struct Provider
{
    Id id = 0;
    int version = 0;
    QString code; ///< "P-0001"
    Person person;
    Background background = Background::WelfareBenefit;
    QList<Id> serviceTypeIds; ///< what the provider can deliver
    double hoursPerWeek = 0;  ///< availability
    QDate startDate;
    QDate exitDate;
    std::optional<ExitReason> exitReason;
    CourseEnrolment course;
    Id referredByPartnerId = 0;
};

} // namespace wzsw
