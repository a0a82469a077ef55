#pragma once

#include "domain/Highlight.h"
#include "interview/InterviewSession.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class CompactWindow;
}

class QScreen;

namespace ia {

class InterviewScreen;

// A small always-on-top strip for a call: the question title, the clock, score keys and one note
// line. It shows the same session as the full window, through the same screen, so both always
// agree. The note line edits the last line of the question's note; Enter starts a new line. After
// H it edits the new highlight's text instead, until Enter.
class CompactWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CompactWindow(InterviewScreen& screen, QWidget* parent = nullptr);
    ~CompactWindow() override;

    void setSession(InterviewSession* session);
    // Shows the strip where it was last, or at the top centre of the screen the first time.
    void showForCall(QScreen* beside = nullptr);
    void focusNoteLine();
    void editHighlight(HighlightId id); // the note line types into this highlight until Enter

    QString titleText() const;
    QString timerText() const;
    QString noteLineText() const;
    int checkedScore() const;     // 0 when none
    bool keysCueSaysHere() const; // the cue says the keys reach the strip (it is the active window)

signals:
    void expandRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void moveEvent(QMoveEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void refreshClock();
    void refreshTitle();
    void refreshCue();
    void showTitle();
    void savePlace();
    void noteLineEdited(const QString& text);
    void noteLineFinished();

    std::unique_ptr<Ui::CompactWindow> m_ui;
    InterviewScreen& m_screen;
    QPointer<InterviewSession> m_session;
    HighlightId m_editingHighlight = 0;
    bool m_updating = false;
    bool m_showsPaused = false;
    QString m_title; // the question's title, elided to the label's width when shown
    QTimer m_placeSaver;
};

} // namespace ia
