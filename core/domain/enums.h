#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>

namespace wzsw {

/// The enumerations of spec/domain.md. Each value has a fixed code (stored in the data file and
/// written in the exchange format) and a Dutch and an English label. The labels live here, as
/// data, rather than in the translation files, because an import must accept the Dutch labels
/// whatever language the program happens to speak.

enum class Gender
{
    Female,
    Male,
    Other
};
enum class TargetGroup
{
    Elderly,
    PhysicalDisability,
    IntellectualDisability,
    Psychiatric,
    ChronicIllness,
    Lonely,
    InformalCarer
};
enum class ClientEndReason
{
    NotNeeded,
    Moved,
    CareHome,
    Deceased,
    Other
};
enum class Background
{
    WelfareBenefit,
    Wsw,
    CivicIntegration,
    UnemploymentBenefit,
    DisabilityBenefit,
    Volunteer,
    Other
};
enum class ExitReason
{
    PaidWorkRegular,
    PaidWorkSubsidised,
    Education,
    VolunteerElsewhere,
    DroppedOut,
    Moved,
    Other
};
enum class TrajectoryType
{
    Orientation,
    Activation,
    Placement
};
enum class Framework
{
    Participatiewet,
    Wsw,
    Wi,
    Wmo,
    Other
};
enum class TrajectoryStatus
{
    Planned,
    Running,
    Completed,
    BrokenOff
};
enum class PartnerKind
{
    HomeCare,
    CareHome,
    HousingCorporation,
    VolunteerOrg,
    InformalCareOrg,
    Welfare,
    MunicipalDepartment,
    Education,
    ReintegrationCompany,
    Other
};
enum class AgreementScope
{
    ClientReferral,
    ProviderReferral,
    Placements,
    Training,
    Financing,
    ServiceDelivery
};
enum class AgreementStatus
{
    Draft,
    Signed,
    Ended,
    Terminated
};
enum class RequestFrequency
{
    Once,
    Weekly,
    Fortnightly,
    Monthly
};
enum class RequestStatus
{
    Open,
    Matched,
    Closed,
    Cancelled
};
enum class BudgetKind
{
    Income,
    Cost
};
enum class BudgetCategory
{
    WwbReintegration,
    Wmo,
    ProvinceSubsidy,
    PartnerContribution,
    ClientFees,
    ProjectLeadership,
    Training,
    Materials,
    Other
};

enum class Language
{
    Dutch,
    English
};

/// The language labels are shown in. The desktop program sets it from its language setting;
/// the default follows the system locale (Dutch when unsure).
Language displayLanguage();
void setDisplayLanguage(Language language);

template <typename E> struct EnumEntry
{
    E value;
    QStringView code;
    QStringView dutch;
    QStringView english;
};

/// Every value of E in its natural order, with code and labels. Specialised in enums.cpp.
template <typename E> std::span<const EnumEntry<E>> enumEntries();

// The explicit specialisations, declared here so every user sees them (defined in enums.cpp).
#define WZSW_DECLARE_ENUM(Type) template <> std::span<const EnumEntry<Type>> enumEntries<Type>();
WZSW_DECLARE_ENUM(Gender)
WZSW_DECLARE_ENUM(TargetGroup)
WZSW_DECLARE_ENUM(ClientEndReason)
WZSW_DECLARE_ENUM(Background)
WZSW_DECLARE_ENUM(ExitReason)
WZSW_DECLARE_ENUM(TrajectoryType)
WZSW_DECLARE_ENUM(Framework)
WZSW_DECLARE_ENUM(TrajectoryStatus)
WZSW_DECLARE_ENUM(PartnerKind)
WZSW_DECLARE_ENUM(AgreementScope)
WZSW_DECLARE_ENUM(AgreementStatus)
WZSW_DECLARE_ENUM(RequestFrequency)
WZSW_DECLARE_ENUM(RequestStatus)
WZSW_DECLARE_ENUM(BudgetKind)
WZSW_DECLARE_ENUM(BudgetCategory)
#undef WZSW_DECLARE_ENUM

template <typename E> const EnumEntry<E> &enumEntry(E value)
{
    for (const EnumEntry<E> &entry : enumEntries<E>())
        if (entry.value == value)
            return entry;
    return enumEntries<E>().front(); // unreachable for valid values
}

template <typename E> QString toCode(E value)
{
    return enumEntry(value).code.toString();
}

template <typename E> QString label(E value, Language language)
{
    const EnumEntry<E> &entry = enumEntry(value);
    return (language == Language::Dutch ? entry.dutch : entry.english).toString();
}

template <typename E> QString label(E value)
{
    return label(value, displayLanguage());
}

/// The value whose code, Dutch label or English label equals `text` (case and surrounding
/// spaces ignored), or nothing.
template <typename E> std::optional<E> fromCode(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const EnumEntry<E> &entry : enumEntries<E>()) {
        if (trimmed.compare(entry.code, Qt::CaseInsensitive) == 0 ||
            trimmed.compare(entry.dutch, Qt::CaseInsensitive) == 0 ||
            trimmed.compare(entry.english, Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

/// Every code of E, in order: for messages that list what is allowed.
template <typename E> QStringList allCodes()
{
    QStringList codes;
    for (const EnumEntry<E> &entry : enumEntries<E>())
        codes.append(entry.code.toString());
    return codes;
}

/// A set of values (target groups, agreement scopes) as codes joined with `|`, in enum order.
template <typename E> QString toCodeList(const QList<E> &values)
{
    QStringList codes;
    for (const EnumEntry<E> &entry : enumEntries<E>())
        if (values.contains(entry.value))
            codes.append(entry.code.toString());
    return codes.join(u'|');
}

/// Sorts a set into enum order and drops repeats, so equal sets compare equal.
template <typename E> QList<E> normalizedSet(const QList<E> &values)
{
    QList<E> result;
    for (const EnumEntry<E> &entry : enumEntries<E>())
        if (values.contains(entry.value))
            result.append(entry.value);
    return result;
}

bool isPaidWork(ExitReason reason);

} // namespace wzsw
