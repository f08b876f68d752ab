// The page "Doelen en begroting": the targets and the financing plan as lists.
#include "services/planningservice.h"
#include "uitestsupport.h"

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("the targets and budget page lists each target and budget line with readable names")
{
    test::clearSettings();
    test::TempDataFile file;
    const test::Basics basics = test::seedBasics(file.db());
    PlanningService planning(file.db());
    Target target;
    target.municipalityId = basics.tilburg;
    target.fromDate = QDate(2025, 1, 1);
    target.toDate = QDate(2025, 12, 31);
    target.measure = u"clients_served"_s;
    target.value = 120;
    REQUIRE(planning.save(target).ok());
    Target regional = target; // a second target, for the region (no municipality)
    regional.id = 0;
    regional.version = 0;
    regional.municipalityId = 0;
    regional.measure = u"trajectories_started.placement"_s;
    regional.value = 15;
    REQUIRE(planning.save(regional).ok());
    BudgetLine line;
    line.municipalityId = basics.tilburg;
    line.fromDate = QDate(2025, 1, 1);
    line.toDate = QDate(2025, 12, 31);
    line.kind = BudgetKind::Income;
    line.category = BudgetCategory::Wmo;
    line.plannedCents = 2500000;
    line.realisedCents = 1200050;
    REQUIRE(planning.save(line).ok());
    file.close();

    MainWindow window(standardPages());
    test::openChecked(window, file.path());
    window.showPage(PageId::TargetsAndBudget);
    auto *page = qobject_cast<ListPage *>(window.page(PageId::TargetsAndBudget));
    REQUIRE(page);
    REQUIRE(page->panels().size() == 2);

    const PagedListModel &targets = *page->panels().at(0)->model();
    REQUIRE(targets.rowCount() == 2);
    QStringList measures{test::cellText(targets, 0, TargetList::Measure),
                         test::cellText(targets, 1, TargetList::Measure)};
    measures.sort();
    // The labels of the printed report, not the stored names.
    CHECK(measures == QStringList{u"Clients served"_s, u"Trajectories started: placement"_s});
    QStringList municipalities{test::cellText(targets, 0, TargetList::Municipality),
                               test::cellText(targets, 1, TargetList::Municipality)};
    municipalities.sort();
    CHECK(municipalities == QStringList{u"Tilburg"_s, u"regional"_s});

    REQUIRE(page->showList(RecordKind::BudgetLine)); // a tab's list is read when first shown
    const PagedListModel &budget = *page->panels().at(1)->model();
    REQUIRE(budget.rowCount() == 1);
    CHECK(test::cellText(budget, 0, BudgetLineList::Kind) == u"income"_s);
    CHECK(test::cellText(budget, 0, BudgetLineList::Category) == u"Wmo budget"_s);
    CHECK(budget.data(budget.index(0, BudgetLineList::Realised), PagedListModel::ValueRole)
              .toLongLong() == 1200050);
}
