#include "messagelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace wzsw::cli {

namespace {

bool systemAsksForDutch()
{
    // Only the first language counts: someone whose system asks for English first and Dutch
    // second reads English.
    const QStringList languages = QLocale::system().uiLanguages();
    return !languages.isEmpty() && languages.front().startsWith(u"nl"_s);
}

void install(const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(name, folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void useSystemMessageLanguage()
{
    if (!systemAsksForDutch())
        return;
    // The program's texts are compiled in (app/cli/CMakeLists.txt); Qt's own (the command-line
    // parser's messages) come from the system.
    install(u"wzsw_nl"_s, u":/i18n"_s);
    install(u"qtbase_nl"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace wzsw::cli
