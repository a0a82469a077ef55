#pragma once

#include "domain/Ids.h"
#include "ui/HomePage.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QAbstractItemView;
class QLabel;

namespace ia {

class Clock;
class CompactWindow;
class Database;
class InterviewActions;
class InterviewScreen;
class InterviewSession;
class QuestionView;
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
    void closeInterview();

    void setCompactMode(bool compact);
    bool isCompactMode() const;
    void submitInterview();
    void reopenInterview();
    // File menu: the open interview's scorecard, its candidate's debrief packet, a print preview.
    bool exportScorecard();
    bool exportPacket();
    void printPreview();

    void setPrompts(std::unique_ptr<UserPrompts> prompts);

    HomePage* homePage() const { return m_home; }
    InterviewScreen* interviewScreen() const { return m_screen; }
    CompactWindow* compactWindow() const { return m_compact.get(); }
    InterviewActions* interviewActions() const { return m_actions; }
    InterviewSession* session() const { return m_session.get(); }
    // The window to show (or photograph): the compact strip in compact mode.
    QWidget* visibleWindow();

    // The home page's kit browser.
    QAbstractItemView* questionList() const;
    QuestionView* questionView() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void updateActions();
    void showHome();
    void showShortcuts();
    void showAbout();
    void applyColorScheme(const QString& key);
    void restoreLayout();
    void saveLayout() const;
    void setSaveState(const QString& text, bool isError);
    QString askExportPath(const QString& title, const QString& fileName);

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Database& m_database;
    std::unique_ptr<Clock> m_ownClock;
    const Clock& m_clock;
    std::unique_ptr<UserPrompts> m_prompts;
    TextInputShortcutGuard* m_guard;
    InterviewActions* m_actions;
    HomePage* m_home;
    InterviewScreen* m_screen;
    // A window of its own, not a child: the desktop must not hide it with the hidden main window.
    std::unique_ptr<CompactWindow> m_compact;
    QLabel* m_saveState;
    std::unique_ptr<InterviewSession> m_session;
};

} // namespace ia
