#pragma once

#include "common/ruleviolation.h"
#include "domain/ids.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace wzsw {

/// One thing wrong with a data file, as `wzsw-cli check` lists it.
struct FileProblem
{
    enum class Kind
    {
        Schema,     ///< the file's schema version is not the program's
        Integrity,  ///< SQLite's own structure check failed, or a part could not be read
        ForeignKey, ///< a reference points at a record that does not exist
        AuditChain, ///< an audit entry was changed or removed
        Rule,       ///< a record breaks a rule of domain.md
    };

    Kind kind = Kind::Rule;
    QString entity;           ///< "delivery", "client", ...; "file" for the file as a whole
    QString record;           ///< code or description of the record, empty when not about one
    QString field;            ///< exchange column name, empty when not about one field
    Rule rule = Rule::Format; ///< which rule, for Kind::Rule
    QString message;          ///< translated

    /// "delivery C-0001 P-0001 2025-02-03, hours: Hours must be ..."
    QString describe() const;
};

/// The file as a whole, after the check.
struct FileCheckSummary
{
    int schemaVersion = 0;
    int expectedSchemaVersion = 0;
    /// The structure and reference checks are the local file's: on the regional server the
    /// server checks its own pages and always enforces references, so they are not run.
    bool fileChecksRun = true;
    bool structureWhole = true;                ///< PRAGMA integrity_check said ok
    qint64 brokenReferences = 0;               ///< rows PRAGMA foreign_key_check reported
    std::optional<Id> firstBrokenAuditEntry;   ///< nothing when the chain is whole
    QList<std::pair<QString, qint64>> records; ///< entity and how many were checked, in order
    qint64 ruleViolations = 0;
    qint64 problems = 0;          ///< every problem found, listed or not
    qint64 problemsNotListed = 0; ///< beyond the list limit
};

/// What the file check found: the problems (up to a limit) and a summary. No problems means
/// the file is healthy.
struct FileCheckReport
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::FileCheckReport)

public:
    QList<FileProblem> problems;
    FileCheckSummary summary;

    bool healthy() const { return summary.problems == 0; }
    /// A few translated lines for a terminal: version, structure, references, audit log,
    /// records checked, problems.
    QString summaryText() const;
};

} // namespace wzsw
