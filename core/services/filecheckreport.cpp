#include "services/filecheckreport.h"

using namespace Qt::StringLiterals;

namespace wzsw {

QString FileProblem::describe() const
{
    return RuleViolation{entity, record, field, rule, message}.describe();
}

QString FileCheckReport::summaryText() const
{
    QStringList lines;
    lines.append(tr("Data version: %1 (this program: %2)")
                     .arg(summary.schemaVersion)
                     .arg(summary.expectedSchemaVersion));
    if (summary.fileChecksRun) {
        lines.append(summary.structureWhole ? tr("Structure: whole") : tr("Structure: damaged"));
        lines.append(summary.brokenReferences == 0
                         ? tr("References: all point at existing records")
                         : tr("References: %n broken", nullptr, int(summary.brokenReferences)));
    } else {
        lines.append(tr("Structure and references: checked by the regional server itself (the "
                        "file checks apply to a local data file only)"));
    }
    lines.append(summary.firstBrokenAuditEntry
                     ? tr("Audit log: broken from entry %1").arg(*summary.firstBrokenAuditEntry)
                     : tr("Audit log: chain whole"));
    qint64 total = 0;
    for (const auto &[entity, count] : summary.records)
        total += count;
    lines.append(tr("Records checked: %1").arg(total));
    lines.append(tr("Rule violations: %1").arg(summary.ruleViolations));
    if (healthy())
        lines.append(tr("No problems found."));
    else if (summary.problemsNotListed > 0)
        lines.append(
            tr("%n problem(s) found, of which %1 not listed.", nullptr, int(summary.problems))
                .arg(summary.problemsNotListed));
    else
        lines.append(tr("%n problem(s) found.", nullptr, int(summary.problems)));
    return lines.join(u'\n');
}

} // namespace wzsw
