#include "settings/preferences.h"
#include "uitestsupport.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("preferences written by one run are read by the next")
{
    test::clearSettings();
    {
        Preferences first;
        first.setLanguage(Language::English);
        first.addRecentFile(u"/data/a.wzsw"_s);
        first.addRecentFile(u"/data/b.wzsw"_s);
        first.addRecentFile(u"/data/a.wzsw"_s); // again: moves to the top, once
        first.setLastFile(u"/data/a.wzsw"_s);
        first.setLastPage(PageId::Trajectories);
        first.setListHeaderState(u"clients"_s, QByteArray("header-bytes"));
    }
    QSettings().sync();
    // On disk, in the test-mode settings folder, not only in memory.
    QFile stored(QSettings().fileName());
    REQUIRE(stored.open(QIODevice::ReadOnly));
    const QByteArray text = stored.readAll();
    CHECK(text.contains("language=en"));
    CHECK(text.contains("b.wzsw"));

    Preferences next;
    CHECK(next.language() == Language::English);
    CHECK(next.recentFiles() == QStringList{u"/data/a.wzsw"_s, u"/data/b.wzsw"_s});
    CHECK(next.lastFile() == u"/data/a.wzsw"_s);
    CHECK(next.lastPage() == PageId::Trajectories);
    CHECK(next.listHeaderState(u"clients"_s) == QByteArray("header-bytes"));
}

TEST_CASE("without a language choice the preference follows the system, Dutch unless English")
{
    test::clearSettings();
    Preferences preferences;
    CHECK(preferences.language() == Preferences::systemLanguage());
    preferences.setLanguage(Language::Dutch);
    CHECK(preferences.language() == Language::Dutch);
}

TEST_CASE("the recent files list keeps the newest eight")
{
    test::clearSettings();
    Preferences preferences;
    for (int i = 1; i <= 10; ++i)
        preferences.addRecentFile(u"/data/%1.wzsw"_s.arg(i));
    const QStringList recent = preferences.recentFiles();
    REQUIRE(recent.size() == Preferences::maxRecentFiles);
    CHECK(recent.front() == u"/data/10.wzsw"_s);
    CHECK(recent.back() == u"/data/3.wzsw"_s);
}

TEST_CASE("the window opens where and as large as it was closed, on the same page and file")
{
    test::clearSettings();
    const test::SeededFile file(5);
    QSize closedSize;
    {
        MainWindow window(standardPages());
        window.show();
        test::openChecked(window, file.path());
        window.showPage(PageId::Providers);
        // As narrow as the window goes and lower than a first start's 90% of the screen.
        window.resize(window.minimumSizeHint().width(), 500);
        closedSize = window.size();
        window.close();
    }
    REQUIRE(closedSize.height() == 500);
    MainWindow again(standardPages());
    CHECK(again.size() == closedSize);
    again.restoreLastSession();
    REQUIRE(again.dataFile());
    CHECK(again.dataFile()->path() == QFileInfo(file.path()).absoluteFilePath());
    CHECK(again.currentPage()->pageId() == PageId::Providers);
}
