#pragma once

#include <QString>

namespace wzsw {

/// The rules of the domain (docs: spec/domain.md "Rules"). A violation names the rule so the
/// desktop program can react to a kind of problem, and carries a message for people.
enum class Rule
{
    Required,        ///< a field that must be filled is empty
    Format,          ///< text or number not in the expected form
    OutOfRange,      ///< number or level outside its bounds
    UnknownCode,     ///< enumeration value or reference code that does not exist
    ElevenTest,      ///< BSN fails the eleven-test
    Postcode,        ///< Dutch postcode form, or a series that is not issued
    FutureDate,      ///< date of birth in the future
    DateOrder,       ///< an end before its start, or a date outside a related period
    HoursStep,       ///< hours not a multiple of a quarter
    HoursRange,      ///< hours zero, negative or above 12
    OneRunning,      ///< a second running trajectory for the same provider
    EndDateNeeded,   ///< completed or broken off without an actual end date
    Unique,          ///< code or BSN already used by another record
    InUse,           ///< record still referred to (deliveries exist)
    BsnNotProcessed, ///< this organisation does not process BSNs
    Inconsistent,    ///< fields that contradict each other
};

/// One broken rule: which record, which field, which rule, and a message in the user's language.
/// `field` uses the exchange-format column names (spec/exchange-csv.md), so an import can report
/// `file:line: column: message` and a form can put the message next to its input.
struct RuleViolation
{
    QString entity; ///< e.g. "client"
    QString record; ///< the record's code, or empty for a new record without one
    QString field;  ///< e.g. "bsn"
    Rule rule = Rule::Format;
    QString message; ///< translated, names the field

    /// "client C-0001, bsn: message" for lists outside a form.
    QString describe() const;

    bool operator==(const RuleViolation &) const = default;
};

} // namespace wzsw
