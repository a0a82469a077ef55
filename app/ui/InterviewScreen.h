#pragma once

#include "domain/Highlight.h"
#include "interview/InterviewSession.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class InterviewScreen;
}

class QPlainTextEdit;
class QSettings;
class QTreeView;
class QUndoStack;

namespace ia {

class CandidateProfileWidget;
class CodeAnswerEditor;
class HighlightPanel;
class QuestionView;
class ScorecardModel;
class ScorePanel;
class TimerPanel;
class WrapUpPanel;

// The screen an interviewer lives in during a call: questions on the left, the current question
// with its rubric beside the score buttons, evidence note and highlights in the centre, clock,
// candidate profile and wrap-up on the right. It owns the undo stack of the open session; the
// session itself belongs to the main window and outlives the stack's commands (see SessionCommand).
class InterviewScreen : public QWidget
{
    Q_OBJECT
public:
    explicit InterviewScreen(QWidget* parent = nullptr);
    ~InterviewScreen() override;

    void setSession(InterviewSession* session);
    InterviewSession* session() const { return m_session; }
    QUndoStack* undoStack() const { return m_undo; }

    // What the interview keys do.
    void score(int score);
    void skip();
    void next();
    void previous();
    void focusNote();
    HighlightId addHighlight(HighlightFlag flag = HighlightFlag::None, bool editText = true);
    void flag(HighlightFlag flag);
    void recommend(Recommendation recommendation);
    // The highlight F and G act on: the selected one of this question, if any.
    HighlightId currentHighlight() const;

    void showMessage(const QString& text, bool isError);
    // A passing condition (another program's lock): amber, and gone once everything is saved.
    void showWarning(const QString& text);

    void saveLayout(QSettings& settings) const;
    void restoreLayout(const QSettings& settings);

    QTreeView* questionTree() const;
    QuestionView* questionView() const;
    ScorePanel* scorePanel() const;
    QPlainTextEdit* noteEdit() const;
    HighlightPanel* highlightPanel() const;
    CodeAnswerEditor* codeAnswer() const;
    TimerPanel* timerPanel() const;
    CandidateProfileWidget* profile() const;
    WrapUpPanel* wrapUp() const;

    // The banner's text, for tests and screen readers.
    QString bannerText() const;
    // What the banner says while the clock is paused (also how the clock starts again).
    QString pausedText() const;

signals:
    void submitRequested();
    void reopenRequested();
    void takeOverRequested();
    void layoutChanged(); // a splitter moved or the profile opened or closed: worth remembering

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showCurrent();
    void refreshEntry(int index);
    void refreshHighlights();
    void refreshReadOnly();
    void refreshClockBanner();
    void styleBanner();
    void resumeClockForEvidence();
    QString accessText() const;
    void treeCurrentChanged();

    std::unique_ptr<Ui::InterviewScreen> m_ui;
    QPointer<InterviewSession> m_session;
    ScorecardModel* m_model;
    QUndoStack* m_undo;
    bool m_updating = false;
    bool m_showingSaveError = false; // the banner shows a save problem, cleared once all is saved
    bool m_showingPaused = false;    // the banner says the clock is paused, gone once it runs
    enum class BannerTone
    {
        Plain,
        Warning,
        Error,
    };
    BannerTone m_bannerTone = BannerTone::Plain;
};

} // namespace ia
