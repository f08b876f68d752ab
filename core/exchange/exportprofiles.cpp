#include "exchange/exchangeprofile.h"
#include "exchange/exportprofile.h"

namespace wzsw {

const QList<const ExportProfile *> &exportProfiles()
{
    // The department profiles (participation, wmo, neighbourhoods, agreements) join here.
    static const ExchangeProfile exchange;
    static const QList<const ExportProfile *> profiles{&exchange};
    return profiles;
}

const ExportProfile *exportProfile(QStringView name)
{
    for (const ExportProfile *profile : exportProfiles())
        if (name.compare(profile->name(), Qt::CaseInsensitive) == 0)
            return profile;
    return nullptr;
}

} // namespace wzsw
