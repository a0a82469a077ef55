#include "CompactWindow.h"

#include "interview/InterviewSession.h"
#include "interview/TimeFormat.h"
#include "ui/InterviewScreen.h"
#include "ui_CompactWindow.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QTimer>

namespace ia {

namespace {

QString lastLine(const QString& note)
{
    const qsizetype newline = note.lastIndexOf(QLatin1Char('\n'));
    return newline < 0 ? note : note.mid(newline + 1);
}

QString withLastLine(const QString& note, const QString& line)
{
    const qsizetype newline = note.lastIndexOf(QLatin1Char('\n'));
    return newline < 0 ? line : note.left(newline + 1) + line;
}

} // namespace

CompactWindow::CompactWindow(InterviewScreen& screen, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::WindowStaysOnTopHint)
    , m_ui(std::make_unique<Ui::CompactWindow>())
    , m_screen(screen)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("compactWindow"));
    // The strip itself takes the keys, so 1-4 score rather than type into the note line.
    setFocusPolicy(Qt::StrongFocus);
    QFont bold = m_ui->questionTitle->font();
    bold.setBold(true);
    m_ui->questionTitle->setFont(bold);
    m_ui->timerLabel->setFont(bold);
    m_ui->noteLine->installEventFilter(this);
    m_ui->expandButton->setToolTip(tr("Back to the full window (Ctrl+Shift+M)"));

    QPushButton* buttons[] = {m_ui->score1, m_ui->score2, m_ui->score3, m_ui->score4};
    for (int s = 1; s <= 4; ++s) {
        buttons[s - 1]->setAccessibleName(tr("Score %1").arg(s));
        connect(buttons[s - 1], &QPushButton::clicked, this, [this, s] {
            m_screen.score(s);
            refresh();
        });
    }
    connect(m_ui->skipButton, &QPushButton::clicked, this, [this] {
        m_screen.skip();
        refresh();
    });
    connect(m_ui->expandButton, &QToolButton::clicked, this, &CompactWindow::expandRequested);
    connect(m_ui->noteLine, &QLineEdit::textEdited, this, &CompactWindow::noteLineEdited);
    connect(m_ui->noteLine, &QLineEdit::returnPressed, this, &CompactWindow::noteLineFinished);

    auto* ticker = new QTimer(this);
    ticker->setInterval(250);
    connect(ticker, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshClock();
    });
    ticker->start();
}

CompactWindow::~CompactWindow() = default;

void CompactWindow::setSession(InterviewSession* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_editingHighlight = 0;
    if (session) {
        connect(session, &InterviewSession::currentIndexChanged, this, [this] {
            m_editingHighlight = 0;
            refresh();
        });
        connect(session, &InterviewSession::entryChanged, this, &CompactWindow::refresh);
        connect(session, &InterviewSession::highlightsChanged, this, &CompactWindow::refresh);
        connect(session, &InterviewSession::stateChanged, this, &CompactWindow::refresh);
        connect(session, &InterviewSession::clockChanged, this, &CompactWindow::refreshClock);
    }
    refresh();
}

void CompactWindow::refresh()
{
    if (!m_session) {
        m_ui->questionTitle->clear();
        return;
    }
    const int index = m_session->currentIndex();
    const ScorecardEntry& e = m_session->entry(index);
    m_ui->questionTitle->setText(
        tr("%1/%2  %3").arg(index + 1).arg(m_session->entryCount()).arg(e.question.title));
    m_ui->questionTitle->setToolTip(e.question.prompt);
    const int chosen = e.status == EntryStatus::Scored && e.score ? *e.score : 0;
    QPushButton* buttons[] = {m_ui->score1, m_ui->score2, m_ui->score3, m_ui->score4};
    for (int s = 1; s <= 4; ++s) {
        buttons[s - 1]->setChecked(s == chosen);
        buttons[s - 1]->setToolTip(e.question.rubric.anchor(s).label);
        buttons[s - 1]->setEnabled(!m_session->isReadOnly());
    }
    m_ui->skipButton->setChecked(e.status == EntryStatus::Skipped);
    m_ui->skipButton->setEnabled(!m_session->isReadOnly());
    m_ui->anchorLabel->setText(chosen ? e.question.rubric.anchor(chosen).label : QString());
    m_ui->noteLine->setReadOnly(m_session->isReadOnly());

    QString line;
    if (m_editingHighlight != 0) {
        const std::optional<Highlight> h = m_session->highlight(m_editingHighlight);
        if (!h)
            m_editingHighlight = 0;
        else
            line = h->text;
    }
    if (m_editingHighlight == 0)
        line = lastLine(e.note);
    m_ui->noteLine->setPlaceholderText(m_editingHighlight != 0
                                           ? tr("Highlight text, Enter when done")
                                           : tr("Note (Enter to write, Enter again for a new line)"));
    if (m_ui->noteLine->text() != line) {
        m_updating = true;
        m_ui->noteLine->setText(line);
        m_updating = false;
    }
    refreshClock();
}

void CompactWindow::refreshClock()
{
    if (!m_session)
        return;
    const InterviewTimer& timer = m_session->timer();
    const int budget = m_session->entry(m_session->currentIndex()).timeBudgetSeconds;
    const BudgetState state = budgetState(timer.questionMs(), budget);
    m_ui->timerLabel->setText(
        tr("%1  ·  %2/%3%4")
            .arg(TimeFormat::clock(timer.totalMs() / 1000), TimeFormat::clock(timer.questionMs() / 1000),
                 TimeFormat::clock(budget), m_session->isClockRunning() ? QString() : tr(" (paused)")));
    m_ui->timerLabel->setStyleSheet(state == BudgetState::Over      ? QStringLiteral("color: #c62828;")
                                    : state == BudgetState::Warning ? QStringLiteral("color: #d08a00;")
                                                                    : QString());
}

void CompactWindow::focusNoteLine()
{
    activateWindow();
    m_ui->noteLine->setFocus(Qt::ShortcutFocusReason);
    m_ui->noteLine->end(false);
}

void CompactWindow::editHighlight(HighlightId id)
{
    m_editingHighlight = id;
    refresh();
    focusNoteLine();
}

void CompactWindow::noteLineEdited(const QString& text)
{
    if (m_updating || !m_session)
        return;
    if (m_editingHighlight != 0) {
        m_session->setHighlightText(m_editingHighlight, text);
        return;
    }
    const int index = m_session->currentIndex();
    m_session->setNote(index, withLastLine(m_session->entry(index).note, text));
}

void CompactWindow::noteLineFinished()
{
    if (!m_session)
        return;
    if (m_editingHighlight != 0) {
        m_editingHighlight = 0;
        refresh();
        setFocus(Qt::OtherFocusReason);
        return;
    }
    // A finished line stays in the note; the line starts afresh for the next one.
    const int index = m_session->currentIndex();
    const QString note = m_session->entry(index).note;
    if (!lastLine(note).trimmed().isEmpty())
        m_session->setNote(index, note + QLatin1Char('\n'));
    refresh();
}

bool CompactWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->noteLine && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        m_editingHighlight = 0;
        refresh();
        setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CompactWindow::closeEvent(QCloseEvent* event)
{
    // Closing the strip brings the full window back; it never ends the interview.
    event->ignore();
    emit expandRequested();
}

QString CompactWindow::titleText() const
{
    return m_ui->questionTitle->text();
}

QString CompactWindow::timerText() const
{
    return m_ui->timerLabel->text();
}

QString CompactWindow::noteLineText() const
{
    return m_ui->noteLine->text();
}

int CompactWindow::checkedScore() const
{
    const QPushButton* buttons[] = {m_ui->score1, m_ui->score2, m_ui->score3, m_ui->score4};
    for (int s = 1; s <= 4; ++s) {
        if (buttons[s - 1]->isChecked())
            return s;
    }
    return 0;
}

} // namespace ia
