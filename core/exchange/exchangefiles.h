#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace wzsw {

/// The entities of the exchange format (spec/exchange-csv.md), in dependency order: a file may
/// refer by code to records of the files before it, never to those after it.
enum class ExchangeEntity
{
    Municipality,
    Neighbourhood,
    ServiceType,
    Partner,
    Agreement,
    Client,
    Provider,
    Trajectory,
    Ladder,
    Request,
    Delivery,
    Target,
    Budget,
    Settings,
};

/// One file of the exchange format: its name and its columns, exactly as the specification
/// lists them. Import reads the columns in any order; export writes them in this one.
struct ExchangeFile
{
    ExchangeEntity entity;
    QString name;        ///< "clients.csv"
    QStringList columns; ///< in the order of the specification
};

/// Every exchange file, in dependency order (the order an import reads them in).
const QList<ExchangeFile> &exchangeFiles();
const ExchangeFile &exchangeFile(ExchangeEntity entity);
/// The exchange file with this name (any case), or nullptr.
const ExchangeFile *exchangeFileNamed(QStringView fileName);

/// The position of each column in its file's column list, so that code reading or writing a
/// row names columns rather than numbers. The order matches ExchangeFile::columns.
namespace col {
enum Municipality
{
    MunicipalityCode,
    MunicipalityName
};
enum Neighbourhood
{
    NeighbourhoodCode,
    NeighbourhoodName,
    NeighbourhoodMunicipality
};
enum ServiceType
{
    TypeCode,
    TypeNameNl,
    TypeNameEn,
    TypeFee,
    TypeActive
};
enum Partner
{
    PartnerCode,
    PartnerName,
    PartnerKind,
    PartnerMunicipality,
    PartnerContact,
    PartnerPhone,
    PartnerEmail
};
enum Agreement
{
    AgreementPartner,
    AgreementTitle,
    AgreementScope,
    AgreementStart,
    AgreementEnd,
    AgreementSigned,
    AgreementStatus,
    AgreementCommitments,
    AgreementReview,
    AgreementDocument
};
/// The columns clients and providers share, at the same positions in both files.
enum Person
{
    PersonCode,
    GivenName,
    FamilyNamePrefix,
    FamilyName,
    BirthDate,
    Gender,
    Street,
    HouseNumber,
    Postcode,
    Place,
    PersonNeighbourhood,
    Phone,
    Email,
    Bsn,
    PersonColumnCount
};
enum Client
{
    TargetGroups = PersonColumnCount,
    LivesAlone,
    ClientReferredBy,
    IntakeDate,
    ClientEndDate,
    ClientEndReason,
    ConsentDate
};
enum Provider
{
    Background = PersonColumnCount,
    ServiceTypeCodes,
    HoursPerWeek,
    ProviderStart,
    ExitDate,
    ExitReason,
    CourseEnrolled,
    CourseLevel,
    CourseCertified,
    CourseDropped,
    ProviderReferredBy
};
enum Trajectory
{
    TrajectoryProvider,
    TrajectoryType,
    TrajectoryFramework,
    TrajectoryPartner,
    TrajectoryStart,
    TrajectoryPlannedEnd,
    TrajectoryActualEnd,
    TrajectoryStatus,
    TrajectoryGoals,
    TrajectoryResult
};
enum Ladder
{
    LadderProvider,
    LadderDate,
    LadderLevel
};
enum Request
{
    RequestClient,
    RequestType,
    RequestDate,
    RequestDescription,
    RequestFrequency,
    RequestStatus,
    RequestProvider
};
enum Delivery
{
    DeliveryClient,
    DeliveryProvider,
    DeliveryType,
    DeliveryDate,
    DeliveryHours,
    DeliveryFee,
    DeliveryNote
};
enum Target
{
    TargetMunicipality,
    TargetFrom,
    TargetTo,
    TargetMeasure,
    TargetValue
};
enum Budget
{
    BudgetMunicipality,
    BudgetFrom,
    BudgetTo,
    BudgetKind,
    BudgetCategory,
    BudgetPlanned,
    BudgetRealised
};
enum Settings
{
    SettingsMunicipality,
    SettingsStart,
    SettingsInterim1,
    SettingsInterim2,
    SettingsEnd,
    SettingsLeader
};
} // namespace col

} // namespace wzsw
