#include "core/AppInfo.h"

#include <QLocale>
#include <QTranslator>
#include <gtest/gtest.h>

// The German and French catalogues are compiled into the app and found by locale.
TEST(Translations, CataloguesAreEmbeddedAndFoundByLocale)
{
    QTranslator german;
    ASSERT_TRUE(german.load(QLocale(QLocale::German, QLocale::Germany),
                            QLatin1String(ia::AppInfo::translationCatalog), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    EXPECT_EQ(german.translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    EXPECT_EQ(german.translate("ia::Recommendation", "Strong Yes"), QStringLiteral("Klares Ja"));

    QTranslator french;
    ASSERT_TRUE(french.load(QLocale(QLocale::French, QLocale::France),
                            QLatin1String(ia::AppInfo::translationCatalog), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    EXPECT_EQ(french.translate("MainWindow", "&File"), QStringLiteral("&Fichier"));

    QTranslator none;
    EXPECT_FALSE(none.load(QLocale(QLocale::Japanese), QLatin1String(ia::AppInfo::translationCatalog),
                           QStringLiteral("_"), QStringLiteral(":/i18n")))
        << "no catalogue for a language we do not ship";
}
