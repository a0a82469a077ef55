#include "MainWindow.h"

#include "VersionInfo.h"
#include "desk/ManagerPassphrase.h"
#include "interview/InterviewSession.h"
#include "interview/SteadyClock.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportExporter.h"
#include "saving/OfflineReplay.h"
#include "saving/RecoveryFiles.h"
#include "saving/SaveQueue.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/OfflineJournal.h"
#include "storage/PanelRepository.h"
#include "storage/ServerAddress.h"
#include "storage/ServerChanges.h"
#include "storage/StorageError.h"
#include "storage/VisibilityPolicy.h"
#include "ui/AboutDialog.h"
#include "ui/BackgroundWork.h"
#include "ui/CalibrationPage.h"
#include "ui/CandidatesPage.h"
#include "ui/ColorScheme.h"
#include "ui/CompactWindow.h"
#include "ui/ComparePage.h"
#include "ui/ElidedLabel.h"
#include "ui/InterviewActions.h"
#include "ui/InterviewScreen.h"
#include "ui/KitsPage.h"
#include "ui/PanelExchange.h"
#include "ui/QuestionsPage.h"
#include "ui/RememberedInterviewer.h"
#include "ui/SearchPage.h"
#include "ui/ServerConnectDialog.h"
#include "ui/ServerLogin.h"
#include "ui/StatusColors.h"
#include "ui/TextInputShortcutGuard.h"
#include "ui/ThemeIcons.h"
#include "ui/UserPrompts.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace ia {

namespace {} // namespace

MainWindow::MainWindow(const Database& database, const Clock* clock, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
    , m_saveQueue(std::make_unique<SaveQueue>(database))
    , m_ownClock(clock ? nullptr : std::make_unique<SteadyClock>())
    , m_clock(clock ? *clock : *m_ownClock)
    , m_prompts(std::make_unique<UserPrompts>())
    , m_guard(new TextInputShortcutGuard(this))
    , m_actions(new InterviewActions(this))
    , m_home(new HomePage(this))
    , m_screen(new InterviewScreen(this))
    , m_candidates(nullptr)
    , m_compare(nullptr)
    , m_calibration(nullptr)
    , m_search(nullptr)
    , m_questions(nullptr)
    , m_kits(nullptr)
    , m_undoGroup(new QUndoGroup(this))
    , m_compact(std::make_unique<CompactWindow>(*m_screen))
    , m_saveState(new ElidedLabel(this))
    , m_takeOver(new QAction(this))
    , m_layoutSaver(new QTimer(this))
{
    m_ui->setupUi(this);
    qApp->installEventFilter(m_guard);
    const auto prompts = [this]() -> UserPrompts& {
        return *m_prompts;
    };
    m_candidates = new CandidatesPage(database, prompts, *m_saveQueue, this);
    m_compare = new ComparePage(database, prompts, this);
    m_calibration = new CalibrationPage(database, prompts, this);
    m_search = new SearchPage(database, this);
    m_questions = new QuestionsPage(database, prompts, this);
    m_kits = new KitsPage(database, prompts, this);
    m_exchange = std::make_unique<PanelExchange>(database, prompts, this);
    // Bundles dropped on the window are imported; nothing else dropped is opened (a dropped
    // database file must never be opened outside SQLite).
    setAcceptDrops(true);
    m_ui->pages->addWidget(m_home);
    m_ui->pages->addWidget(m_screen);
    m_ui->pages->addWidget(m_candidates);
    m_ui->pages->addWidget(m_compare);
    m_ui->pages->addWidget(m_calibration);
    m_ui->pages->addWidget(m_search);
    m_ui->pages->addWidget(m_questions);
    m_ui->pages->addWidget(m_kits);
    // A published question or kit changes what the start form offers and what kits show.
    const auto bankChanged = [this] {
        if (!m_session)
            m_home->reload(m_database, RememberedInterviewer::load().name);
    };
    connect(m_questions, &QuestionsPage::bankChanged, this, bankChanged);
    connect(m_kits, &KitsPage::kitsChanged, this, bankChanged);
    // A long message (a server that cannot be reached, with its address) ends in "…" at the
    // window's edge, whole in the tooltip, instead of widening the window past the screen.
    statusBar()->addPermanentWidget(m_saveState);
    statusBar()->showMessage(tr("Database: %1").arg(database.path()));
    if (database.isReadOnly()) {
        // Said once, where it stays in view, instead of as a failure at every edit.
        setSaveState(tr("Read-only: %1. You can read and export; nothing can be changed.")
                         .arg(database.readOnlyReason()),
                     true);
    }

    listenForColleagues();
    keepEditsFromEarlierRuns();
    createMenus();
    // The keys work in the compact strip too.
    m_compact->addActions(m_actions->all());

    connect(m_home, &HomePage::startRequested, this, &MainWindow::startInterview);
    connect(m_home, &HomePage::resumeRequested, this, &MainWindow::resumeInterview);
    connect(m_screen, &InterviewScreen::submitRequested, this, &MainWindow::submitInterview);
    connect(m_screen, &InterviewScreen::reopenRequested, this, &MainWindow::reopenInterview);
    connect(m_screen, &InterviewScreen::takeOverRequested, this, &MainWindow::takeOverInterview);
    connect(m_compact.get(), &CompactWindow::expandRequested, this, [this] { setCompactMode(false); });
    connect(m_candidates, &CandidatesPage::exportPacketRequested, this, &MainWindow::exportPacketOf);
    connect(m_candidates, &CandidatesPage::candidateErased, this, [this](CandidateId id) {
        if (m_session && m_session->candidate().id == id)
            closeInterviewBecause(tr("The interview was closed: its candidate was erased."));
    });
    // One status for every edit, wherever it was made.
    connect(m_saveQueue.get(), &SaveQueue::allSaved, this, [this] {
        setSaveState(
            tr("All changes saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))), false);
    });
    connect(m_saveQueue.get(), &SaveQueue::waiting, this,
            [this](const QString& message, StorageError::Kind kind) {
                if (kind == StorageError::Kind::Busy) {
                    // A passing condition, not an error: amber, cleared when everything is saved.
                    m_saveState->setText(message);
                    m_saveState->setToolTip(message);
                    m_saveState->setStyleSheet(
                        QStringLiteral("color: %1;").arg(StatusColors::warning(palette()).name()));
                } else {
                    setSaveState(message, true);
                }
            });
    connect(m_search, &SearchPage::openInterviewRequested, this, [this](InterviewId id) {
        if (openInterview(id))
            showPage(Page::Interview);
    });
    connect(m_search, &SearchPage::openCandidateRequested, this, [this](CandidateId id) {
        showPage(Page::Candidates);
        m_candidates->revealCandidate(id);
    });

    // Typed text goes to disk when its field loses focus and when the app loses the user's
    // attention (another window, a locked screen, a sleeping laptop), not only on its timer.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (m_session && TextInputShortcutGuard::isTextInput(old))
            m_session->flush();
    });
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (m_session && state != Qt::ApplicationActive) {
            m_session->saveClock();
            m_session->flush();
        }
    });

    fillRecentMenu();
    restoreLayout();
    // The layout is written soon after it changes, not only on a clean quit: a crash, a killed
    // session or a power cut keeps the window the user arranged.
    m_layoutSaver->setSingleShot(true);
    m_layoutSaver->setInterval(500);
    connect(m_layoutSaver, &QTimer::timeout, this, &MainWindow::saveLayout);
    connect(m_screen, &InterviewScreen::layoutChanged, m_layoutSaver, qOverload<>(&QTimer::start));
    connect(m_ui->mainToolBar, &QToolBar::topLevelChanged, m_layoutSaver, qOverload<>(&QTimer::start));
    connect(m_ui->mainToolBar, &QToolBar::orientationChanged, m_layoutSaver, qOverload<>(&QTimer::start));
    connect(m_ui->mainToolBar, &QToolBar::visibilityChanged, m_layoutSaver, qOverload<>(&QTimer::start));
    showHome();
}

MainWindow::~MainWindow()
{
    // The screen's undo commands and both views refer to the session: detach them before it goes.
    m_screen->setSession(nullptr);
    m_compact->setSession(nullptr);
    m_session.reset();
    // The Candidates page shares the save queue and flushes it when hidden. Members die before
    // QWidget's children do, so the page goes first, while the queue still exists.
    delete m_candidates;
    m_candidates = nullptr;
}

void MainWindow::createMenus()
{
    m_undoGroup->addStack(m_screen->undoStack());
    m_undoGroup->addStack(m_questions->undoStack());
    m_undoGroup->setActiveStack(m_screen->undoStack());
    // Ctrl+Z undoes what the page shows: the interview, the question editor, or nothing (on the Kits
    // page it must not take back a score of the interview behind it). Pages change in more ways
    // than the Go menu (starting or closing an interview), so this follows the page itself.
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, [this] {
        const Page page = currentPage();
        m_undoGroup->setActiveStack(page == Page::Interview   ? m_screen->undoStack()
                                    : page == Page::Questions ? m_questions->undoStack()
                                                              : nullptr);
    });
    QAction* undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcuts({QKeySequence::Undo});
    QAction* redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // The platform's redo keys and Ctrl+Y, each once: a key listed twice is an ambiguous shortcut,
    // and an ambiguous shortcut does nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& extra :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(extra))
            redoKeys.append(extra);
    }
    redoAction->setShortcuts(redoKeys);
    m_ui->menuEdit->addAction(undoAction);
    m_ui->menuEdit->addAction(redoAction);
    setIconsAndStandardKeys(undoAction, redoAction);
    m_compact->addActions({undoAction, redoAction});

    QMenu* interview = m_ui->menuInterview;
    for (int s = 0; s < 4; ++s)
        interview->addAction(m_actions->score[s]);
    interview->addAction(m_actions->skip);
    interview->addSeparator();
    interview->addAction(m_actions->next);
    interview->addAction(m_actions->previous);
    interview->addAction(m_actions->focusNote);
    interview->addSeparator();
    interview->addAction(m_actions->addHighlight);
    interview->addAction(m_actions->redFlag);
    interview->addAction(m_actions->strength);
    interview->addSeparator();
    QMenu* recommendation = interview->addMenu(tr("Recommen&dation"));
    for (QAction* a : m_actions->recommend)
        recommendation->addAction(a);
    interview->addAction(m_actions->toggleClock);
    interview->addAction(m_actions->submit);
    interview->addSeparator();
    m_takeOver->setText(tr("&Take Over This Interview…"));
    m_takeOver->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_takeOver->setToolTip(
        tr("Edit here the interview another window has open; that window becomes read-only"));
    interview->addAction(m_takeOver);
    connect(m_takeOver, &QAction::triggered, this, &MainWindow::takeOverInterview);
    m_ui->menuView->insertAction(m_ui->menuColorScheme->menuAction(), m_actions->compactMode);
    m_ui->menuView->insertSeparator(m_ui->menuColorScheme->menuAction());

    m_ui->mainToolBar->addAction(m_ui->actionNewInterview);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_actions->toggleClock);
    m_ui->mainToolBar->addAction(m_actions->compactMode);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(undoAction);
    m_ui->mainToolBar->addAction(redoAction);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addAction(m_actions->submit);
    // The toolbar keeps short labels; the menu says what would be undone.
    undoAction->setIconText(tr("Undo"));
    redoAction->setIconText(tr("Redo"));
    m_actions->toggleClock->setIconText(tr("Pause / resume"));
    m_actions->compactMode->setIconText(tr("Compact"));
    m_actions->submit->setIconText(tr("Submit…"));

    for (int s = 0; s < 4; ++s)
        connect(m_actions->score[s], &QAction::triggered, m_screen, [this, s] { m_screen->score(s + 1); });
    for (const Recommendation r : allRecommendations()) {
        connect(m_actions->recommend[int(r) - 1], &QAction::triggered, m_screen,
                [this, r] { m_screen->recommend(r); });
    }
    connect(m_actions->skip, &QAction::triggered, m_screen, &InterviewScreen::skip);
    connect(m_actions->next, &QAction::triggered, m_screen, &InterviewScreen::next);
    connect(m_actions->previous, &QAction::triggered, m_screen, &InterviewScreen::previous);
    connect(m_actions->focusNote, &QAction::triggered, this, [this] {
        if (isCompactMode())
            m_compact->focusNoteLine();
        else
            m_screen->focusNote();
    });
    connect(m_actions->addHighlight, &QAction::triggered, this, [this] {
        const HighlightId id = m_screen->addHighlight(HighlightFlag::None, !isCompactMode());
        if (id != 0 && isCompactMode())
            m_compact->editHighlight(id);
    });
    connect(m_actions->redFlag, &QAction::triggered, m_screen,
            [this] { m_screen->flag(HighlightFlag::RedFlag); });
    connect(m_actions->strength, &QAction::triggered, m_screen,
            [this] { m_screen->flag(HighlightFlag::Strength); });
    connect(m_actions->toggleClock, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->toggleClock();
    });
    connect(m_actions->compactMode, &QAction::toggled, this, &MainWindow::setCompactMode);
    connect(m_actions->submit, &QAction::triggered, this, &MainWindow::submitInterview);

    connect(m_ui->actionNewInterview, &QAction::triggered, this, &MainWindow::closeInterview);
    connect(m_ui->actionCloseInterview, &QAction::triggered, this, &MainWindow::closeInterview);
    const QList<std::pair<QAction*, Page>> pages{{m_ui->actionGoInterview, Page::Interview},
                                                 {m_ui->actionGoCandidates, Page::Candidates},
                                                 {m_ui->actionGoCompare, Page::Compare},
                                                 {m_ui->actionGoCalibration, Page::Calibration},
                                                 {m_ui->actionGoSearch, Page::Search},
                                                 {m_ui->actionGoQuestions, Page::Questions},
                                                 {m_ui->actionGoKits, Page::Kits}};
    auto* pageGroup = new QActionGroup(this);
    for (const auto& [action, page] : pages) {
        pageGroup->addAction(action);
        const Page target = page;
        connect(action, &QAction::triggered, this, [this, target] { showPage(target); });
    }
    m_ui->mainToolBar->insertActions(m_ui->mainToolBar->actions().value(0),
                                     {m_ui->actionGoInterview, m_ui->actionGoCandidates,
                                      m_ui->actionGoCompare, m_ui->actionGoCalibration,
                                      m_ui->actionGoSearch});
    m_ui->mainToolBar->insertSeparator(m_ui->actionNewInterview);
    m_ui->actionManagerMode->setChecked(false);
    connect(m_ui->actionManagerMode, &QAction::toggled, this, &MainWindow::setManagerMode);
    connect(m_ui->actionExportScorecard, &QAction::triggered, this, &MainWindow::exportScorecard);
    connect(m_ui->actionExportPacket, &QAction::triggered, this, &MainWindow::exportPacket);
    connect(m_ui->actionExportAllPackets, &QAction::triggered, this, &MainWindow::exportAllPackets);
    connect(m_ui->actionExportBundle, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->flush();
        m_exchange->exportMine();
    });
    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::openDatabase);
    connect(m_ui->actionConnectServer, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(m_ui->actionImportBundles, &QAction::triggered, this, [this] {
        if (m_exchange->importChosenFiles())
            afterImport();
    });
    connect(m_ui->actionPrintPreview, &QAction::triggered, this, &MainWindow::printPreview);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    auto* schemes = new QActionGroup(this);
    const QList<std::pair<QAction*, ColorScheme>> schemeActions{
        {m_ui->actionSchemeSystem, ColorScheme::System},
        {m_ui->actionSchemeLight, ColorScheme::Light},
        {m_ui->actionSchemeDark, ColorScheme::Dark}};
    const QString current =
        QSettings().value(QStringLiteral("appearance/scheme"), QStringLiteral("system")).toString();
    for (const auto& [action, scheme] : schemeActions) {
        schemes->addAction(action);
        action->setChecked(ColorSchemes::toKey(scheme) == current);
        const QString key = ColorSchemes::toKey(scheme);
        connect(action, &QAction::triggered, this, [this, key] { applyColorScheme(key); });
    }
}

void MainWindow::setIconsAndStandardKeys(QAction* undo, QAction* redo)
{
    // The platform's keys where it has a convention (Ctrl+W and Ctrl+F4 to close on some
    // desktops), so the app behaves like its neighbours.
    m_ui->actionNewInterview->setShortcuts(QKeySequence::New);
    m_ui->actionCloseInterview->setShortcuts(QKeySequence::Close);
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionPrintPreview->setShortcuts(QKeySequence::Print);
    m_ui->actionGoSearch->setShortcuts(QKeySequence::Find);
    m_ui->actionShortcuts->setShortcuts(QKeySequence::HelpContents);
    m_ui->actionOpenDatabase->setShortcuts(QKeySequence::Open);

    using ThemeIcons::set;
    set(m_ui->actionNewInterview, QStringLiteral("document-new"), QStyle::SP_FileIcon);
    set(m_ui->actionCloseInterview, QStringLiteral("document-close"), QStyle::SP_DialogCloseButton);
    set(m_ui->actionExportScorecard, QStringLiteral("document-export"), QStyle::SP_DialogSaveButton);
    set(m_ui->actionExportPacket, QStringLiteral("document-export"), QStyle::SP_DialogSaveButton);
    set(m_ui->actionExportAllPackets, QStringLiteral("document-export"), QStyle::SP_DialogSaveButton);
    set(m_ui->actionPrintPreview, QStringLiteral("document-print-preview"));
    set(m_ui->actionNewDatabase, QStringLiteral("document-new"), QStyle::SP_FileIcon);
    set(m_ui->actionOpenDatabase, QStringLiteral("document-open"), QStyle::SP_DialogOpenButton);
    set(m_ui->actionExportBundle, QStringLiteral("document-send"), QStyle::SP_DialogSaveButton);
    set(m_ui->actionImportBundles, QStringLiteral("document-import"), QStyle::SP_DialogOpenButton);
    set(m_ui->actionQuit, QStringLiteral("application-exit"), QStyle::SP_TitleBarCloseButton);
    set(m_ui->actionGoInterview, QStringLiteral("view-list-details"), QStyle::SP_FileDialogListView);
    set(m_ui->actionGoCandidates, QStringLiteral("system-users"), QStyle::SP_DirHomeIcon);
    set(m_ui->actionGoCompare, QStringLiteral("view-statistics"), QStyle::SP_FileDialogDetailedView);
    set(m_ui->actionGoCalibration, QStringLiteral("office-chart-bar"), QStyle::SP_FileDialogInfoView);
    set(m_ui->actionGoSearch, QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView);
    set(m_ui->actionGoQuestions, QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView);
    set(m_ui->actionGoKits, QStringLiteral("folder-documents"), QStyle::SP_DirIcon);
    set(m_ui->actionManagerMode, QStringLiteral("object-unlocked"));
    set(m_ui->actionShortcuts, QStringLiteral("configure-shortcuts"), QStyle::SP_DialogHelpButton);
    set(m_ui->actionAbout, QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation);
    set(undo, QStringLiteral("edit-undo"), QStyle::SP_ArrowBack);
    set(redo, QStringLiteral("edit-redo"), QStyle::SP_ArrowForward);
    set(m_actions->toggleClock, QStringLiteral("media-playback-pause"), QStyle::SP_MediaPause);
    set(m_actions->compactMode, QStringLiteral("view-restore"), QStyle::SP_TitleBarNormalButton);
    set(m_actions->submit, QStringLiteral("mail-send"), QStyle::SP_DialogApplyButton);
    set(m_actions->skip, QStringLiteral("media-skip-forward"), QStyle::SP_MediaSkipForward);
    set(m_actions->next, QStringLiteral("go-down"), QStyle::SP_ArrowDown);
    set(m_actions->previous, QStringLiteral("go-up"), QStyle::SP_ArrowUp);
    set(m_actions->focusNote, QStringLiteral("document-edit"));
    set(m_actions->addHighlight, QStringLiteral("bookmark-new"));
    set(m_actions->redFlag, QStringLiteral("flag-red"));
    set(m_actions->strength, QStringLiteral("flag-green"));
    set(m_takeOver, QStringLiteral("document-edit-sign"));
}

void MainWindow::showPage(Page page)
{
    // Leaving a page writes what was typed there.
    m_candidates->flush();
    if (m_session)
        m_session->flush();
    switch (page) {
    case Page::Interview:
        m_ui->pages->setCurrentWidget(m_session ? static_cast<QWidget*>(m_screen) : m_home);
        if (m_session) {
            // The candidates page may have changed the profile meanwhile.
            m_session->reloadCandidate();
            m_screen->questionTree()->setFocus(Qt::OtherFocusReason);
        } else
            m_home->focusDefault();
        break;
    case Page::Candidates:
        m_candidates->setViewer(viewer());
        m_ui->pages->setCurrentWidget(m_candidates);
        m_candidates->focusFilter();
        break;
    case Page::Compare:
        m_compare->setViewer(viewer());
        m_compare->reload();
        m_ui->pages->setCurrentWidget(m_compare);
        break;
    case Page::Calibration:
        m_calibration->setViewer(viewer());
        m_ui->pages->setCurrentWidget(m_calibration);
        break;
    case Page::Search:
        m_search->setViewer(viewer());
        m_ui->pages->setCurrentWidget(m_search);
        m_search->focusSearch();
        break;
    case Page::Questions:
        m_questions->reload();
        m_ui->pages->setCurrentWidget(m_questions);
        m_questions->focusList();
        break;
    case Page::Kits:
        m_kits->reload();
        m_ui->pages->setCurrentWidget(m_kits);
        m_kits->focusList();
        break;
    }
    // What colleagues changed while another page was in view.
    if (page != Page::Compare)
        refreshIfStale(page);
    else
        m_staleDeskPages.remove(page); // reloaded above

    updateActions();
}

namespace {

// The local files of a drop, if every one of them is a bundle; none otherwise.
QStringList droppedBundles(const QMimeData* data)
{
    QStringList paths;
    for (const QUrl& url : data->urls()) {
        if (!url.isLocalFile() || !PanelExchange::isBundle(url.toLocalFile()))
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_database.isReadOnly() && !droppedBundles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = droppedBundles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: the import asks questions in dialogs of its own.
    QTimer::singleShot(0, this, [this, paths] {
        if (m_exchange->importFiles(paths))
            afterImport();
    });
}

void MainWindow::importBundles(const QStringList& paths)
{
    if (!paths.isEmpty() && m_exchange->importFiles(paths))
        afterImport();
}

namespace {

const QString recentKey = QStringLiteral("databases/recent");
constexpr int recentCount = 8;

QString databaseFilter()
{
    return MainWindow::tr("Interview Assistant databases (*.sqlite)");
}

// A file by its full path; a team server by its address without the password (Database::path).
QString recentEntry(const QString& location)
{
    return ServerAddress::isServerUrl(location) ? location : QFileInfo(location).absoluteFilePath();
}

// How the recent menu names an entry: a file by name and folder, a server by database and host.
QString recentLabel(const QString& location)
{
    if (ServerAddress::isServerUrl(location)) {
        try {
            const ServerAddress server = ServerAddress::parse(location);
            return MainWindow::tr("%1 on %2 (team server, as %3)")
                .arg(server.database(), server.host(), server.user());
        } catch (const StorageError&) {
            return location;
        }
    }
    return QStringLiteral("%1  (%2)").arg(QFileInfo(location).fileName(), QFileInfo(location).absolutePath());
}

} // namespace

QStringList MainWindow::recentDatabases()
{
    return QSettings().value(recentKey).toStringList();
}

void MainWindow::fillRecentMenu()
{
    const QStringList before = recentDatabases();
    QStringList recent = before;
    const QString current = recentEntry(m_database.path());
    recent.removeAll(current);
    recent.prepend(current);
    while (recent.size() > recentCount)
        recent.removeLast();
    // Written only when it changed: every write is a synced file, paid at every start otherwise.
    if (recent != before)
        QSettings().setValue(recentKey, recent);

    QMenu* menu = m_ui->menuRecentDatabases;
    menu->clear();
    for (int i = 1; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // Shown by name and folder; the file itself is not touched until chosen.
        QAction* action = menu->addAction(QStringLiteral("&%1 %2").arg(i).arg(recentLabel(path)));
        connect(action, &QAction::triggered, this, [this, path] { switchDatabase(path); });
    }
    menu->setEnabled(recent.size() > 1);
}

void MainWindow::switchDatabase(const QString& path)
{
    if (path.isEmpty() || recentEntry(path) == recentEntry(m_database.path()))
        return;
    m_requestedDatabase = path;
    // Closing saves and may ask; if it does not close, nothing changes.
    if (!close())
        m_requestedDatabase.clear();
}

void MainWindow::newDatabase()
{
    const QString path =
        m_prompts->exportPath(this, tr("New database"), tr("hiring-round.sqlite"), databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        m_prompts->inform(this, tr("New database"),
                          tr("%1 already exists. Choose a new name for a new database, or open that one with "
                             "File → Open database…")
                              .arg(path));
        return;
    }
    switchDatabase(path);
}

void MainWindow::openDatabase()
{
    const QStringList paths = m_prompts->importPaths(this, tr("Open database"), databaseFilter());
    if (!paths.isEmpty())
        switchDatabase(paths.first());
}

void MainWindow::connectToServer()
{
    std::optional<ServerAddress> current;
    if (m_database.isServer()) {
        try {
            current = ServerAddress::parse(m_database.path());
        } catch (const StorageError&) {
        }
    }
    ServerConnectDialog dialog(this, current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ServerAddress address = dialog.address();
    // The password is kept for this run only, and for the keyring once the server accepts it
    // (ServerLogin); the address the window reopens with has none.
    if (!dialog.password().isEmpty())
        ServerLogin::offer(address, dialog.password(), dialog.rememberPassword());
    switchDatabase(address.display());
}

void MainWindow::afterImport()
{
    // Every page shows what is now in the database.
    showPage(currentPage());
    if (currentPage() == Page::Interview && !m_session)
        showHome();
}

MainWindow::Page MainWindow::currentPage() const
{
    QWidget* current = m_ui->pages->currentWidget();
    if (current == m_candidates)
        return Page::Candidates;
    if (current == m_compare)
        return Page::Compare;
    if (current == m_calibration)
        return Page::Calibration;
    if (current == m_search)
        return Page::Search;
    if (current == m_questions)
        return Page::Questions;
    if (current == m_kits)
        return Page::Kits;
    return Page::Interview;
}

void MainWindow::listenForColleagues()
{
    // On a team server the desk follows what colleagues submit and add. Notifications come at
    // commit, a burst of them (an import) refreshes once; the page in view now, the others when
    // shown. An interview being typed is never disturbed.
    m_serverChanges = std::make_unique<ServerChanges>(m_database);
    if (!m_serverChanges->isListening())
        return;
    m_deskRefresh = new QTimer(this);
    m_deskRefresh->setSingleShot(true);
    m_deskRefresh->setInterval(250);
    const auto changed = [this] {
        m_staleDeskPages = {Page::Candidates, Page::Compare, Page::Calibration, Page::Search};
        m_deskRefresh->start();
    };
    connect(m_serverChanges.get(), &ServerChanges::panelChanged, this, changed);
    connect(m_serverChanges.get(), &ServerChanges::candidatesChanged, this, changed);
    connect(m_serverChanges.get(), &ServerChanges::resumed, this, changed);
    connect(m_deskRefresh, &QTimer::timeout, this, [this] { refreshIfStale(currentPage()); });
}

QString MainWindow::replayLeftovers(QString* toldAbout, bool* trouble)
{
    if (!m_journal)
        return {};
    OfflineReplay::Outcome replayed;
    try {
        replayed = OfflineReplay::run(m_database, *m_journal);
    } catch (const StorageError& e) {
        *trouble = true;
        return e.message();
    }
    *trouble = *trouble || replayed.refused > 0 || replayed.waiting > 0;
    if (replayed.refused > 0) {
        *toldAbout = replayed.recoveryFile;
        // Text the server would not take is said in a dialog too, once the window is up, not only
        // in a status line the next save overwrites.
        const QString message = replayed.message();
        QTimer::singleShot(0, this, [this, message] {
            m_prompts->inform(this, tr("Edits from an earlier session"), message);
        });
    }
    return replayed.message();
}

void MainWindow::keepEditsFromEarlierRuns()
{
    QStringList messages;
    QString toldAbout;    // a recovery file the replay just wrote, said in its own dialog
    bool trouble = false; // something for the user to do, not only news
    if (m_database.isServer() && !m_database.isReadOnly()) {
        try {
            m_journal = std::make_unique<OfflineJournal>();
            m_saveQueue->setJournal(m_journal.get());
        } catch (const StorageError& e) {
            trouble = true;
            messages << e.message() + QLatin1Char(' ') +
                            tr("Edits that cannot reach the team server are copied to a recovery file "
                               "instead; a later start does not save them by itself.");
        }
        // Before anything is shown or typed: the earlier run's edits are older than any new one.
        messages << replayLeftovers(&toldAbout, &trouble);
        // What the server could not take at the start (it went away again) is made once it is
        // back, before this run's own edits of the same things can be overwritten by it later.
        if (m_serverChanges) {
            connect(m_serverChanges.get(), &ServerChanges::resumed, this, [this] {
                QString told;
                bool problem = false;
                const QString message = replayLeftovers(&told, &problem);
                if (!message.isEmpty())
                    setSaveState(message, problem);
            });
        }
    }
    // Left by a run that was killed or closed with changes it could not save (a full disk, a
    // file it could not write): said once, at the start, so they are not forgotten.
    QStringList files = RecoveryFiles::existing(m_database.path());
    files.removeAll(toldAbout);
    files.sort();
    if (!files.isEmpty()) {
        trouble = true;
        messages << (files.size() == 1
                         ? tr("Edits an earlier session could not save are in %1; open it to copy "
                              "what you need back into the app, then delete it.")
                               .arg(files.constLast())
                         : tr("Edits earlier sessions could not save are in %1 and %2 more "
                              "recovery files beside it; open them to copy what you need back "
                              "into the app, then delete them.")
                               .arg(files.constLast())
                               .arg(files.size() - 1));
    }
    messages.removeAll(QString());
    if (messages.isEmpty())
        return;
    setSaveState(messages.join(QLatin1Char(' ')), trouble);
}

void MainWindow::refreshIfStale(Page page)
{
    if (!m_staleDeskPages.remove(page))
        return;
    try {
        switch (page) {
        case Page::Candidates:
            m_candidates->reload();
            break;
        case Page::Compare:
            m_compare->reload();
            break;
        case Page::Calibration:
            m_calibration->reload();
            break;
        case Page::Search:
            m_search->search(m_search->searchEdit()->text());
            break;
        default:
            break;
        }
    } catch (const StorageError& e) {
        setSaveState(e.message(), true);
    }
}

Viewer MainWindow::viewer() const
{
    // On a team server the login's roles decide, not the manager passphrase.
    if (const std::optional<Viewer>& server = m_database.serverViewer())
        return *server;
    if (m_manager)
        return *m_manager;
    // Fails closed: nobody remembered, someone the database does not know, a name two people share,
    // or an error while looking it up all mean nobody, who sees no panel.
    try {
        if (const std::optional<Interviewer> me = RememberedInterviewer::in(m_database))
            return Viewer::interviewerOnly(me->id);
    } catch (const StorageError&) {
    }
    return Viewer::nobody();
}

void MainWindow::setManagerMode(bool on)
{
    if (on && m_database.serverViewer()) {
        m_prompts->inform(
            this, tr("Manager mode"),
            m_database.serverViewer()->manager
                ? tr("Your login is a manager on this team server: blind scoring is already off "
                     "for you.")
                : tr("On a team server, the server decides who is a manager. Ask its "
                     "administrator to make your login one (interview-cli server add-user "
                     "--manager)."));
        on = false;
    }
    if (!on) {
        m_manager.reset();
    } else if (!m_manager) {
        m_manager = askManagerPassphrase(tr("Manager mode"));
    }
    // Never remembered: every start of the app begins with blind scoring on.
    const QSignalBlocker quiet(m_ui->actionManagerMode);
    m_ui->actionManagerMode->setChecked(m_manager.has_value());
    showPage(currentPage());
}

std::optional<Viewer> MainWindow::askManagerPassphrase(const QString& title)
{
    try {
        if (!ManagerPassphrase::isSet(m_database)) {
            const std::optional<QString> chosen = m_prompts->askSecret(
                this, title,
                tr("Choose a manager passphrase for this database (at least %n characters). It unlocks "
                   "manager mode, where blind scoring is off, and erasing candidates.",
                   nullptr, ManagerPassphrase::minimumLength));
            if (!chosen)
                return std::nullopt;
            const std::optional<QString> again =
                m_prompts->askSecret(this, title, tr("Type the manager passphrase once more."));
            if (!again)
                return std::nullopt;
            if (*again != *chosen) {
                m_prompts->inform(this, title, tr("The two passphrases differ; nothing was set."));
                return std::nullopt;
            }
            ManagerPassphrase::set(m_database, *chosen);
            return ManagerPassphrase::unlock(m_database, *chosen);
        }
        const std::optional<QString> given =
            m_prompts->askSecret(this, title, tr("The manager passphrase of this database:"));
        if (!given)
            return std::nullopt;
        if (std::optional<Viewer> manager = ManagerPassphrase::unlock(m_database, *given))
            return manager;
        m_prompts->inform(this, title, tr("That is not the manager passphrase."));
    } catch (const StorageError& e) {
        m_prompts->inform(this, title, e.message());
    }
    return std::nullopt;
}

void MainWindow::applyColorScheme(const QString& key)
{
    QSettings().setValue(QStringLiteral("appearance/scheme"), key);
    ColorSchemes::apply(ColorSchemes::fromKey(key));
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    // The single-key interview actions only while the interview is on screen: on the candidates
    // page, "3" must not score the open interview behind it.
    const bool onInterview = m_ui->pages->currentWidget() == m_screen || isCompactMode();
    const bool editable = open && onInterview && !m_session->isReadOnly();
    for (QAction* a : m_actions->interviewActions())
        a->setEnabled(editable);
    // Moving between questions still makes sense on a submitted scorecard.
    m_actions->next->setEnabled(open && onInterview);
    m_actions->previous->setEnabled(open && onInterview);
    const Page page = currentPage();
    m_ui->actionGoInterview->setChecked(page == Page::Interview);
    m_ui->actionGoCandidates->setChecked(page == Page::Candidates);
    m_ui->actionGoCompare->setChecked(page == Page::Compare);
    m_ui->actionGoCalibration->setChecked(page == Page::Calibration);
    m_ui->actionGoSearch->setChecked(page == Page::Search);
    m_ui->actionGoQuestions->setChecked(page == Page::Questions);
    m_ui->actionGoKits->setChecked(page == Page::Kits);
    m_actions->compactMode->setEnabled(open);
    m_takeOver->setEnabled(open && (m_session->access() == InterviewSession::Access::OpenElsewhere ||
                                    m_session->access() == InterviewSession::Access::TakenOver));
    m_ui->actionCloseInterview->setEnabled(open);
    m_ui->actionExportScorecard->setEnabled(open);
    m_ui->actionExportPacket->setEnabled(open);
    m_ui->actionPrintPreview->setEnabled(open);
    updateTitle();
}

void MainWindow::updateTitle()
{
    // Qt adds the application's name to a title that does not end with it: it ends every title.
    QString what;
    if (m_session) {
        what = m_session->isClockPaused() ? tr("%1 (clock paused)").arg(m_session->candidate().name)
                                          : m_session->candidate().name;
    }
    if (m_database.isReadOnly())
        what = what.isEmpty() ? tr("read-only") : tr("%1 (read-only)").arg(what);
    setWindowTitle(what.isEmpty() ? tr("Interview Assistant") : tr("%1 — Interview Assistant").arg(what));
}

void MainWindow::showHome()
{
    const QString interviewer = RememberedInterviewer::load().name;
    try {
        m_home->reload(m_database, interviewer);
    } catch (const StorageError& e) {
        setSaveState(e.message(), true);
    }
    m_ui->pages->setCurrentWidget(m_home);
    updateActions();
    m_home->focusDefault();
}

Interviewer MainWindow::interviewerAtTheKeyboard(const StartRequest& request)
{
    // On a team server the login is the interviewer (the server writes no one else's interviews);
    // elsewhere the name typed on the home page, remembered for next time.
    if (const std::optional<Viewer>& server = m_database.serverViewer(); server && server->interviewer != 0) {
        if (const std::optional<Interviewer> me =
                InterviewerRepository(m_database).get(server->interviewer)) {
            RememberedInterviewer::save(*me);
            return *me;
        }
    }
    return RememberedInterviewer::forTypedName(m_database, request.interviewer, request.interviewerEmail);
}

bool MainWindow::startInterview(const StartRequest& request)
{
    InterviewId id = 0;
    try {
        const std::optional<Kit> kit = KitRepository(m_database).get(request.kit);
        if (!kit)
            throw StorageError(StorageError::Kind::Failed, tr("The chosen kit no longer exists."));
        CandidateId candidate = request.candidate;
        const QString newRole = request.newCandidateRole.isEmpty() ? kit->role : request.newCandidateRole;
        if (candidate == 0) {
            // A second record of someone already here would split their panel in two.
            Candidate typed;
            typed.name = request.newCandidateName;
            typed.role = newRole;
            const QList<Candidate> alike = CandidateRepository(m_database).lookAlikes(typed);
            if (!alike.isEmpty() &&
                m_prompts->confirm(
                    this, tr("Already a candidate"),
                    tr("%1 is already a candidate for %2%3. Interview them, rather than adding a "
                       "second %1?")
                        .arg(alike.first().name, alike.first().role,
                             alike.first().email.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (%1)").arg(alike.first().email)),
                    tr("Interview %1").arg(alike.first().name)))
                candidate = alike.first().id;
        }
        if (candidate == 0) {
            Candidate c;
            c.name = request.newCandidateName;
            c.role = newRole;
            c.status = CandidateStatus::Interviewing;
            candidate = CandidateRepository(m_database).create(c).id;
        }
        const Interviewer interviewer = interviewerAtTheKeyboard(request);
        id = InterviewRepository(m_database)
                 .create(candidate, interviewer.id, *kit, QDateTime::currentDateTimeUtc())
                 .id;
    } catch (const StorageError& e) {
        m_prompts->inform(this, tr("Could not start the interview"), e.message());
        return false;
    }
    if (!openInterview(id))
        return false;
    m_session->startClock();
    return true;
}

bool MainWindow::resumeInterview(InterviewId id)
{
    // Resuming an unfinished interview from the home page is what its interviewer does: like
    // starting one, it says who is at the keyboard (which blind scoring then goes by).
    try {
        const std::optional<Interview> target = InterviewRepository(m_database).get(id);
        if (target && target->state != InterviewState::Submitted)
            RememberedInterviewer::rememberFrom(m_database, target->interviewerId);
    } catch (const StorageError&) {
        // openInterview says what is wrong.
    }
    return openInterview(id);
}

bool MainWindow::openInterview(InterviewId id)
{
    // Blind scoring: someone else's scorecard of a candidate you still have to interview stays shut;
    // one you may see opens for reading (a scorecard is its interviewer's to change).
    bool mayEdit = false;
    try {
        const std::optional<Interview> target = InterviewRepository(m_database).get(id);
        if (!target)
            throw StorageError(StorageError::Kind::Gone, tr("The interview no longer exists."));
        const VisibilityPolicy policy(m_database, viewer());
        policy.requireMayOpen(*target);
        mayEdit = policy.mayEdit(*target);
    } catch (const StorageError& e) {
        m_prompts->inform(this,
                          e.kind() == StorageError::Kind::Denied ? tr("Blind scoring")
                                                                 : tr("Could not open the interview"),
                          e.message());
        return false;
    }
    closeInterview();
    try {
        m_session = std::make_unique<InterviewSession>(
            m_database, id, m_clock,
            InterviewSession::Opening{m_saveQueue.get(), RememberedInterviewer::load().name, mayEdit});
    } catch (const StorageError& e) {
        m_prompts->inform(this, tr("Could not open the interview"), e.message());
        showHome();
        return false;
    }
    InterviewSession* session = m_session.get();
    connect(session, &InterviewSession::errorOccurred, this,
            [this](const QString& message) { setSaveState(message, true); });
    connect(session, &InterviewSession::recovered, this,
            [this](const QString& message) { setSaveState(message, false); });
    connect(session, &InterviewSession::stateChanged, this, &MainWindow::updateActions);
    connect(session, &InterviewSession::accessChanged, this, &MainWindow::updateActions);
    // Erased meanwhile (by this window or another program): nothing more can be saved for it.
    connect(session, &InterviewSession::gone, this, &MainWindow::closeInterviewBecause, Qt::QueuedConnection);
    m_screen->setSession(session);
    m_compact->setSession(session);
    m_ui->pages->setCurrentWidget(m_screen);
    connect(session, &InterviewSession::clockChanged, this, &MainWindow::updateTitle);
    connect(session, &InterviewSession::candidateChanged, this, &MainWindow::updateTitle);
    updateActions();
    m_screen->questionTree()->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::closeInterview()
{
    if (isCompactMode())
        setCompactMode(false);
    if (m_session) {
        m_session->pauseClock();
        m_session->flush();
        m_screen->setSession(nullptr);
        m_compact->setSession(nullptr);
        m_session.reset();
    }
    showHome();
}

void MainWindow::closeInterviewBecause(const QString& message)
{
    if (!m_session)
        return;
    closeInterview();
    setSaveState(message, true);
    m_prompts->inform(this, tr("Interview closed"), message);
}

void MainWindow::setCompactMode(bool compact)
{
    if (compact == isCompactMode() || (compact && !m_session)) {
        m_actions->compactMode->setChecked(isCompactMode());
        return;
    }
    if (m_session)
        m_session->flush();
    if (compact) {
        saveLayout();
        m_compact->showForCall(screen());
        hide();
    } else {
        // A hidden window keeps its geometry and layout; showing it again restores both.
        show();
        m_compact->hide();
        raise();
        activateWindow();
    }
    m_actions->compactMode->setChecked(compact);
}

bool MainWindow::isCompactMode() const
{
    return m_compact->isVisible();
}

QWidget* MainWindow::visibleWindow()
{
    return isCompactMode() ? static_cast<QWidget*>(m_compact.get()) : this;
}

void MainWindow::submitInterview()
{
    if (!m_session || m_session->isReadOnly())
        return;
    if (isCompactMode())
        setCompactMode(false);
    const SubmitCheck check = m_session->submitCheck();
    if (!check.canSubmit()) {
        QStringList lines;
        for (int index : check.unscoredAskedEntries) {
            lines << tr("• %1. %2 has notes or highlights but no score; score it (1–4) or skip it (S).")
                         .arg(index + 1)
                         .arg(m_session->entry(index).question.title);
        }
        if (check.nothingScored)
            lines << tr("• No question has a score yet.");
        if (check.missingRecommendation)
            lines << tr("• Choose a recommendation: Strong No, No, Yes or Strong Yes.");
        m_prompts->inform(this, tr("Not ready to submit"),
                          tr("Before submitting:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    QString text = tr("Submit the scorecard for %1? It becomes read-only until you reopen it.")
                       .arg(m_session->candidate().name);
    if (!check.neverAskedEntries.isEmpty()) {
        // A long kit's list stays short enough for the buttons to stay on a laptop's screen.
        constexpr int shown = 10;
        QStringList titles;
        for (int index : check.neverAskedEntries.mid(0, shown))
            titles << tr("• %1. %2").arg(index + 1).arg(m_session->entry(index).question.title);
        if (check.neverAskedEntries.size() > shown)
            titles << tr("• and %n more", nullptr, int(check.neverAskedEntries.size()) - shown);
        text = tr("%n question(s) were never asked (no score, no skip, no notes):", nullptr,
                  int(check.neverAskedEntries.size())) +
               QLatin1Char('\n') + titles.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
               tr("They stay unscored and do not count. %1").arg(text);
    }
    // Questions left out may be an accident: then Return keeps the interview open.
    const bool submitting =
        check.neverAskedEntries.isEmpty()
            ? m_prompts->confirm(this, tr("Submit scorecard"), text, tr("Submit"))
            : m_prompts->confirmDestructive(this, tr("Submit scorecard"), text, tr("Submit"));
    if (!submitting)
        return;
    m_session->submit();
    if (m_session->isReadOnly())
        setSaveState(tr("Scorecard submitted"), false);
}

bool MainWindow::takeOverInterview()
{
    if (!m_session)
        return false;
    const InterviewSession::Access access = m_session->access();
    if (access != InterviewSession::Access::OpenElsewhere && access != InterviewSession::Access::TakenOver)
        return false;
    const QString who = m_session->otherHolder().holderName.isEmpty() ? tr("the other window")
                                                                      : m_session->otherHolder().holderName;
    if (!m_prompts->confirm(this, tr("Take over the interview"),
                            tr("Edit %1's interview here? %2 can then only read it; nothing typed there is "
                               "lost.")
                                .arg(m_session->candidate().name, who),
                            tr("Take Over")))
        return false;
    if (!m_session->takeOver())
        return false;
    setSaveState(tr("You are editing this interview here now."), false);
    return true;
}

void MainWindow::reopenInterview()
{
    if (!m_session || !m_session->isReadOnly())
        return;
    const std::optional<QString> reason =
        m_prompts->askText(this, tr("Reopen scorecard"),
                           tr("Why reopen it? (kept with the time, so the panel can see it was changed)"));
    if (!reason)
        return;
    m_session->reopen(*reason);
}

QString MainWindow::askExportPath(const QString& title, const QString& fileName)
{
    return m_prompts->exportPath(this, title, fileName, tr("PDF documents (*.pdf)"));
}

bool MainWindow::exportScorecard()
{
    if (!m_session)
        return false;
    m_session->flush();
    const Interview& interview = m_session->interview();
    const QDate date = (interview.startedAt.isValid() ? interview.startedAt : QDateTime::currentDateTimeUtc())
                           .toLocalTime()
                           .date();
    const QString path = askExportPath(
        tr("Export scorecard"),
        ReportExporter::defaultFileName(interview.candidateName, QStringLiteral("scorecard"), date));
    if (path.isEmpty())
        return false;
    try {
        const ReportExporter::Export result =
            ReportExporter(m_database, PdfReportWriter::defaultPageSize(), viewer())
                .scorecard(interview.id, path);
        return reportExport(result);
    } catch (const StorageError& e) {
        m_prompts->inform(this, tr("Export failed"), e.message());
        return false;
    }
}

bool MainWindow::reportExport(const ReportExporter::Export& result)
{
    if (!result.ok) {
        m_prompts->inform(this, tr("Export failed"), result.error);
        return false;
    }
    setSaveState(tr("Exported %1").arg(result.path), false);
    return true;
}

bool MainWindow::exportPacket()
{
    if (!m_session)
        return false;
    m_session->flush();
    return exportPacketOf(m_session->candidate().id);
}

bool MainWindow::exportPacketOf(CandidateId candidate)
{
    try {
        const std::optional<Candidate> c = CandidateRepository(m_database).get(candidate);
        if (!c)
            return false;
        const QString path = askExportPath(
            tr("Export debrief packet"),
            ReportExporter::defaultFileName(c->name, QStringLiteral("debrief"), QDate::currentDate()));
        if (path.isEmpty())
            return false;
        const ReportExporter::Export result =
            ReportExporter(m_database, PdfReportWriter::defaultPageSize(), viewer()).packet(candidate, path);
        return reportExport(result);
    } catch (const StorageError& e) {
        m_prompts->inform(this, tr("Export failed"), e.message());
        return false;
    }
}

bool MainWindow::exportAllPackets()
{
    if (m_session)
        m_session->flush();
    const QString folder = m_prompts->exportFolder(this, tr("Export all debrief packets"));
    if (folder.isEmpty())
        return false;
    const ReportExporter exporter(m_database, PdfReportWriter::defaultPageSize(), viewer());
    QList<ReportExporter::Export> written;
    int total = 0;
    bool cancelled = false;
    try {
        cancelled = BackgroundWork::run(
            this, tr("Writing debrief packets to %1…").arg(QDir::toNativeSeparators(folder)), m_database,
            [&](BackgroundWork::Progress& progress) {
                ReportExporter::BatchOptions batch;
                // Called one at a time; the dialog shows done of total, and Cancel stops the batch
                // after the packets under way (each file is whole or not there).
                batch.progress = [&](int done, int all, const ReportExporter::Export&) {
                    total = all;
                    return progress.report(done, all);
                };
                written = exporter.allPackets(folder, batch);
            });
    } catch (const StorageError& e) {
        m_prompts->inform(this, tr("Export failed"), e.message());
        return false;
    }
    if (total == 0) {
        // No file was begun: none to write, or the folder itself could not be made.
        m_prompts->inform(
            this, tr("Export all debrief packets"),
            written.isEmpty()
                ? tr("No candidate has a submitted interview you may see yet; nothing was written.")
                : written.first().error);
        return false;
    }
    int ok = 0;
    QStringList failures;
    for (const ReportExporter::Export& file : std::as_const(written)) {
        if (file.ok)
            ++ok;
        else
            failures << file.error;
    }
    const QString where = QDir::toNativeSeparators(folder);
    QString message =
        cancelled && written.size() < total
            ? tr("Stopped. Debrief packets written to %3: %1 of %2; the others were not written.")
                  .arg(QString::number(ok), QString::number(total), where)
            : tr("Debrief packets written to %3: %1 of %2.")
                  .arg(QString::number(ok), QString::number(total), where);
    if (!failures.isEmpty()) {
        constexpr int shown = 5;
        message += QStringLiteral("\n\n") + tr("Not written:") + QLatin1Char('\n') +
                   failures.mid(0, shown).join(QLatin1Char('\n'));
        if (failures.size() > shown)
            message += QLatin1Char('\n') + tr("… and %1 more.").arg(failures.size() - shown);
    }
    setSaveState(message.section(QLatin1Char('\n'), 0, 0), false);
    m_prompts->inform(this, tr("Export all debrief packets"), message);
    return ok > 0;
}

void MainWindow::printPreview()
{
    if (!m_session)
        return;
    m_session->flush();
    QString footer;
    QString html;
    try {
        html = ReportExporter(m_database, PdfReportWriter::defaultPageSize(), viewer())
                   .scorecardHtml(m_session->interview().id, &footer);
    } catch (const StorageError& e) {
        m_prompts->inform(this, tr("Print preview"), e.message());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PdfReportWriter::defaultPageSize());
    printer.setDocName(footer);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview — %1").arg(footer));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [html, footer](QPrinter* target) {
        const std::unique_ptr<QTextDocument> document = PdfReportWriter::document(html);
        PdfReportWriter::paint(*document, *target, footer);
    });
    preview.exec();
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

QAbstractItemView* MainWindow::questionList() const
{
    return m_home->questionList();
}

QuestionView* MainWindow::questionView() const
{
    return m_home->questionView();
}

void MainWindow::setSaveState(const QString& text, bool isError)
{
    m_saveState->setText(text);
    m_saveState->setToolTip(text);
    m_saveState->setStyleSheet(
        isError ? QStringLiteral("color: %1; font-weight: bold;").arg(StatusColors::error(palette()).name())
                : QString());
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* text = new QTextBrowser(&dialog);
    QString html =
        QStringLiteral("<p>%1</p><table cellpadding='3'>")
            .arg(tr("During an interview these keys work whenever you are not typing in a text field. "
                    "Esc leaves a text field.")
                     .toHtmlEscaped());
    QList<QAction*> listed = m_actions->all();
    listed << m_ui->actionNewInterview << m_ui->actionCloseInterview;
    for (const QAction* a : std::as_const(listed)) {
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QStringLiteral(" / ")).toHtmlEscaped(),
                         a->text().remove(QLatin1Char('&')).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    text->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(460, 520);
    dialog.exec();
}

void MainWindow::showAbout()
{
    VersionInfo versions;
    try {
        versions = VersionInfo::collect(&m_database);
    } catch (const StorageError&) {
        versions = VersionInfo::collect(nullptr);
    }
    AboutDialog dialog(versions, this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray()))
        fitScreen();
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_screen->restoreLayout(settings);
}

void MainWindow::fitScreen()
{
    // First start: the whole of a laptop's screen (the status bar in view), most of a large one.
    const QScreen* where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where)
        return;
    const QRect available = where->availableGeometry();
    if (available.width() < 1600 || available.height() < 960) {
        setGeometry(available);
        setWindowState(windowState() | Qt::WindowMaximized);
        return;
    }
    const QSize size(available.width() * 85 / 100, available.height() * 85 / 100);
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    if (isVisible()) {
        settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    }
    m_screen->saveLayout(settings);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    if (isVisible())
        m_layoutSaver->start();
}

void MainWindow::moveEvent(QMoveEvent* event)
{
    QMainWindow::moveEvent(event);
    if (isVisible())
        m_layoutSaver->start();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session)
        m_session->pauseClock();
    m_saveQueue->flush();
    if (m_saveQueue->hasPending()) {
        const QString where = m_saveQueue->keepInRecoveryFile();
        if (m_saveQueue->keptInJournal()) {
            // Safe on this computer, not yet where the panel can see it.
            if (!m_prompts->confirm(
                    this, tr("Not on the team server yet"),
                    tr("Some changes could not reach the team server yet. They are kept on this "
                       "computer and saved the next time you open this server. Quit?"),
                    tr("Quit"))) {
                event->ignore();
                return;
            }
            saveLayout();
            QMainWindow::closeEvent(event);
            return;
        }
        const QString text =
            where.isEmpty()
                ? tr("Some changes could not be saved to the database yet (see the status bar). Quit anyway "
                     "and lose them?")
                : tr("Some changes could not be saved to the database yet (see the status bar). A copy of "
                     "them is in %1. Quit anyway?")
                      .arg(where);
        if (!m_prompts->confirmDestructive(this, tr("Unsaved changes"), text, tr("Quit anyway"))) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace ia
