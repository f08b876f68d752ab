#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QDate>
#include <QList>
#include <QString>

namespace wzsw {

/// A partner organisation (home care, housing corporation, ...). Regional partners have no
/// municipality.
struct Partner
{
    Id id = 0;
    int version = 0;
    QString code; ///< "PA-01"
    QString name;
    PartnerKind kind = PartnerKind::Other;
    Id municipalityId = 0; ///< 0 = regional
    QString contactPerson;
    QString phone;
    QString email;
};

/// A written agreement with a partner (samenwerkingsovereenkomst).
struct Agreement
{
    Id id = 0;
    int version = 0;
    Id partnerId = 0;
    QString title;
    QList<AgreementScope> scopes;
    QDate startDate;
    QDate endDate;
    QDate signedDate;
    AgreementStatus status = AgreementStatus::Draft;
    QString commitments;
    QDate reviewDate;
    QString document; ///< path or link to the signed file
};

/// Days ahead in which an agreement's end or review date gets it flagged.
constexpr int agreementWarningDays = 60;

} // namespace wzsw
