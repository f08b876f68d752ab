#pragma once

#include "report/block.h"

#include <memory>
#include <vector>

namespace wzsw::report {

/// Rows [first, last) of a block, placed `y` points below the top of the page's content area.
struct Placement
{
    const Block *block = nullptr;
    int first = 0;
    int last = 0;
    double y = 0;
};

struct PageLayout
{
    QList<Placement> placements;
};

/// Flows the blocks (laid out already) onto pages of `height` points: a block starts on a new
/// page when it asks to or when its first rows do not fit; a breakable block is broken between
/// rows, keeping minimumRowsTogether() rows on either side; a heading goes with the start of the
/// block after it. Something taller than a whole page is placed on a page of its own (and
/// clipped) rather than lost. There is always at least one page.
QList<PageLayout> paginate(const std::vector<std::unique_ptr<Block>> &blocks, double height);

} // namespace wzsw::report
