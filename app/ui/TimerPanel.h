#pragma once

#include "interview/InterviewSession.h"
#include "interview/InterviewTimer.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ia {

// Total elapsed time, and this question's time against its budget: amber from 80 %, red when
// over. Refreshes itself a few times a second while shown; refresh() does it at once.
class TimerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimerPanel(QWidget* parent = nullptr);

    void setSession(InterviewSession* session);
    void refresh();

    BudgetState budgetState() const { return m_state; }
    QString totalText() const;
    QString questionText() const;
    bool showsPaused() const;

signals:
    void toggleRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QPointer<InterviewSession> m_session;
    QLabel* m_total;
    QLabel* m_question;
    QProgressBar* m_progress;
    QPushButton* m_toggle;
    QLabel* m_paused; // shown while the clock is paused
    QTimer* m_ticker;
    BudgetState m_state = BudgetState::Normal;
};

} // namespace ia
