#pragma once

#include "domain/Highlight.h"
#include "interview/InterviewSession.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class CompactWindow;
}

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
    void focusNoteLine();
    void editHighlight(HighlightId id); // the note line types into this highlight until Enter

    QString titleText() const;
    QString timerText() const;
    QString noteLineText() const;
    int checkedScore() const; // 0 when none

signals:
    void expandRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void refreshClock();
    void noteLineEdited(const QString& text);
    void noteLineFinished();

    std::unique_ptr<Ui::CompactWindow> m_ui;
    InterviewScreen& m_screen;
    QPointer<InterviewSession> m_session;
    HighlightId m_editingHighlight = 0;
    bool m_updating = false;
};

} // namespace ia
