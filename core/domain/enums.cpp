#include "domain/enums.h"

#include <QLocale>

#include <array>

namespace wzsw {

namespace {

Language initialLanguage()
{
    return QLocale().language() == QLocale::English ? Language::English : Language::Dutch;
}

Language g_displayLanguage = initialLanguage();

template <typename E, std::size_t N> using Table = std::array<EnumEntry<E>, N>;

constexpr Table<Gender, 3> genders{{
    {Gender::Female, u"f", u"vrouw", u"female"},
    {Gender::Male, u"m", u"man", u"male"},
    {Gender::Other, u"x", u"anders", u"other"},
}};

constexpr Table<TargetGroup, 7> targetGroups{{
    {TargetGroup::Elderly, u"elderly", u"ouderen", u"elderly"},
    {TargetGroup::PhysicalDisability, u"physical_disability", u"lichamelijke beperking",
     u"physical disability"},
    {TargetGroup::IntellectualDisability, u"intellectual_disability", u"verstandelijke beperking",
     u"intellectual disability"},
    {TargetGroup::Psychiatric, u"psychiatric", u"psychische kwetsbaarheid",
     u"psychiatric vulnerability"},
    {TargetGroup::ChronicIllness, u"chronic_illness", u"chronische ziekte", u"chronic illness"},
    {TargetGroup::Lonely, u"lonely", u"eenzaam", u"lonely"},
    {TargetGroup::InformalCarer, u"informal_carer", u"overbelaste mantelzorger",
     u"overloaded informal carer"},
}};

constexpr Table<ClientEndReason, 5> clientEndReasons{{
    {ClientEndReason::NotNeeded, u"not_needed", u"niet meer nodig", u"no longer needed"},
    {ClientEndReason::Moved, u"moved", u"verhuisd", u"moved"},
    {ClientEndReason::CareHome, u"care_home", u"opgenomen in verpleeghuis",
     u"admitted to care home"},
    {ClientEndReason::Deceased, u"deceased", u"overleden", u"deceased"},
    {ClientEndReason::Other, u"other", u"anders", u"other"},
}};

constexpr Table<Background, 7> backgrounds{{
    {Background::WelfareBenefit, u"welfare_benefit", u"bijstand (Participatiewet/WWB)",
     u"welfare benefit (Participatiewet/WWB)"},
    {Background::Wsw, u"wsw", u"sociale werkvoorziening (Wsw)", u"sheltered employment (Wsw)"},
    {Background::CivicIntegration, u"civic_integration", u"inburgering (Wi)",
     u"civic integration (Wi)"},
    {Background::UnemploymentBenefit, u"unemployment_benefit", u"WW-uitkering",
     u"unemployment benefit (WW)"},
    {Background::DisabilityBenefit, u"disability_benefit",
     u"arbeidsongeschiktheidsuitkering (Wajong/WIA)", u"disability benefit (Wajong/WIA)"},
    {Background::Volunteer, u"volunteer", u"vrijwilliger zonder uitkering",
     u"volunteer without benefit"},
    {Background::Other, u"other", u"anders", u"other"},
}};

constexpr Table<ExitReason, 7> exitReasons{{
    {ExitReason::PaidWorkRegular, u"paid_work_regular", u"betaald werk (regulier)",
     u"paid work (regular)"},
    {ExitReason::PaidWorkSubsidised, u"paid_work_subsidised", u"betaald werk (gesubsidieerd)",
     u"paid work (subsidised)"},
    {ExitReason::Education, u"education", u"opleiding", u"education"},
    {ExitReason::VolunteerElsewhere, u"volunteer_elsewhere", u"vrijwilligerswerk elders",
     u"volunteer work elsewhere"},
    {ExitReason::DroppedOut, u"dropped_out", u"uitgevallen", u"dropped out"},
    {ExitReason::Moved, u"moved", u"verhuisd", u"moved"},
    {ExitReason::Other, u"other", u"anders", u"other"},
}};

constexpr Table<TrajectoryType, 3> trajectoryTypes{{
    {TrajectoryType::Orientation, u"orientation", u"oriëntatietraject", u"orientation"},
    {TrajectoryType::Activation, u"activation", u"activeringstraject", u"activation"},
    {TrajectoryType::Placement, u"placement", u"toeleidingstraject", u"placement"},
}};

constexpr Table<Framework, 5> frameworks{{
    {Framework::Participatiewet, u"participatiewet", u"Participatiewet/WWB",
     u"Participatiewet/WWB"},
    {Framework::Wsw, u"wsw", u"Wsw", u"Wsw"},
    {Framework::Wi, u"wi", u"Wi", u"Wi"},
    {Framework::Wmo, u"wmo", u"Wmo", u"Wmo"},
    {Framework::Other, u"other", u"anders", u"other"},
}};

constexpr Table<TrajectoryStatus, 4> trajectoryStatuses{{
    {TrajectoryStatus::Planned, u"planned", u"gepland", u"planned"},
    {TrajectoryStatus::Running, u"running", u"lopend", u"running"},
    {TrajectoryStatus::Completed, u"completed", u"afgerond", u"completed"},
    {TrajectoryStatus::BrokenOff, u"broken_off", u"afgebroken", u"broken off"},
}};

constexpr Table<PartnerKind, 10> partnerKinds{{
    {PartnerKind::HomeCare, u"home_care", u"thuiszorg", u"home care"},
    {PartnerKind::CareHome, u"care_home", u"verpleeg- of verzorgingshuis", u"nursing or care home"},
    {PartnerKind::HousingCorporation, u"housing_corporation", u"woningcorporatie",
     u"housing corporation"},
    {PartnerKind::VolunteerOrg, u"volunteer_org", u"vrijwilligersorganisatie",
     u"volunteer organisation"},
    {PartnerKind::InformalCareOrg, u"informal_care_org", u"mantelzorgorganisatie",
     u"informal-care organisation"},
    {PartnerKind::Welfare, u"welfare", u"welzijnswerk", u"welfare work"},
    {PartnerKind::MunicipalDepartment, u"municipal_department", u"gemeentelijke afdeling",
     u"municipal department"},
    {PartnerKind::Education, u"education", u"onderwijs (ROC)", u"education (ROC)"},
    {PartnerKind::ReintegrationCompany, u"reintegration_company", u"re-integratiebedrijf",
     u"re-integration company"},
    {PartnerKind::Other, u"other", u"anders", u"other"},
}};

constexpr Table<AgreementScope, 6> agreementScopes{{
    {AgreementScope::ClientReferral, u"client_referral", u"verwijzing cliënten",
     u"client referral"},
    {AgreementScope::ProviderReferral, u"provider_referral", u"verwijzing deelnemers",
     u"provider referral"},
    {AgreementScope::Placements, u"placements", u"plaatsingsplekken", u"placement positions"},
    {AgreementScope::Training, u"training", u"scholing", u"training"},
    {AgreementScope::Financing, u"financing", u"financiering", u"financing"},
    {AgreementScope::ServiceDelivery, u"service_delivery", u"dienstverlening", u"service delivery"},
}};

constexpr Table<AgreementStatus, 4> agreementStatuses{{
    {AgreementStatus::Draft, u"draft", u"concept", u"draft"},
    {AgreementStatus::Signed, u"signed", u"ondertekend", u"signed"},
    {AgreementStatus::Ended, u"ended", u"afgelopen", u"ended"},
    {AgreementStatus::Terminated, u"terminated", u"opgezegd", u"terminated"},
}};

constexpr Table<RequestFrequency, 4> requestFrequencies{{
    {RequestFrequency::Once, u"once", u"eenmalig", u"once"},
    {RequestFrequency::Weekly, u"weekly", u"wekelijks", u"weekly"},
    {RequestFrequency::Fortnightly, u"fortnightly", u"tweewekelijks", u"fortnightly"},
    {RequestFrequency::Monthly, u"monthly", u"maandelijks", u"monthly"},
}};

constexpr Table<RequestStatus, 4> requestStatuses{{
    {RequestStatus::Open, u"open", u"open", u"open"},
    {RequestStatus::Matched, u"matched", u"gekoppeld", u"matched"},
    {RequestStatus::Closed, u"closed", u"afgesloten", u"closed"},
    {RequestStatus::Cancelled, u"cancelled", u"geannuleerd", u"cancelled"},
}};

constexpr Table<BudgetKind, 2> budgetKinds{{
    {BudgetKind::Income, u"income", u"inkomsten", u"income"},
    {BudgetKind::Cost, u"cost", u"uitgaven", u"cost"},
}};

constexpr Table<BudgetCategory, 9> budgetCategories{{
    {BudgetCategory::WwbReintegration, u"wwb_reintegration", u"WWB-re-integratiebudget",
     u"municipal WWB re-integration budget"},
    {BudgetCategory::Wmo, u"wmo", u"Wmo-budget", u"Wmo budget"},
    {BudgetCategory::ProvinceSubsidy, u"province_subsidy", u"provinciale subsidie",
     u"province subsidy"},
    {BudgetCategory::PartnerContribution, u"partner_contribution", u"bijdrage partners",
     u"partner contribution"},
    {BudgetCategory::ClientFees, u"client_fees", u"eigen bijdragen cliënten", u"client fees"},
    {BudgetCategory::ProjectLeadership, u"project_leadership", u"projectleiding",
     u"project leadership"},
    {BudgetCategory::Training, u"training", u"scholing", u"training"},
    {BudgetCategory::Materials, u"materials", u"materialen", u"materials"},
    {BudgetCategory::Other, u"other", u"overig", u"other"},
}};

} // namespace

Language displayLanguage()
{
    return g_displayLanguage;
}

void setDisplayLanguage(Language language)
{
    g_displayLanguage = language;
}

bool isPaidWork(ExitReason reason)
{
    return reason == ExitReason::PaidWorkRegular || reason == ExitReason::PaidWorkSubsidised;
}

#define WZSW_ENUM_TABLE(Type, table)                                                               \
    template <> std::span<const EnumEntry<Type>> enumEntries<Type>()                               \
    {                                                                                              \
        return table;                                                                              \
    }

WZSW_ENUM_TABLE(Gender, genders)
WZSW_ENUM_TABLE(TargetGroup, targetGroups)
WZSW_ENUM_TABLE(ClientEndReason, clientEndReasons)
WZSW_ENUM_TABLE(Background, backgrounds)
WZSW_ENUM_TABLE(ExitReason, exitReasons)
WZSW_ENUM_TABLE(TrajectoryType, trajectoryTypes)
WZSW_ENUM_TABLE(Framework, frameworks)
WZSW_ENUM_TABLE(TrajectoryStatus, trajectoryStatuses)
WZSW_ENUM_TABLE(PartnerKind, partnerKinds)
WZSW_ENUM_TABLE(AgreementScope, agreementScopes)
WZSW_ENUM_TABLE(AgreementStatus, agreementStatuses)
WZSW_ENUM_TABLE(RequestFrequency, requestFrequencies)
WZSW_ENUM_TABLE(RequestStatus, requestStatuses)
WZSW_ENUM_TABLE(BudgetKind, budgetKinds)
WZSW_ENUM_TABLE(BudgetCategory, budgetCategories)

#undef WZSW_ENUM_TABLE

} // namespace wzsw
