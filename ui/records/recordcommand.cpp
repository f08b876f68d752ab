#include "records/recordcommand.h"

namespace wzsw {

void reportCommandFailure(DataFile &file, const QString &action, const Error &error)
{
    emit file.changeFailed(action, error.message);
}

} // namespace wzsw
