#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QDate>
#include <QString>

#include <optional>

namespace wzsw {

/// Name, address and contact details shared by clients and providers. Everything here is
/// personal data: it is erased on request and never printed in a steering-group report.
struct Person
{
    QString givenName;
    QString familyNamePrefix; ///< tussenvoegsel: "van der", "de", ...
    QString familyName;
    QDate birthDate;
    std::optional<Gender> gender;
    QString street;
    QString houseNumber; ///< with addition: "12a", "7-II"
    QString postcode;    ///< stored as "1234 AB"
    QString place;
    Id neighbourhoodId = 0;
    QString phone;
    QString email;
    QString bsn; ///< 9 digits, empty when not given
    /// When the person's identifying data was erased (AVG art. 17); invalid when it was not.
    /// An erased person has no names, address, contact details or BSN, and a date of birth
    /// that keeps only the year; the record stays for the figures. Set only by the erasure.
    QDate erasedDate;

    bool isErased() const { return erasedDate.isValid(); }

    /// "Jan van der Berg"
    QString fullName() const;
    /// "Berg, Jan van der": for sorted lists
    QString sortName() const;
};

/// "*****1234": a BSN as shown until the user reveals it on purpose.
QString maskedBsn(const QString &bsn);

} // namespace wzsw
