#pragma once

#include <QString>

namespace wzsw {

/// The texts the project leader writes for one report (spec/reports.md "The printed report":
/// "what works", "what does not", "next steps"). Plain text: a line break starts a new
/// paragraph, a line starting with "- " is a bullet. Printed as written, after the figures; the
/// project leader is responsible for keeping names and case details out of them.
struct ReportNarrative
{
    QString whatWorks;
    QString whatDoesNotWork;
    QString nextSteps;

    bool isEmpty() const
    {
        return whatWorks.trimmed().isEmpty() && whatDoesNotWork.trimmed().isEmpty() &&
               nextSteps.trimmed().isEmpty();
    }
    bool operator==(const ReportNarrative &) const = default;
};

} // namespace wzsw
