#pragma once

#include "common/error.h"
#include "services/filecheckreport.h"

namespace wzsw {

/// Gathers the file check's problems into its report: counts every one, lists up to a limit,
/// so a file with a million broken deliveries still gives a report of sane size.
class ProblemCollector
{
public:
    ProblemCollector(FileCheckReport &report, qint64 listLimit)
        : m_report(report), m_listLimit(listLimit)
    {}

    void add(FileProblem problem)
    {
        ++m_report.summary.problems;
        if (problem.kind == FileProblem::Kind::Rule)
            ++m_report.summary.ruleViolations;
        if (m_report.problems.size() < m_listLimit)
            m_report.problems.append(std::move(problem));
        else
            ++m_report.summary.problemsNotListed;
    }

    /// Rule violations of one record; `record` fills in where the validator left it empty.
    void addViolations(const QList<RuleViolation> &violations, const QString &record = {})
    {
        for (const RuleViolation &v : violations)
            add(FileProblem{FileProblem::Kind::Rule, v.entity,
                            v.record.isEmpty() ? record : v.record, v.field, v.rule, v.message});
    }

    /// A part of the file that could not be read: the check goes on with the next part.
    void unreadable(const QString &entity, const Error &error)
    {
        add(FileProblem{FileProblem::Kind::Integrity, entity, {}, {}, Rule::Format, error.message});
    }

    void counted(const QString &entity, qint64 records)
    {
        m_report.summary.records.append({entity, records});
    }

private:
    FileCheckReport &m_report;
    qint64 m_listLimit;
};

} // namespace wzsw
