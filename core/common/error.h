#pragma once

#include "common/ruleviolation.h"

#include <QList>
#include <QString>

namespace wzsw {

/// Why an operation failed. `message` is one line in the user's language (translated when the
/// error is made); `violations` lists every broken rule when the cause is bad input.
struct Error
{
    enum class Kind
    {
        Invalid,    ///< bad input: see violations
        NotFound,   ///< the record or file does not exist
        Conflict,   ///< someone else changed or holds the data
        Storage,    ///< the database said no (disk full, read-only, corrupt, ...)
        NotOurFile, ///< the file is not a wzsw data file
        TooNew,     ///< the file was written by a newer program
        Io,         ///< reading or writing a file outside the database failed
        Cancelled,  ///< the user cancelled
    };

    Kind kind = Kind::Storage;
    QString message;
    QList<RuleViolation> violations;

    static Error invalid(QList<RuleViolation> violations);
    static Error make(Kind kind, QString message) { return Error{kind, std::move(message), {}}; }

    /// The message followed by every violation, one per line: for a terminal or a log.
    QString fullText() const;
};

} // namespace wzsw
