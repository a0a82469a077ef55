#include "AppPaths.h"
#include "DataFileError.h"
#include "Translations.h"
#include "bank/QuestionBank.h"
#include "core/AppInfo.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/StorageError.h"
#include "ui/ColorScheme.h"
#include "ui/GuardedApplication.h"
#include "ui/MainWindow.h"
#include "ui/PanelExchange.h"
#include "ui/QuitAfterFirstPaint.h"
#include "ui/ServerLogin.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace {

// For `./dev run` without a display: show the window, let it paint, save it as a PNG and quit.
void scheduleScreenshot(ia::MainWindow& mainWindow, const QString& path)
{
    QTimer::singleShot(1200, &mainWindow, [&mainWindow, path] {
        QWidget& window = *mainWindow.visibleWindow();
        QPixmap shot;
        // A dialog that is up (an import's summary, say) is a window of its own: then the whole
        // screen, so it shows over the main window.
        if (QScreen* screen = window.screen())
            shot = screen->grabWindow(QApplication::activeModalWidget() ? 0 : window.winId());
        if (shot.isNull())
            shot = window.grab();
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (shot.save(path, "PNG")) {
            out << QCoreApplication::translate("main", "Screenshot: %1")
                       .arg(QFileInfo(path).absoluteFilePath())
                << '\n';
            QCoreApplication::exit(0);
        } else {
            err << QCoreApplication::translate("main", "Could not save the screenshot to %1").arg(path)
                << '\n';
            QCoreApplication::exit(1);
        }
    });
}

// The program's options, described once for both the text-only answers and the window.
struct Options
{
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("main", "Open this database file (default: %1).")
                              .arg(ia::AppPaths::defaultDatabasePath()),
                          QCoreApplication::translate("main", "PATH")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a screenshot of the main window to FILE, then quit."),
        QCoreApplication::translate("main", "FILE")};
    QCommandLineOption interview{QStringLiteral("interview"),
                                 QCoreApplication::translate("main", "Open the interview with this number."),
                                 QCoreApplication::translate("main", "ID")};
    QCommandLineOption compact{QStringLiteral("compact"),
                               QCoreApplication::translate("main", "Start in compact mode.")};
    QCommandLineOption scheme{
        QStringLiteral("color-scheme"),
        QCoreApplication::translate(
            "main", "Colours: system, light or dark (remembered from the View menu otherwise)."),
        QCoreApplication::translate("main", "SCHEME")};
    QCommandLineOption page{
        QStringLiteral("page"),
        QCoreApplication::translate(
            "main",
            "Open on this page: interview, candidates, compare, calibration, search, questions or kits."),
        QCoreApplication::translate("main", "PAGE")};

    // For the start-up benchmark (tests/bench/StartupBench.cpp): the time from exec to the first
    // painted window, with nothing else.
    QCommandLineOption quitAfterFirstPaint{
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main", "Quit as soon as the window has painted once.")};

    Options() { quitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp); }

    QList<QCommandLineOption> all() const
    {
        return {db, page, interview, compact, scheme, screenshot, quitAfterFirstPaint};
    }

    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Structured technical interviews."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(all());
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate("main",
                                        "A database to open, or scorecard bundles (.iapanel) to import."),
            QCoreApplication::translate("main", "[FILE...]"));
    }
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QLatin1String(ia::AppInfo::organizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(ia::AppInfo::organizationDomain));
    QCoreApplication::setApplicationName(QStringLiteral("interview-assistant"));
    QCoreApplication::setApplicationVersion(QLatin1String(ia::AppInfo::version));
}

// --help and --version are answered in text, so they must work where no display is (a terminal
// over ssh, a packaging check): the GUI application would abort there before reading them.
bool asksForTextOnly(int argc, char* argv[])
{
    // Only the option names are read here, before any application exists.
    QSet<QByteArray> takingValues;
    for (const QCommandLineOption& option : Options().all()) {
        if (!option.valueName().isEmpty()) {
            for (const QString& name : option.names())
                takingValues.insert("--" + name.toUtf8());
        }
    }
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        // The value of an option that takes one ("--page -v" asks for a page, not the version).
        if (takingValues.contains(arg)) {
            ++i;
            continue;
        }
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication core(argc, argv);
        describeApplication();
        ia::Translations::install(core, QLocale());
        QCommandLineParser parser;
        const Options options;
        options.addTo(parser);
        parser.process(core); // prints and exits
        return 0;
    }

    ia::GuardedApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QLatin1String(ia::AppInfo::appName));
    QApplication::setDesktopFileName(QLatin1String(ia::AppInfo::appId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/interview-assistant.svg")));
    ia::Translations::install(app, QLocale());

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    const QCommandLineOption& dbOption = options.db;
    const QCommandLineOption& screenshotOption = options.screenshot;
    const QCommandLineOption& interviewOption = options.interview;
    const QCommandLineOption& compactOption = options.compact;
    const QCommandLineOption& schemeOption = options.scheme;
    const QCommandLineOption& pageOption = options.page;
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    // FILE arguments (the desktop file's %F): a database to open, or bundles to import into it.
    QStringList bundles;
    QString fileDatabase;
    for (const QString& file : parser.positionalArguments()) {
        if (ia::PanelExchange::isBundle(file))
            bundles << file;
        else if (fileDatabase.isEmpty())
            fileDatabase = file;
    }
    const bool defaultLocation = !parser.isSet(dbOption) && fileDatabase.isEmpty();
    QString path = parser.isSet(dbOption)
                       ? parser.value(dbOption)
                       : (fileDatabase.isEmpty() ? ia::AppPaths::defaultDatabasePath() : fileDatabase);

    // Unattended runs (a screenshot under Xvfb) must not wait for someone to close a dialog.
    const bool unattended = parser.isSet(screenshotOption) || parser.isSet(options.quitAfterFirstPaint);
    app.setUnattended(unattended);
    const auto reportFatal = [unattended](const QString& title, const QString& message) {
        if (!unattended)
            QMessageBox::critical(nullptr, title, message);
    };
    ia::ColorSchemes::apply(ia::ColorSchemes::fromKey(
        parser.isSet(schemeOption) ? parser.value(schemeOption)
                                   : QSettings().value(QStringLiteral("appearance/scheme")).toString()));

    // One database at a time; File → Open database… closes the window and the loop opens the next.
    QString previous;
    bool first = true;
    for (;;) {
        std::unique_ptr<ia::Database> database;
        QString failure;
        try {
            // Another program's write lock never freezes the window: a write that meets it is kept
            // and retried (SaveQueue) after this short wait instead of SQLite's usual seconds.
            ia::Database::Options storage;
            storage.busyTimeoutMs = 100;
            // A team server may want a password: from this run, the keyring, or the user.
            database = ia::ServerAddress::isServerUrl(path)
                           ? ia::ServerLogin::open(path, storage, !unattended)
                           : std::make_unique<ia::Database>(path, storage);
            // A team server's bank is its owner's to install (server setup and upgrade): the
            // people logging in may not write the server's settings.
            if (!database->isReadOnly() && !database->isServer())
                ia::QuestionBank::installDefault(*database);
            // The very first start fills the default database with demo data, so there is something to look
            // at.
            if (first && defaultLocation && database->wasCreated())
                ia::DemoData::create(*database);
        } catch (const ia::StorageError& e) {
            err << e.fullText() << '\n';
            failure = e.message();
        } catch (const ia::DataFileError& e) {
            err << e.message() << '\n';
            failure = e.message();
        } catch (const std::exception& e) {
            failure =
                QCoreApplication::translate("main", "An internal error stopped Interview Assistant from "
                                                    "opening the database (%1).")
                    .arg(QString::fromLocal8Bit(e.what()));
            err << failure << '\n';
        }
        if (!failure.isEmpty()) {
            reportFatal(QCoreApplication::translate("main", "Cannot open the database"),
                        previous.isEmpty() ? failure
                                           : QCoreApplication::translate("main", "%1\n\n%2 stays open.")
                                                 .arg(failure, ia::ServerAddress::isServerUrl(previous)
                                                                   ? previous
                                                                   : QFileInfo(previous).fileName()));
            if (previous.isEmpty())
                return 1;
            path = previous; // back to the one that worked
            previous.clear();
            continue;
        }
        out << QCoreApplication::translate("main", "Database: %1").arg(database->path()) << '\n';
        out.flush();

        ia::MainWindow window(*database);
        window.show();
        if (first) {
            if (parser.isSet(interviewOption) &&
                window.openInterview(parser.value(interviewOption).toLongLong()) &&
                parser.isSet(compactOption))
                window.setCompactMode(true);
            if (parser.isSet(pageOption)) {
                const QString page = parser.value(pageOption);
                if (page == QLatin1String("candidates"))
                    window.showPage(ia::MainWindow::Page::Candidates);
                else if (page == QLatin1String("compare"))
                    window.showPage(ia::MainWindow::Page::Compare);
                else if (page == QLatin1String("calibration"))
                    window.showPage(ia::MainWindow::Page::Calibration);
                else if (page == QLatin1String("search"))
                    window.showPage(ia::MainWindow::Page::Search);
                else if (page == QLatin1String("questions"))
                    window.showPage(ia::MainWindow::Page::Questions);
                else if (page == QLatin1String("kits"))
                    window.showPage(ia::MainWindow::Page::Kits);
                else if (page != QLatin1String("interview"))
                    err << QCoreApplication::translate("main",
                                                       "Unknown page '%1'; showing the interview page.")
                               .arg(page)
                        << Qt::endl;
            }
            if (!bundles.isEmpty())
                QTimer::singleShot(0, &window, [&window, bundles] { window.importBundles(bundles); });
            if (parser.isSet(screenshotOption))
                scheduleScreenshot(window, parser.value(screenshotOption));
            if (parser.isSet(options.quitAfterFirstPaint))
                window.installEventFilter(new ia::QuitAfterFirstPaint(&window));
        }
        first = false;
        const int code = QApplication::exec();
        if (window.requestedDatabase().isEmpty())
            return code;
        previous = database->path();
        path = window.requestedDatabase();
    }
}
