#include "Translations.h"

#include "core/AppInfo.h"

#include <QCoreApplication>
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

namespace {

// Installs the app's catalogues for a locale for the length of a test, then takes them out again,
// leaving the test run's own (English) in place.
class DeskUxInstalledCatalogues
{
public:
    explicit DeskUxInstalledCatalogues(const QLocale& locale)
    {
        const QList<QTranslator*> before = QCoreApplication::instance()->findChildren<QTranslator*>();
        found = ia::Translations::install(*QCoreApplication::instance(), locale);
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            if (!before.contains(t))
                m_added << t;
        }
    }
    ~DeskUxInstalledCatalogues()
    {
        for (QTranslator* t : std::as_const(m_added)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    DeskUxInstalledCatalogues(const DeskUxInstalledCatalogues&) = delete;
    DeskUxInstalledCatalogues& operator=(const DeskUxInstalledCatalogues&) = delete;

    bool found = false;

private:
    QList<QTranslator*> m_added;
};

QString deskUxInterviews(int n)
{
    return QCoreApplication::translate("ia::HiringDesk", "%n interview(s)", nullptr, n);
}

} // namespace

// English has a catalogue of its own, for plural forms: loaded for English, and beneath every other
// language, so a German catalogue still wins and a language we do not ship still reads "1 interview".
TEST(Translations, EnglishPluralsLieBeneathEveryLanguage)
{
    {
        const DeskUxInstalledCatalogues english(QLocale(QLocale::English, QLocale::UnitedKingdom));
        EXPECT_TRUE(english.found);
        EXPECT_EQ(deskUxInterviews(1), QStringLiteral("1 interview"));
        EXPECT_EQ(deskUxInterviews(2), QStringLiteral("2 interviews"));
    }
    {
        const DeskUxInstalledCatalogues german(QLocale(QLocale::German, QLocale::Germany));
        EXPECT_TRUE(german.found);
        EXPECT_EQ(deskUxInterviews(1), QStringLiteral("1 Interview"));
        EXPECT_EQ(deskUxInterviews(3), QStringLiteral("3 Interviews"));
        EXPECT_EQ(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    }
    {
        const DeskUxInstalledCatalogues japanese(QLocale(QLocale::Japanese, QLocale::Japan));
        EXPECT_FALSE(japanese.found) << "no Japanese catalogue";
        EXPECT_EQ(deskUxInterviews(1), QStringLiteral("1 interview"));
        EXPECT_EQ(deskUxInterviews(2), QStringLiteral("2 interviews"));
        EXPECT_EQ(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    }
}
