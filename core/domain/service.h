#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QDate>
#include <QString>

#include <optional>

namespace wzsw {

/// What a client asks for (hulpvraag); matched to a provider.
struct ServiceRequest
{
    Id id = 0;
    int version = 0;
    Id clientId = 0;
    Id serviceTypeId = 0;
    QDate requestDate;
    QString description;
    RequestFrequency frequency = RequestFrequency::Once;
    RequestStatus status = RequestStatus::Open;
    Id providerId = 0; ///< the matched provider, 0 = none
};

/// One service actually delivered (inzet). Hours are kept as whole quarters so sums are exact.
struct Delivery
{
    Id id = 0;
    int version = 0;
    Id clientId = 0;
    Id providerId = 0;
    Id serviceTypeId = 0;
    QDate date;
    int quarterHours = 0; ///< 1 = 0.25 h, at most 48 = 12 h
    Id requestId = 0;     ///< the request it answers, 0 = none
    /// The fee charged. Empty on input means "hours x the type's fee per hour"; stored always.
    std::optional<Cents> feeCents;
    QString note;
};

/// The default fee: hours x fee per hour, rounded to whole cents half away from zero.
Cents defaultFee(int quarterHours, Cents feePerHourCents);

} // namespace wzsw
