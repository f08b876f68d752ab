#pragma once

#include "domain/places.h"
#include "storage/table.h"

namespace wzsw {

/// Municipalities and their neighbourhoods.
class PlaceRepository
{
public:
    explicit PlaceRepository(Database &db) : m_municipalities(db), m_neighbourhoods(db) {}

    Table<Municipality> &municipalities() { return m_municipalities; }
    Table<Neighbourhood> &neighbourhoods() { return m_neighbourhoods; }

    Result<QList<Municipality>> allMunicipalities() const
    {
        return m_municipalities.list({}, {}, QStringLiteral("code"));
    }
    Result<std::optional<Municipality>> municipalityByCode(const QString &code) const
    {
        return m_municipalities.findWhere(QStringLiteral("code = ?"), {code});
    }
    /// Neighbourhoods of one municipality, or all when `municipalityId` is 0, by code.
    Result<QList<Neighbourhood>> neighbourhoodsOf(Id municipalityId) const
    {
        if (municipalityId == 0)
            return m_neighbourhoods.list({}, {}, QStringLiteral("code"));
        return m_neighbourhoods.list(QStringLiteral("municipality_id = ?"),
                                     {qlonglong(municipalityId)}, QStringLiteral("code"));
    }
    Result<std::optional<Neighbourhood>> neighbourhoodByCode(const QString &code) const
    {
        return m_neighbourhoods.findWhere(QStringLiteral("code = ?"), {code});
    }

private:
    Table<Municipality> m_municipalities;
    Table<Neighbourhood> m_neighbourhoods;
};

} // namespace wzsw
