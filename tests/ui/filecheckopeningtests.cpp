#include "safety/datafilesession.h"
#include "uitestsupport.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("edit actions wait for the check on opening and open up once it passed")
{
    test::clearSettings();
    const test::SeededFile file(5);
    MainWindow window(standardPages());
    REQUIRE(window.openFile(file.path()).ok());
    window.showPage(PageId::Clients);
    DataFile *data = window.dataFile();
    // No event handled yet: the end of the check is only taken in by the window's timer.
    REQUIRE(data->isBeingChecked());

    ListPanel *panel = test::clientPanel(window);
    REQUIRE(panel->model());
    CHECK(panel->model()->rowCount() == 5); // the list is there at once
    auto *newRecord = panel->findChild<QPushButton *>(u"newRecord"_s);
    REQUIRE(newRecord);
    const QList<QAction *> editing{window.action(u"actionEnterWeek"_s),
                                   window.action(u"actionRestoreBackup"_s),
                                   window.action(u"actionErasePerson"_s),
                                   window.action(u"actionSubjectAccess"_s), panel->exportAction()};
    for (QAction *action : editing) {
        REQUIRE(action);
        INFO(action->objectName().toStdString());
        CHECK_FALSE(action->isEnabled());
    }
    CHECK_FALSE(newRecord->isEnabled());
    auto *checking = window.findChild<QLabel *>(u"checkLabel"_s);
    REQUIRE(checking);
    CHECK_FALSE(checking->isHidden());
    CHECK(checking->text() == u"Checking the file…"_s);
    CHECK_FALSE(data->session().openingBackup().has_value()); // made once the check passed

    for (int i = 0; i < 500 && data->isBeingChecked(); ++i)
        QTest::qWait(10);
    REQUIRE_FALSE(data->isBeingChecked());
    for (QAction *action : editing) {
        INFO(action->objectName().toStdString());
        CHECK(action->isEnabled());
    }
    CHECK(newRecord->isEnabled());
    CHECK(checking->isHidden());
    CHECK(data->session().openingBackup().has_value());
}
