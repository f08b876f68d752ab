#pragma once

#include "storage/personrepository.h"

namespace wzsw {

/// The intake's warning about possible duplicates, in the user's language; empty when there
/// are none.
QString duplicateWarningText(const QList<DuplicateCandidate> &candidates);

} // namespace wzsw
