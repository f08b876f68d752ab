#pragma once

#include "common/result.h"
#include "storage/personrepository.h"

#include <QLabel>

namespace wzsw {

/// The intake's warning about possible duplicates, in the user's language; empty when there
/// are none.
QString duplicateWarningText(const QList<DuplicateCandidate> &candidates);

/// The duplicate warning at the top of an intake form (client or provider). The first save
/// that finds possible duplicates shows them and stops; saving again with the same warning
/// means the user has seen it and saves anyway.
class DuplicateWarning : public QLabel
{
    Q_OBJECT

public:
    explicit DuplicateWarning(QWidget *parent = nullptr);

    /// Success when there are no candidates or the same warning was shown before; otherwise
    /// shows the warning and returns a Cancelled error, which keeps the form open.
    Status confirm(const Result<QList<DuplicateCandidate>> &candidates);
    /// The warning on show; empty when none is shown.
    QString shownText() const;

private:
    QString m_confirmed;
};

} // namespace wzsw
