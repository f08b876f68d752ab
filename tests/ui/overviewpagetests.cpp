#include "overview/overviewpage.h"
#include "records/clientform.h"
#include "uitestsupport.h"

#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("the overview lists clients without consent and an item opens the client's form")
{
    test::clearSettings();
    // Three list clients, intake 2025-01-01, none with consent; C-0001 .. C-0003 all active
    // (i % 5 == 4 would have ended; i = 0, 1, 2 do not).
    const test::SeededFile file(3);
    MainWindow window(standardPages());
    window.show();
    test::openChecked(window, file.path());
    window.showPage(PageId::Overview);
    auto *page = qobject_cast<OverviewPage *>(window.page(PageId::Overview));
    REQUIRE(page);
    QTreeWidget *list = page->attentionList();
    QTreeWidgetItem *consent = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0).startsWith(u"Clients without recorded consent"_s))
            consent = list->topLevelItem(i);
    REQUIRE(consent);
    CHECK(consent->childCount() == 3);
    CHECK(consent->child(0)->text(0).startsWith(u"C-000"_s));

    emit list->itemActivated(consent->child(0), 0);
    CHECK(QTest::qWaitFor([&] { return window.findChild<ClientForm *>() != nullptr; }, 2000));
}
