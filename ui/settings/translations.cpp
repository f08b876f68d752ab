#include "settings/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace wzsw {

namespace {

Q_LOGGING_CATEGORY(lcTranslations, "wzsw.translations")

Language g_current = Language::Dutch;

QTranslator *ourTranslator()
{
    static auto *translator = new QTranslator(QCoreApplication::instance());
    return translator;
}

QTranslator *qtTranslator()
{
    static auto *translator = new QTranslator(QCoreApplication::instance());
    return translator;
}

} // namespace

void Translations::apply(Language language)
{
    g_current = language;
    // Core's labels and the locale first: the LanguageChange the translators send makes every
    // widget read them again.
    setDisplayLanguage(language);
    const QLocale locale(language == Language::Dutch ? QLocale::Dutch : QLocale::English,
                         language == Language::Dutch ? QLocale::Netherlands
                                                     : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    QCoreApplication::removeTranslator(qtTranslator());
    QCoreApplication::removeTranslator(ourTranslator());
    const QString code = language == Language::Dutch ? u"nl"_s : u"en"_s;
    // English is the source language of our texts; wzsw_en holds only its plural forms.
    if (ourTranslator()->load(u":/i18n/wzsw_"_s + code + u".qm"_s))
        QCoreApplication::installTranslator(ourTranslator());
    else
        qCWarning(lcTranslations) << "no translation of the program for" << code;
    if (language != Language::English) {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        // Linux distributions ship qtbase_nl; windeployqt gives Windows installations one
        // merged qt_nl instead.
        if (qtTranslator()->load(u"qtbase_"_s + code, qtDir) ||
            qtTranslator()->load(u"qt_"_s + code, qtDir))
            QCoreApplication::installTranslator(qtTranslator());
        else
            qCWarning(lcTranslations) << "Qt's own translation not found in" << qtDir;
    }
}

Language Translations::current()
{
    return g_current;
}

} // namespace wzsw
