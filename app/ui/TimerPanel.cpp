#include "TimerPanel.h"

#include "interview/InterviewSession.h"
#include "interview/TimeFormat.h"
#include "ui/StatusColors.h"

#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace ia {

TimerPanel::TimerPanel(QWidget* parent)
    : QWidget(parent)
    , m_total(new QLabel(this))
    , m_question(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_toggle(new QPushButton(this))
    , m_paused(new QLabel(tr("PAUSED"), this))
    , m_ticker(new QTimer(this))
{
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setObjectName(QStringLiteral("totalElapsed"));
    m_total->setAccessibleName(tr("Interview time"));
    QFont medium = m_question->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.4);
    m_question->setFont(medium);
    m_question->setObjectName(QStringLiteral("questionElapsed"));
    m_question->setAccessibleName(tr("Time on this question"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_toggle->setFocusPolicy(Qt::TabFocus);
    m_toggle->setObjectName(QStringLiteral("clockToggle"));

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Interview"), this), 0, 0);
    layout->addWidget(m_total, 1, 0);
    // Impossible to miss: a paused clock makes every time on the screen wrong.
    m_paused->setObjectName(QStringLiteral("clockPaused"));
    m_paused->setAccessibleName(tr("The clock is paused"));
    QFont pausedFont = m_paused->font();
    pausedFont.setBold(true);
    m_paused->setFont(pausedFont);
    m_paused->setAlignment(Qt::AlignCenter);
    m_paused->hide();
    layout->addWidget(m_paused, 1, 1, Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(new QLabel(tr("This question"), this), 2, 0);
    layout->addWidget(m_question, 3, 0);
    layout->addWidget(m_progress, 4, 0);
    layout->addWidget(m_toggle, 5, 0);

    connect(m_toggle, &QPushButton::clicked, this, &TimerPanel::toggleRequested);
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &TimerPanel::refresh);
    refresh();
}

void TimerPanel::setSession(InterviewSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &InterviewSession::clockChanged, this, &TimerPanel::refresh);
        connect(m_session, &InterviewSession::currentIndexChanged, this, &TimerPanel::refresh);
        connect(m_session, &InterviewSession::stateChanged, this, &TimerPanel::refresh);
        m_ticker->start();
    } else {
        m_ticker->stop();
    }
    refresh();
}

QString TimerPanel::totalText() const
{
    return m_total->text();
}

QString TimerPanel::questionText() const
{
    return m_question->text();
}

void TimerPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Colours come from the palette: styled afresh on the next refresh.
        m_question->setStyleSheet(QString());
        m_paused->hide();
        refresh();
    }
}

bool TimerPanel::showsPaused() const
{
    return m_paused->isVisibleTo(this);
}

void TimerPanel::refresh()
{
    if (!m_session || m_session->entryCount() == 0) {
        m_paused->hide();
        m_total->setText(TimeFormat::clock(0));
        m_question->setText(QString());
        m_progress->setValue(0);
        m_toggle->setEnabled(false);
        m_toggle->setText(tr("Start clock (Space)"));
        m_state = BudgetState::Normal;
        return;
    }
    const InterviewTimer& timer = m_session->timer();
    const int budget = m_session->entry(m_session->currentIndex()).timeBudgetSeconds;
    const qint64 spentMs = timer.questionMs();
    m_total->setText(TimeFormat::clock(timer.totalMs() / 1000));
    m_question->setText(tr("%1 of %2").arg(TimeFormat::clock(spentMs / 1000), TimeFormat::clock(budget)));
    m_progress->setMaximum(qMax(1, budget));
    m_progress->setValue(int(qMin<qint64>(spentMs / 1000, budget)));

    const BudgetState state = ia::budgetState(spentMs, budget);
    if (state != m_state || m_question->styleSheet().isEmpty()) {
        m_state = state;
        const QString color = state == BudgetState::Over      ? StatusColors::error(palette()).name()
                              : state == BudgetState::Warning ? StatusColors::warning(palette()).name()
                                                              : QString();
        m_question->setStyleSheet(
            color.isEmpty() ? QStringLiteral("QLabel {}")
                            : QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(color));
        m_progress->setStyleSheet(color.isEmpty()
                                      ? QString()
                                      : QStringLiteral("QProgressBar::chunk { background: %1; }").arg(color));
        m_question->setToolTip(state == BudgetState::Over      ? tr("Over the time budget")
                               : state == BudgetState::Warning ? tr("Most of the time budget is used")
                                                               : QString());
    }
    const bool readOnly = m_session->isReadOnly();
    const bool paused = m_session->isClockPaused();
    if (paused && !m_paused->isVisibleTo(this)) {
        m_paused->setStyleSheet(StatusColors::tagStyle(palette()));
    }
    m_paused->setVisible(paused);
    m_toggle->setEnabled(!readOnly);
    const bool submitted = m_session->access() == InterviewSession::Access::Submitted;
    m_toggle->setText(submitted                     ? tr("Submitted")
                      : readOnly                    ? tr("Read-only")
                      : m_session->isClockRunning() ? tr("Pause (Space)")
                      : timer.totalMs() == 0        ? tr("Start clock (Space)")
                                                    : tr("Resume (Space)"));
}

} // namespace ia
