#pragma once

#include "domain/Ids.h"
#include "domain/Viewer.h"
#include "reports/ReportExporter.h"
#include "ui/HomePage.h"

#include <QMainWindow>
#include <QSet>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QAbstractItemView;
class QAction;
class QLabel;
class QTimer;

class QUndoGroup;

namespace ia {

class CalibrationPage;
struct Interviewer;
class CandidatesPage;
class Clock;
class ComparePage;
class SearchPage;
class ServerChanges;
class QuestionsPage;
class KitsPage;
class CompactWindow;
class ElidedLabel;
class Database;
class OfflineJournal;
class InterviewActions;
class InterviewScreen;
class InterviewSession;
class PanelExchange;
class QuestionView;
class SaveQueue;
class TextInputShortcutGuard;
class UserPrompts;

// The main window: the home page (start or resume an interview, browse a kit) and the interview
// screen, the compact strip, menus with every interview key, and a status bar that says when
// changes are saved. Remembers its geometry, splitters and the interviewer's name.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // clock: the interview clock's time source (a fake one in tests); a steady clock when null.
    explicit MainWindow(const Database& database, const Clock* clock = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Creates the candidate (if new) and the interview, opens it and starts the clock.
    bool startInterview(const StartRequest& request);
    // Opens an existing interview; a resumed one waits for Space to continue the clock.
    bool openInterview(InterviewId id);
    // The home page's Resume: the person at the keyboard is that interview's interviewer.
    bool resumeInterview(InterviewId id);
    void closeInterview();

    void setCompactMode(bool compact);
    bool isCompactMode() const;
    void submitInterview();
    void reopenInterview();
    // Takes the open interview over from the window that has it (after asking).
    bool takeOverInterview();
    // File menu: the open interview's scorecard, its candidate's debrief packet, a print preview.
    bool exportScorecard();
    bool exportPacket();
    bool exportPacketOf(CandidateId candidate);
    // Every packet the viewer may see, into a chosen folder, with a progress dialog that can stop
    // it; says what was written. False when nothing was (cancelled at once, failed, none to write).
    bool exportAllPackets();
    void printPreview();

    // The hiring manager's desk.
    enum class Page
    {
        Interview,
        Candidates,
        Compare,
        Calibration,
        Search,
        Questions,
        Kits,
    };
    void showPage(Page page);
    Page currentPage() const;
    // Who is looking: the remembered interviewer, blinded unless manager mode is on.
    Viewer viewer() const;
    // Turning it on asks for the manager passphrase (setting it on first use).
    void setManagerMode(bool on);
    // Asks for the passphrase (or to choose one); the manager's view when it was right.
    std::optional<Viewer> askManagerPassphrase(const QString& title);

    void setPrompts(std::unique_ptr<UserPrompts> prompts);

    HomePage* homePage() const { return m_home; }
    CandidatesPage* candidatesPage() const { return m_candidates; }
    ComparePage* comparePage() const { return m_compare; }
    CalibrationPage* calibrationPage() const { return m_calibration; }
    SearchPage* searchPage() const { return m_search; }
    QuestionsPage* questionsPage() const { return m_questions; }
    KitsPage* kitsPage() const { return m_kits; }
    InterviewScreen* interviewScreen() const { return m_screen; }
    CompactWindow* compactWindow() const { return m_compact.get(); }
    InterviewActions* interviewActions() const { return m_actions; }
    InterviewSession* session() const { return m_session.get(); }
    SaveQueue& saveQueue() const { return *m_saveQueue; }

    // Another database asked for (File → New/Open database…, Open recent): the window closes and
    // main opens that one instead. Empty when the window closed for good.
    const QString& requestedDatabase() const { return m_requestedDatabase; }
    // Databases opened lately, newest first (this one included).
    static QStringList recentDatabases();
    // Bundles given on the command line (the desktop file's %F): imported as if dropped.
    void importBundles(const QStringList& paths);
    // The window to show (or photograph): the compact strip in compact mode.
    QWidget* visibleWindow();

    // The home page's kit browser.
    QAbstractItemView* questionList() const;
    QuestionView* questionView() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void moveEvent(QMoveEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    // Who starts the interview asked for: see its definition.
    Interviewer interviewerAtTheKeyboard(const StartRequest& request);
    void listenForColleagues();
    // Journals the edits a server cannot take now, saves those an earlier run left, and says what
    // an earlier run could not save.
    void keepEditsFromEarlierRuns();
    // Makes what ended runs left in the journal; what to tell the user, or empty.
    QString replayLeftovers(QString* toldAbout, bool* trouble);
    // Reloads a desk page whose data colleagues changed since it was last shown.
    void refreshIfStale(Page page);
    void setIconsAndStandardKeys(QAction* undo, QAction* redo);
    void updateActions();
    void updateTitle(); // the candidate, and whether the clock is paused
    void showHome();
    void showShortcuts();
    void showAbout();
    void applyColorScheme(const QString& key);
    void restoreLayout();
    void fitScreen();
    void saveLayout() const;
    void setSaveState(const QString& text, bool isError);
    void afterImport(); // pages show what an import brought
    void switchDatabase(const QString& path);
    void newDatabase();
    void openDatabase();
    void connectToServer();
    void fillRecentMenu();
    void closeInterviewBecause(const QString& message);
    QString askExportPath(const QString& title, const QString& fileName);
    bool reportExport(const ReportExporter::Export& result); // says where it went, or why it failed

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Database& m_database;
    // Where edits wait while a team server is away; before the queue, which writes to it until it goes.
    std::unique_ptr<OfflineJournal> m_journal;
    // The one save path of every edit in this window (interview and profiles alike).
    std::unique_ptr<SaveQueue> m_saveQueue;
    std::unique_ptr<Clock> m_ownClock;
    const Clock& m_clock;
    std::unique_ptr<UserPrompts> m_prompts;
    TextInputShortcutGuard* m_guard;
    InterviewActions* m_actions;
    HomePage* m_home;
    InterviewScreen* m_screen;
    CandidatesPage* m_candidates;
    ComparePage* m_compare;
    CalibrationPage* m_calibration;
    SearchPage* m_search;
    QuestionsPage* m_questions;
    KitsPage* m_kits;
    // Edit → Undo follows the page: the interview's steps, or the question editor's.
    QUndoGroup* m_undoGroup;
    // A window of its own, not a child: the desktop must not hide it with the hidden main window.
    std::unique_ptr<CompactWindow> m_compact;
    ElidedLabel* m_saveState;
    QAction* m_takeOver;
    QTimer* m_layoutSaver; // writes the layout a moment after it last changed
    // The manager's view while manager mode is on (unlocked with the passphrase, never remembered).
    std::optional<Viewer> m_manager;
    std::unique_ptr<InterviewSession> m_session;
    std::unique_ptr<PanelExchange> m_exchange;
    std::unique_ptr<ServerChanges> m_serverChanges;
    QTimer* m_deskRefresh = nullptr;
    QSet<Page> m_staleDeskPages;
    QString m_requestedDatabase;
};

} // namespace ia
