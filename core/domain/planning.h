#pragma once

#include "domain/enums.h"
#include "domain/ids.h"

#include <QDate>
#include <QString>

namespace wzsw {

/// A number the project promised for a period (raming). Municipality 0 = the region.
struct Target
{
    Id id = 0;
    int version = 0;
    Id municipalityId = 0;
    QDate fromDate;
    QDate toDate;
    QString measure; ///< a name from reports.md, e.g. "deliveries", "trajectories_started.total"
    double value = 0;
};

/// A line of the financing plan. Municipality 0 = the region as a whole.
struct BudgetLine
{
    Id id = 0;
    int version = 0;
    Id municipalityId = 0;
    QDate fromDate;
    QDate toDate;
    BudgetKind kind = BudgetKind::Cost;
    BudgetCategory category = BudgetCategory::Other;
    Cents plannedCents = 0;
    Cents realisedCents = 0;
};

/// Project dates and leader of a municipality, or of the region (municipality 0).
struct ProjectSettings
{
    Id id = 0;
    int version = 0;
    Id municipalityId = 0;
    QDate projectStart;
    QDate interim1;
    QDate interim2;
    QDate projectEnd;
    QString projectLeader;
};

/// A dated case note on a client or on a provider (contactmoment). Never exported.
struct ContactNote
{
    Id id = 0;
    int version = 0;
    Id clientId = 0;
    Id providerId = 0;
    QDate date;
    QString author;
    QString text;
};

/// The measure names a target may name (reports.md "Targets").
const QStringList &targetMeasureNames();

} // namespace wzsw
