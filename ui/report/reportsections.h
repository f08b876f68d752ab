#pragma once

#include "figures/reportdata.h"
#include "figures/reportnarrative.h"
#include "report/block.h"
#include "report/reportformat.h"

#include <memory>
#include <vector>

namespace wzsw::report {

using Blocks = std::vector<std::unique_ptr<Block>>;

/// The parts of the printed report after the cover, each appended to `blocks` in print order
/// (spec/reports.md "The printed report").

/// "Kerncijfers": every key measure for the period (and the periods shown beside it) against
/// its targets, in one table; a target more than 10 points behind is flagged.
void addKeyFigures(Blocks &blocks, const ReportData &data, const ReportFormat &format);

/// Charts 1 to 5: deliveries and hours per month, hours per service type, trajectories,
/// outflow, participation ladder.
void addActivityCharts(Blocks &blocks, const ReportData &data, const ReportFormat &format);

/// Charts 6 to 9: clients per neighbourhood (with the neighbourhood table), targets, budget and,
/// for the region, the municipalities side by side (with their table).
void addScopeCharts(Blocks &blocks, const ReportData &data, const ReportFormat &format);

/// The active partner agreements, expiring ones flagged.
void addAgreements(Blocks &blocks, const ReportData &data, const ReportFormat &format);

/// The project leader's three texts.
void addNarrative(Blocks &blocks, const ReportNarrative &narrative, const ReportFormat &format);

/// A paragraph of body text, or of a note (smaller, grey, italic).
std::unique_ptr<Block> bodyText(const QString &text, double spaceBefore = 6);
/// A paragraph that introduces the block after it and stays on its page.
std::unique_ptr<Block> introText(const QString &text);
std::unique_ptr<Block> noteText(const QString &text, double spaceBefore = 4);

} // namespace wzsw::report
