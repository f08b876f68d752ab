#pragma once

namespace wzsw {

/// The columns of each list, in display order. A view addresses a column by these names, never
/// by its position in the SQL; the titles come from ListQuery::columns().

struct ClientList
{
    enum Column
    {
        Code,
        Name,
        BirthDate,
        Address,
        Postcode,
        Place,
        Neighbourhood,
        Phone,
        IntakeDate,
        EndDate,
        ColumnCount
    };
};

struct ProviderList
{
    enum Column
    {
        Code,
        Name,
        BirthDate,
        Neighbourhood,
        Background,
        HoursPerWeek,
        StartDate,
        ExitDate,
        Phone,
        ColumnCount
    };
};

struct TrajectoryList
{
    enum Column
    {
        Provider,
        Type,
        Framework,
        Status,
        StartDate,
        PlannedEndDate,
        ActualEndDate,
        Partner,
        ColumnCount
    };
};

struct RequestList
{
    enum Column
    {
        RequestDate,
        Client,
        ServiceType,
        Frequency,
        Status,
        Provider,
        Neighbourhood,
        Description,
        ColumnCount
    };
};

struct DeliveryList
{
    enum Column
    {
        Date,
        Client,
        Provider,
        ServiceType,
        Hours,
        Fee,
        Note,
        ColumnCount
    };
};

struct PartnerList
{
    enum Column
    {
        Code,
        Name,
        Kind,
        Municipality,
        ContactPerson,
        Phone,
        Email,
        ColumnCount
    };
};

struct AgreementList
{
    enum Column
    {
        Partner,
        Title,
        Status,
        StartDate,
        EndDate,
        ReviewDate,
        SignedDate,
        ColumnCount
    };
};

struct TargetList
{
    enum Column
    {
        Municipality,
        From,
        To,
        Measure,
        Value,
        ColumnCount
    };
};

struct BudgetLineList
{
    enum Column
    {
        Municipality,
        From,
        To,
        Kind,
        Category,
        Planned,
        Realised,
        ColumnCount
    };
};

} // namespace wzsw
