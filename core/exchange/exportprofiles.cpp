#include "exchange/agreementsprofile.h"
#include "exchange/exchangeprofile.h"
#include "exchange/exportprofile.h"
#include "exchange/neighbourhoodsprofile.h"
#include "exchange/participationprofile.h"
#include "exchange/wmoprofile.h"

#include <QCoreApplication>

namespace wzsw {

Result<qint64> ExportProfile::writePreview(Database &, const ExportRequest &, CsvWriter &,
                                           qint64) const
{
    return Error::make(
        Error::Kind::Invalid,
        QCoreApplication::translate("wzsw::ExportProfile", "The %1 export has no preview.")
            .arg(name()));
}

const QList<const ExportProfile *> &exportProfiles()
{
    static const ParticipationProfile participation;
    static const WmoProfile wmo;
    static const NeighbourhoodsProfile neighbourhoods;
    static const AgreementsProfile agreements;
    static const ExchangeProfile exchange;
    static const QList<const ExportProfile *> profiles{&participation, &wmo, &neighbourhoods,
                                                       &agreements, &exchange};
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
