#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

// One QApplication for the whole test run, on the offscreen platform unless the caller chose one;
// QStandardPaths' test mode keeps settings and data away from the user's real ones.
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InterviewAssistantTests"));
    QApplication::setApplicationName(QStringLiteral("interview-assistant-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
