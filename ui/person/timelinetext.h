#pragma once

#include "domain/recordkind.h"
#include "storage/timelinequeries.h"

#include <QCoreApplication>
#include <QString>

namespace wzsw {

/// How an entry of a person's timeline reads: the name of its kind ("Contactmoment") and one
/// line that says what it was ("Boodschappen, 2,5 uur, door P-0001 – Bij de Jumbo").
class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::TimelineText)

public:
    /// "Trajectory", "Ladder step", "Request", "Delivery", "Case note", in the user's language.
    static QString kindName(RecordKind kind);
    /// One line for `entry` on the page of a person of `personKind` (Client or Provider): a
    /// delivery names the provider on a client's page and the client on a provider's.
    static QString description(const TimelineEntry &entry, RecordKind personKind);
    /// The first line of a stored text, with its spaces tidied.
    static QString firstLine(const QString &text);
};

} // namespace wzsw
