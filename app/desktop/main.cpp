// wzsw: the desktop program. Command line and start-up only; the window lives in ui/.
#include "settings/preferences.h"
#include "settings/translations.h"
#include "shell/demofile.h"
#include "shell/mainwindow.h"
#include "shell/screenshottour.h"
#include "shell/timing.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// The context of this file's texts in the translation files.
struct Desktop
{
    Q_DECLARE_TR_FUNCTIONS(wzsw::Desktop)
};

} // namespace

int main(int argc, char *argv[])
{
    wzsw::timing::start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"WZSW"_s);
    QApplication::setOrganizationDomain(u"wzsw.example.org"_s);
    QApplication::setApplicationName(u"wzsw"_s);
    QApplication::setApplicationDisplayName(u"WZSW"_s);
    QApplication::setApplicationVersion(QStringLiteral(WZSW_VERSION));
    // The name of the installed desktop entry: Wayland shells find the icon and name through it.
    QApplication::setDesktopFileName(u"org.example.wzsw"_s);
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/wzsw-%1.png"_s.arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    // The language first, so even --help speaks it.
    wzsw::Translations::apply(wzsw::Preferences::instance().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Desktop::tr("Case management for Wonen Zorg Service in de Wijk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(
        u"language"_s,
        Desktop::tr("Speak LANGUAGE (nl or en) in this run, whatever the preference."),
        u"LANGUAGE"_s);
    const QCommandLineOption screenshots(
        u"screenshot"_s,
        Desktop::tr("Save pictures of the main screens of FILE in FOLDER, then quit (for the "
                    "documentation)."),
        u"FOLDER"_s);
    const QCommandLineOption demo(
        u"demo"_s, Desktop::tr("Open the demo data file (FILE, or the usual one), making it first "
                               "when it does not exist."));
    parser.addOption(language);
    parser.addOption(demo);
    parser.addOption(screenshots);
    parser.addPositionalArgument(u"FILE"_s, Desktop::tr("The data file to open (.wzsw)."),
                                 u"[FILE]"_s);
    parser.process(app);

    if (parser.isSet(language)) {
        const QString code = parser.value(language);
        if (code != u"nl"_s && code != u"en"_s) {
            QTextStream(stderr) << Desktop::tr("--language takes nl or en.") << u'\n';
            return 2;
        }
        wzsw::Translations::apply(code == u"en"_s ? wzsw::Language::English
                                                  : wzsw::Language::Dutch);
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        QTextStream(stderr) << Desktop::tr("Give at most one data file.") << u'\n';
        return 2;
    }

    wzsw::MainWindow window(wzsw::standardPages());
    if (parser.isSet(screenshots)) {
        if (files.isEmpty()) {
            QTextStream(stderr) << Desktop::tr("--screenshot needs a data file.") << u'\n';
            return 2;
        }
        if (parser.isSet(demo) && !QFileInfo::exists(files.front())) {
            if (const wzsw::Status made = wzsw::DemoFile::create(files.front()); !made) {
                QTextStream(stderr) << made.error().fullText() << u'\n';
                return 1;
            }
        }
        const wzsw::Status status =
            wzsw::ScreenshotTour::run(window, files.front(), parser.value(screenshots));
        if (!status) {
            QTextStream(stderr) << status.error().fullText() << u'\n';
            return 1;
        }
        return 0;
    }

    window.show();
    if (parser.isSet(demo))
        window.openDemo(files.isEmpty() ? QString() : files.front());
    else if (!files.isEmpty())
        window.openFileInteractive(files.front());
    else
        window.restoreLastSession();
    return QApplication::exec();
}
