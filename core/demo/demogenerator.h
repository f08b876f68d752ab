#pragma once

#include "common/result.h"

#include <QDate>

#include <functional>

namespace wzsw {

class Database;

/// What the demo generator makes.
struct DemoOptions
{
    /// Number of clients; the rest follows from it: about clients / 5 providers and about
    /// 10 x clients deliveries (100,000 clients give about 1,000,000 deliveries).
    int clients = 400;
    /// The same seed and count give the same data, row for row.
    quint32 seed = 1;
};

/// How many records of each kind were made.
struct DemoSummary
{
    qint64 municipalities = 0;
    qint64 neighbourhoods = 0;
    qint64 serviceTypes = 0; ///< added to the file (types already there are used as they are)
    qint64 partners = 0;
    qint64 agreements = 0;
    qint64 clients = 0;
    qint64 providers = 0;
    qint64 trajectories = 0;
    qint64 ladderAssessments = 0;
    qint64 requests = 0;
    qint64 deliveries = 0;
    qint64 notes = 0;
    qint64 targets = 0;
    qint64 budgetLines = 0;
    qint64 settings = 0;
};

/// The fixed project dates every demo file is built around (its project settings). The data
/// shows the project as seen at its end: records run up to projectEnd(), whatever today is,
/// so the same seed gives the same file on any day. The two kinds of date the rules keep out
/// of the future do lie in the real past: birth dates (everyone is born before 2008) and
/// consent dates (before November 2026).
struct DemoCalendar
{
    static QDate projectStart() { return QDate(2025, 1, 1); }
    static QDate interim1() { return QDate(2025, 6, 30); }
    static QDate interim2() { return QDate(2025, 12, 31); }
    static QDate projectEnd() { return QDate(2026, 12, 31); }
};

/// Largest number of clients generateDemo accepts.
constexpr int maxDemoClients = 1'000'000;

/// Fills a new, empty data file (made by Database::create) with fictional but plausible data
/// for Tilburg and nine neighbouring municipalities of Midden-Brabant: districts, the default
/// service types, partners and agreements, clients, providers with trajectories, ladder
/// assessments and courses, requests, deliveries, case notes, targets, a financing plan and
/// the project settings. Every record satisfies the rules of spec/domain.md.
///
/// Everything is written in one transaction with one audit entry ("demo generated"); when
/// anything fails, or `progress` (called with 0..100 as the work advances) returns false,
/// nothing is stored. Refuses a file that already holds data (service types excepted: the
/// default ones missing are added, those present are used with their fees).
Result<DemoSummary> generateDemo(Database &db, const DemoOptions &options,
                                 const std::function<bool(int percent)> &progress = {});

} // namespace wzsw
