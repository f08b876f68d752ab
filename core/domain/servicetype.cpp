#include "domain/servicetype.h"

#include "domain/enums.h"

namespace wzsw {

QString ServiceType::displayName() const
{
    return displayLanguage() == Language::Dutch || nameEn.isEmpty() ? nameNl : nameEn;
}

} // namespace wzsw
