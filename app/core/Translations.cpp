#include "Translations.h"

#include "core/AppInfo.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ia::Translations {

bool install(QCoreApplication& app, const QLocale& locale)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // English first: the translator installed last is asked first, so a German or French catalogue
    // still wins, and English's plural forms are there beneath any language we have no catalogue for
    // (the source strings say "%n interview(s)", which only a catalogue turns into "1 interview").
    // qt_add_translations embeds the .qm files under :/i18n.
    auto* english = new QTranslator(&app);
    if (english->load(QLatin1String(AppInfo::translationCatalog) + QStringLiteral("_en"),
                      QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    if (locale.language() == QLocale::English)
        return true;

    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QLatin1String(AppInfo::translationCatalog), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) &&
        ours->language() != QStringLiteral("en")) {
        QCoreApplication::installTranslator(ours);
        return true;
    }
    delete ours;
    return false;
}

} // namespace ia::Translations
