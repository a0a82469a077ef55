#include "CompactWindow.h"

#include "interview/InterviewSession.h"
#include "interview/TimeFormat.h"
#include "ui/InterviewScreen.h"
#include "ui/StatusColors.h"
#include "ui_CompactWindow.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QScreen>
#include <QSettings>
#include <QTimer>

namespace ia {

namespace {

const QString placeKey = QStringLiteral("CompactWindow/geometry");

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
    m_ui->keysCue->setObjectName(QStringLiteral("keysCue"));
    m_ui->keysCue->setMargin(3);
    // Its place is remembered as soon as it is moved, not only when the interview ends.
    m_placeSaver.setSingleShot(true);
    m_placeSaver.setInterval(400);
    connect(&m_placeSaver, &QTimer::timeout, this, &CompactWindow::savePlace);

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
        connect(session, &InterviewSession::candidateChanged, this, &CompactWindow::refreshTitle);
    }
    refresh();
    refreshTitle();
    refreshCue();
}

void CompactWindow::refresh()
{
    if (!m_session) {
        m_ui->questionTitle->clear();
        return;
    }
    const int index = m_session->currentIndex();
    const ScorecardEntry& e = m_session->entry(index);
    m_title = tr("%1/%2  %3").arg(index + 1).arg(m_session->entryCount()).arg(e.question.title);
    showTitle();
    m_ui->questionTitle->setToolTip(e.question.prompt);
    const int chosen = e.status == EntryStatus::Scored && e.score ? *e.score : 0;
    QPushButton* buttons[] = {m_ui->score1, m_ui->score2, m_ui->score3, m_ui->score4};
    for (int s = 1; s <= 4; ++s) {
        // The rubric's words on the key itself: the anchors are short labels, read at a glance.
        const RubricAnchor& anchor = e.question.rubric.anchor(s);
        // A label's "&" is text, not a mnemonic.
        buttons[s - 1]->setText(
            tr("%1  %2").arg(s).arg(QString(anchor.label).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        buttons[s - 1]->setChecked(s == chosen);
        buttons[s - 1]->setToolTip(anchor.description);
        buttons[s - 1]->setEnabled(!m_session->isReadOnly());
    }
    m_ui->skipButton->setChecked(e.status == EntryStatus::Skipped);
    m_ui->skipButton->setEnabled(!m_session->isReadOnly());
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
    const bool paused = m_session->isClockPaused();
    m_ui->timerLabel->setText(
        tr("%1%2  ·  %3/%4")
            .arg(paused ? tr("PAUSED ") : QString(), TimeFormat::clock(timer.totalMs() / 1000),
                 TimeFormat::clock(timer.questionMs() / 1000), TimeFormat::clock(budget)));
    // Four times a second: the sheet is set only when it changes (setting one restyles the label).
    const QPalette& p = palette();
    const QString sheet = paused ? StatusColors::tagStyle(p)
                          : state == BudgetState::Over
                              ? QStringLiteral("QLabel { color: %1; }").arg(StatusColors::error(p).name())
                          : state == BudgetState::Warning
                              ? QStringLiteral("QLabel { color: %1; }").arg(StatusColors::warning(p).name())
                              : QString();
    if (m_ui->timerLabel->styleSheet() != sheet)
        m_ui->timerLabel->setStyleSheet(sheet);
    if (paused != m_showsPaused) {
        m_showsPaused = paused;
        refreshTitle();
    }
}

void CompactWindow::refreshTitle()
{
    // Qt adds the application's name; the candidate is what tells two strips apart.
    const QString name = m_session ? m_session->candidate().name : QString();
    setWindowTitle(m_showsPaused ? tr("%1 — clock paused").arg(name) : tr("%1 — compact").arg(name));
}

void CompactWindow::showTitle()
{
    // Long titles keep their start and end; the label may be narrower than the title.
    const int width = qMax(40, m_ui->questionTitle->width());
    m_ui->questionTitle->setText(
        m_ui->questionTitle->fontMetrics().elidedText(m_title, Qt::ElideMiddle, width));
}

void CompactWindow::refreshCue()
{
    // Keys go to the focused window only: after a click into the call, 1-4 would land there. The
    // cue says which it is, in words and in colour.
    const bool here = isActiveWindow();
    const QPalette& p = palette();
    m_ui->keysCue->setText(here ? tr("Keys here") : tr("Click for keys"));
    m_ui->keysCue->setToolTip(here ? tr("1–4 score, S skips, Enter writes a note, Space pauses the clock")
                                   : tr("The keys go to another window. Click the strip to score with 1–4."));
    m_ui->keysCue->setStyleSheet(
        here ? QStringLiteral("QLabel { background: %1; color: %2; font-weight: bold; }")
                   .arg(p.color(QPalette::Highlight).name(), p.color(QPalette::HighlightedText).name())
             : QStringLiteral("QLabel { background: %1; color: %2; }")
                   .arg(StatusColors::warningBackground(p).name(), StatusColors::warningText(p).name()));
    const QString checked =
        QStringLiteral("QPushButton { text-align: left; padding: 4px 8px; }"
                       "QPushButton:checked { background: %1; color: %2; font-weight: bold;"
                       " border: 2px solid %3; border-radius: 3px; }")
            .arg(p.color(QPalette::Highlight).name(), p.color(QPalette::HighlightedText).name(),
                 p.color(QPalette::HighlightedText).name());
    for (QPushButton* b : {m_ui->score1, m_ui->score2, m_ui->score3, m_ui->score4})
        b->setStyleSheet(checked);
}

bool CompactWindow::keysCueSaysHere() const
{
    return m_ui->keysCue->text() == tr("Keys here");
}

void CompactWindow::showForCall(QScreen* beside)
{
    QSettings settings;
    const QByteArray geometry = settings.value(placeKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First time: the top centre of the screen. Call apps keep their controls at the bottom
        // (Zoom, Meet) or the top right (Teams), and the self-view in a corner.
        // On the screen of the window it replaces: a strip not yet shown thinks it is on the first.
        QScreen* where = beside ? beside : QGuiApplication::primaryScreen();
        if (where)
            setScreen(where);
        const QSize size = sizeHint().expandedTo(QSize(620, 0));
        resize(size);
        if (where) {
            const QRect available = where->availableGeometry();
            move(available.center().x() - size.width() / 2, available.top() + 8);
        }
    }
    show();
    raise();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
}

void CompactWindow::savePlace()
{
    if (isVisible())
        QSettings().setValue(placeKey, saveGeometry());
}

void CompactWindow::hideEvent(QHideEvent* event)
{
    // Moved and put away at once: the place is written before it is hidden.
    if (m_placeSaver.isActive()) {
        m_placeSaver.stop();
        savePlace();
    }
    QWidget::hideEvent(event);
}

void CompactWindow::moveEvent(QMoveEvent* event)
{
    QWidget::moveEvent(event);
    if (isVisible())
        m_placeSaver.start();
}

void CompactWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    showTitle();
    if (isVisible())
        m_placeSaver.start();
}

void CompactWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange || event->type() == QEvent::PaletteChange)
        refreshCue();
    if (event->type() == QEvent::PaletteChange)
        refreshClock();
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
