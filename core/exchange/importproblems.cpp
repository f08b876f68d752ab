#include "exchange/importproblems.h"

using namespace Qt::StringLiterals;

namespace wzsw {

QString ImportProblem::located() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    if (!column.isEmpty())
        text += u": "_s + column;
    return text + u": "_s + message;
}

void ImportProblems::add(ImportProblem problem)
{
    ++m_total;
    if (m_kept.size() < m_limit)
        m_kept.append(std::move(problem));
}

QStringList ImportProblems::lines() const
{
    QStringList lines;
    lines.reserve(m_kept.size() + 1);
    for (const ImportProblem &problem : m_kept)
        lines.append(problem.located());
    if (m_total > m_kept.size())
        lines.append(tr("... and %n more.", nullptr, int(m_total - m_kept.size())));
    return lines;
}

} // namespace wzsw
