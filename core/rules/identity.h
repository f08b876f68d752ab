#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace wzsw {

/// Nine digits passing the eleven-test (9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11),
/// not all zeros.
bool isValidBsn(QStringView bsn);

/// Why a postcode is refused, or nothing when it is a valid Dutch postcode.
enum class PostcodeProblem
{
    Form,
    NotIssued
};
std::optional<PostcodeProblem> postcodeProblem(QStringView postcode);

/// "1234ab" -> "1234 AB": letters uppercased, one space. Call only on a valid postcode.
QString normalizePostcode(QStringView postcode);

/// `GM` + 4 digits.
bool isValidMunicipalityCode(QStringView code);
/// `WK` + 6 digits whose first 4 are the municipality's digits.
bool isValidNeighbourhoodCode(QStringView code, QStringView municipalityCode);

} // namespace wzsw
