#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace wzsw {

/// One thing wrong with the files of an import, located as `file:line: column: message`.
struct ImportProblem
{
    QString file;    ///< the file's name, e.g. "clients.csv"
    qint64 line = 0; ///< physical line where the row starts (1-based); 0 for the file as a whole
    QString column;  ///< exchange column name; empty when the problem is not in one cell
    QString message; ///< translated, one sentence

    /// "clients.csv:12: bsn: message", leaving out what is not known.
    QString located() const;
};

/// Every problem of an import, kept up to a limit so that a file full of mistakes does not eat
/// the memory, but counted beyond it so the user learns how many there are.
class ImportProblems
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::ImportProblems)

public:
    static constexpr qsizetype defaultLimit = 1000;

    explicit ImportProblems(qsizetype limit = defaultLimit) : m_limit(limit) {}

    void add(ImportProblem problem);
    bool isEmpty() const { return m_total == 0; }
    /// Every problem found, also those beyond the limit.
    qint64 total() const { return m_total; }
    /// The problems kept: the first `limit` ones, in the order they were found.
    const QList<ImportProblem> &kept() const { return m_kept; }

    /// One line per kept problem, then "... and N more" when some were left out.
    QStringList lines() const;

private:
    qsizetype m_limit;
    qint64 m_total = 0;
    QList<ImportProblem> m_kept;
};

} // namespace wzsw
