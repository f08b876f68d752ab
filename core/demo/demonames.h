#pragma once

#include <QStringView>

#include <span>

namespace wzsw {

/// A family name with its tussenvoegsel ("van der", "'t", or empty).
struct DemoFamilyName
{
    QStringView prefix;
    QStringView name;
};

/// Names of one origin. Given names differ by generation (someone born in 1938 is rarely a
/// Zoë); origins without that difference use the same list twice. The shares (per cent) say how
/// often clients and providers come from this pool: Midden-Brabant's elderly are mostly of
/// Dutch origin, the providers (welfare benefit, civic integration) much less so.
struct DemoNamePool
{
    std::span<const QStringView> olderWomen;
    std::span<const QStringView> olderMen;
    std::span<const QStringView> youngerWomen;
    std::span<const QStringView> youngerMen;
    std::span<const DemoFamilyName> families;
    int clientShare;
    int providerShare;
};

/// The pools, the Dutch one first.
std::span<const DemoNamePool> demoNamePools();

} // namespace wzsw
