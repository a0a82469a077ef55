#include "Cli.h"
#include "Translations.h"
#include "core/AppInfo.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // Reports lay out text with fonts, which needs a GUI application; the offscreen platform needs
    // no display, so the CLI runs on servers and in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1String(ia::AppInfo::organizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(ia::AppInfo::organizationDomain));
    QCoreApplication::setApplicationName(QStringLiteral("interview-assistant"));
    QCoreApplication::setApplicationVersion(QLatin1String(ia::AppInfo::version));
    ia::Translations::install(app, QLocale());

    QTextStream out(stdout);
    QTextStream err(stderr);
    ia::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
