#include "demo/demotexts.h"

namespace wzsw {

namespace {

constexpr QStringView shoppingAsks[] = {
    u"Wekelijkse boodschappen bij de supermarkt, lijstje ligt klaar.",
    u"Hulp bij boodschappen doen, loopt slecht sinds val.", u"Samen naar de markt op zaterdag."};
constexpr QStringView shoppingNotes[] = {u"Boodschappen gedaan, bon in het schriftje.",
                                         u"Samen gewinkeld, ging goed."};
constexpr QStringView oddJobAsks[] = {u"Lamp in de gang vervangen en gordijnrail ophangen.",
                                      u"Kastje in elkaar zetten.",
                                      u"Lekkende kraan, kleine klusjes in huis."};
constexpr QStringView oddJobNotes[] = {u"Rail opgehangen, kraanleertje vervangen.",
                                       u"Klus afgerond, materiaal door cliënt betaald."};
constexpr QStringView gardenAsks[] = {u"Heg knippen en onkruid wieden.",
                                      u"Gras maaien in de zomer.", u"Tuin winterklaar maken."};
constexpr QStringView gardenNotes[] = {u"Heg geknipt, groenafval afgevoerd.",
                                       u"Gras gemaaid, tuin netjes."};
constexpr QStringView housekeepingAsks[] = {u"Lichte schoonmaak: stofzuigen en bed verschonen.",
                                            u"Hulp bij de was en strijken."};
constexpr QStringView housekeepingNotes[] = {u"Gestofzuigd en bed verschoond.",
                                             u"Was gedaan, cliënt was blij."};
constexpr QStringView transportAsks[] = {u"Begeleiding naar het ziekenhuis (ETZ) voor controle.",
                                         u"Mee naar de huisarts en de apotheek.",
                                         u"Begeleiding naar de dagbesteding."};
constexpr QStringView transportNotes[] = {u"Mee geweest naar de afspraak, rolstoel geleend.",
                                          u"Afspraak liep uit, cliënt thuisgebracht."};
constexpr QStringView companyAsks[] = {u"Iemand om mee te praten en een wandeling te maken.",
                                       u"Samen koffie drinken, voelt zich eenzaam.",
                                       u"Gezelschap en samen spelletjes doen."};
constexpr QStringView companyNotes[] = {u"Gewandeld in het park, goed gesprek.",
                                        u"Koffie gedronken, cliënt vertelde over vroeger."};
constexpr QStringView paperworkAsks[] = {u"Hulp bij post en rekeningen ordenen.",
                                         u"Formulieren invullen voor de gemeente."};
constexpr QStringView paperworkNotes[] = {u"Post doorgenomen, map aangelegd.",
                                          u"Formulier samen ingevuld en verstuurd."};
constexpr QStringView computerAsks[] = {u"Hulp met de tablet en videobellen met kleinkinderen.",
                                        u"DigiD aanvragen en leren gebruiken."};
constexpr QStringView computerNotes[] = {u"Videobellen uitgelegd, lukt nu zelf.",
                                         u"Tablet bijgewerkt."};
constexpr QStringView respiteAsks[] = {u"Mantelzorger wil een middag per week vrij.",
                                       u"Oppas bij partner met dementie."};
constexpr QStringView respiteNotes[] = {u"Middag bij meneer geweest, rustig verlopen.",
                                        u"Mantelzorger kon naar de kapper."};
constexpr QStringView mealAsks[] = {u"Samen een warme maaltijd koken.",
                                    u"Maaltijd brengen na ziekenhuisopname."};
constexpr QStringView mealNotes[] = {u"Stamppot gekookt, restje ingevroren.",
                                     u"Maaltijd gebracht en samen gegeten."};

// Weights follow what the project sees most: shopping, housekeeping and company first.
constexpr DemoServiceProfile profiles[] = {
    {u"boodschappen", 20, 4, 8, {15, 55, 20, 10}, shoppingAsks, shoppingNotes},
    {u"klusjes", 14, 4, 16, {60, 0, 10, 30}, oddJobAsks, oddJobNotes},
    {u"tuin", 10, 8, 16, {25, 0, 35, 40}, gardenAsks, gardenNotes},
    {u"huishouden", 15, 8, 12, {5, 60, 30, 5}, housekeepingAsks, housekeepingNotes},
    {u"vervoer-begeleiding", 11, 4, 12, {45, 5, 15, 35}, transportAsks, transportNotes},
    {u"gezelschap", 12, 4, 8, {5, 60, 30, 5}, companyAsks, companyNotes},
    {u"administratie", 6, 4, 8, {35, 0, 15, 50}, paperworkAsks, paperworkNotes},
    {u"computerhulp", 5, 4, 8, {60, 5, 10, 25}, computerAsks, computerNotes},
    {u"mantelzorg-respijt", 3, 8, 16, {5, 60, 30, 5}, respiteAsks, respiteNotes},
    {u"maaltijd", 4, 4, 8, {20, 60, 15, 5}, mealAsks, mealNotes},
};

constexpr QStringView clientIntake[] = {
    u"Intakegesprek thuis gevoerd; hulpvraag besproken en toestemming voor "
    u"gegevensverwerking gevraagd.",
    u"Intake samen met de wijkverpleegkundige. Cliënt wil zo lang mogelijk zelfstandig "
    u"blijven wonen.",
    u"Aangemeld via de huisarts. Kennismaking met dochter erbij; afspraken gemaakt over "
    u"bereikbaarheid."};
constexpr QStringView clientFollowUp[] = {
    u"Evaluatie: tevreden over de hulp, wil graag dezelfde dienstverlener houden.",
    u"Telefonisch contact: situatie stabiel, geen nieuwe vragen.",
    u"Cliënt heeft meer hulp nodig na ziekenhuisopname; extra hulpvraag genoteerd.",
    u"Huisbezoek: klikt goed met de dienstverlener, afspraken blijven staan."};
constexpr QStringView providerIntake[] = {
    u"Kennismakingsgesprek; motivatie besproken, wil graag met ouderen werken.",
    u"Intake met klantmanager van de gemeente; trajectplan opgesteld.",
    u"Intake: wil ervaring opdoen en Nederlands oefenen in de praktijk."};
constexpr QStringView providerEvaluation[] = {
    u"Voortgangsgesprek: komt afspraken na, groeit in zelfstandigheid.",
    u"Evaluatie met werkbegeleider: klaar voor een volgende stap.",
    u"Gesprek over verzuim; afspraken gemaakt over bereikbaarheid.",
    u"Positieve terugkoppeling van cliënten; interesse in de mbo-opleiding."};

constexpr DemoNoteTexts noteTexts{clientIntake, clientFollowUp, providerIntake, providerEvaluation};

constexpr QStringView orientationGoals[] = {
    u"Ritme opbouwen: twee dagdelen per week dienstverlening in de eigen wijk.",
    u"Kennismaken met het werk en ontdekken welke diensten passen."};
constexpr QStringView activationGoals[] = {
    u"Zelfstandig vaste cliënten bedienen en afspraken plannen.",
    u"Werknemersvaardigheden versterken: op tijd komen, afmelden, samenwerken."};
constexpr QStringView placementGoals[] = {
    u"Toeleiding naar betaald werk in zorg of facilitaire dienstverlening.",
    u"Proefplaatsing bij partnerorganisatie met zicht op een contract."};
constexpr QStringView completedResults[] = {
    u"Doelen behaald; door naar de volgende stap.",
    u"Afgerond met goede beoordeling van de werkbegeleider."};
constexpr QStringView brokenOffResults[] = {u"Gestopt om gezondheidsredenen.",
                                            u"Afgebroken: te veel verzuim, in overleg beëindigd.",
                                            u"Gestopt wegens verhuizing."};

} // namespace

const DemoServiceProfile *demoServiceProfile(QStringView code)
{
    for (const DemoServiceProfile &profile : profiles)
        if (profile.code == code)
            return &profile;
    return nullptr;
}

const DemoNoteTexts &demoNoteTexts()
{
    return noteTexts;
}

std::span<const QStringView> demoTrajectoryGoals(TrajectoryType type)
{
    switch (type) {
    case TrajectoryType::Orientation:
        return orientationGoals;
    case TrajectoryType::Activation:
        return activationGoals;
    case TrajectoryType::Placement:
        break;
    }
    return placementGoals;
}

std::span<const QStringView> demoTrajectoryResults(TrajectoryStatus status)
{
    return status == TrajectoryStatus::BrokenOff ? std::span<const QStringView>(brokenOffResults)
                                                 : std::span<const QStringView>(completedResults);
}

QStringView demoAgreementTitle(PartnerKind kind)
{
    switch (kind) {
    case PartnerKind::HomeCare:
    case PartnerKind::CareHome:
        return u"Samenwerkingsovereenkomst zorg om de hoek";
    case PartnerKind::HousingCorporation:
        return u"Convenant wonen en dienstverlening in de wijk";
    case PartnerKind::VolunteerOrg:
    case PartnerKind::InformalCareOrg:
        return u"Afspraken inzet vrijwilligers en mantelzorgondersteuning";
    case PartnerKind::Welfare:
        return u"Samenwerkingsovereenkomst welzijn en toeleiding";
    case PartnerKind::MunicipalDepartment:
        return u"Uitvoeringsovereenkomst re-integratie en Wmo";
    case PartnerKind::Education:
        return u"Overeenkomst opleiding woonzorgserviceverlener";
    case PartnerKind::ReintegrationCompany:
        return u"Overeenkomst plaatsing en begeleiding deelnemers";
    case PartnerKind::Other:
        break;
    }
    return u"Samenwerkingsovereenkomst WZSW";
}

QStringView demoAgreementCommitment(AgreementScope scope)
{
    switch (scope) {
    case AgreementScope::ClientReferral:
        return u"Partner verwijst cliënten met een passende hulpvraag door.";
    case AgreementScope::ProviderReferral:
        return u"Partner draagt kandidaat-deelnemers aan en levert een contactpersoon.";
    case AgreementScope::Placements:
        return u"Partner biedt jaarlijks plaatsingsplekken voor deelnemers in de laatste fase.";
    case AgreementScope::Training:
        return u"Partner verzorgt de mbo-opleiding en de praktijkbeoordeling.";
    case AgreementScope::Financing:
        return u"Partner draagt bij in de kosten volgens het financieringsplan.";
    case AgreementScope::ServiceDelivery:
        break;
    }
    return u"Partner en project stemmen de dienstverlening in de wijk af.";
}

} // namespace wzsw
