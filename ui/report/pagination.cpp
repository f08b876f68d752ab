#include "report/pagination.h"

#include <algorithm>
#include <numeric>

namespace wzsw::report {

namespace {

constexpr double tolerance = 1e-6;

double sum(const QList<double> &rows, int first, int last)
{
    return std::accumulate(rows.begin() + first, rows.begin() + last, 0.0);
}

int rowsTogether(const Block &block, int rowCount)
{
    return std::clamp(block.minimumRowsTogether(), 1, std::max(rowCount, 1));
}

// The height the start of block `index` needs below what comes before it: its space, header
// and first rows, and for a heading the start of what it stays with.
double leadHeight(const std::vector<std::unique_ptr<Block>> &blocks, std::size_t index)
{
    if (index >= blocks.size() || blocks[index]->breakBefore())
        return 0;
    const Block &block = *blocks[index];
    const QList<double> rows = block.rowHeights();
    const int count = int(rows.size());
    double height =
        block.spaceBefore() + block.headerHeight() + sum(rows, 0, rowsTogether(block, count));
    if (block.keepWithNext() && rowsTogether(block, count) == count)
        height += leadHeight(blocks, index + 1);
    return height;
}

} // namespace

QList<PageLayout> paginate(const std::vector<std::unique_ptr<Block>> &blocks, double height)
{
    QList<PageLayout> pages(1);
    double y = 0;
    const auto newPage = [&pages, &y] {
        pages.append(PageLayout{});
        y = 0;
    };

    for (std::size_t index = 0; index < blocks.size(); ++index) {
        const Block &block = *blocks[index];
        const QList<double> rows = block.rowHeights();
        const int count = int(rows.size());
        if (count == 0)
            continue;
        if (block.breakBefore() && !pages.last().placements.isEmpty())
            newPage();
        const int together = rowsTogether(block, count);

        int first = 0;
        while (first < count) {
            const bool pageEmpty = pages.last().placements.isEmpty();
            const double space = pageEmpty ? 0 : block.spaceBefore();
            const double available = height - y - space - block.headerHeight();
            int last = first;
            double used = 0;
            while (last < count && used + rows[last] <= available + tolerance)
                used += rows[last++];

            // No lone first rows at the foot of a page: start on the next one instead.
            const int neededHere = std::min(together, count - first);
            if (last - first < neededHere) {
                if (!pageEmpty) {
                    newPage();
                    continue;
                }
                // Taller than a whole page: place what fits, at least one row.
                last = std::max(last, first + 1);
            }
            // No lone last rows at the head of the next page: send a few more along.
            if (last < count && count - last < together) {
                const int shifted = count - together;
                if (shifted - first >= neededHere)
                    last = shifted;
            }
            used = sum(rows, first, last);

            // A heading goes with the start of what follows it.
            if (last == count && block.keepWithNext() && !pageEmpty &&
                y + space + block.headerHeight() + used + leadHeight(blocks, index + 1) >
                    height + tolerance) {
                newPage();
                continue;
            }

            pages.last().placements.append({&block, first, last, y + space});
            y += space + block.headerHeight() + used;
            first = last;
            if (first < count)
                newPage();
        }
    }
    return pages;
}

} // namespace wzsw::report
