#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace wzsw;

TEST_CASE("the About box names the version, the open data file, the preferences and the licence")
{
    test::clearSettings();
    const test::SeededFile file(1);
    MainWindow window(standardPages());
    test::openChecked(window, file.path());
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);

    // The box is modal: read it from inside its own event loop, then close it.
    QString text;
    QTimer::singleShot(0, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    window.action(u"actionAbout"_s)->trigger();

    CHECK(text.contains(u"WZSW 9.8.7"_s));
    CHECK(text.contains(QDir::toNativeSeparators(file.path()).toHtmlEscaped()));
    CHECK(text.contains(QDir::toNativeSeparators(QSettings().fileName()).toHtmlEscaped()));
    CHECK(text.contains(u"Licence"_s));
}
