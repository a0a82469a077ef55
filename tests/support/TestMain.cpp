#include "Translations.h"
#include "support/QtMessageGuard.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <cstdio>

// One QApplication for the whole test run, on the offscreen platform unless the caller chose one.
// Settings live in a directory of this process's own: ctest runs tests in parallel, and windows
// that remember their layout must not read each other's. An unexpected Qt warning fails the test
// that printed it (see QtMessageGuard).
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ia::test::QtMessageGuard::install();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InterviewAssistantTests"));
    QApplication::setApplicationName(QStringLiteral("interview-assistant-tests"));
    // In English, as the app installs it for an English or unknown locale: the English catalogue
    // is what turns "%n interview(s)" into "1 interview".
    ia::Translations::install(app, QLocale(QLocale::English));
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    if (const int stray = ia::test::QtMessageGuard::strayWarnings(); stray > 0) {
        std::fprintf(stderr, "%d unexpected Qt warning(s) outside any test (printed above)\n", stray);
        return result != 0 ? result : 1;
    }
    return result;
}
