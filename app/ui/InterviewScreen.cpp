#include "InterviewScreen.h"

#include "interview/InterviewSession.h"
#include "interview/TimeFormat.h"
#include "ui/ScorecardModel.h"
#include "ui/StatusColors.h"
#include "ui_InterviewScreen.h"
#include "undo/AddHighlightCommand.h"
#include "undo/RemoveHighlightCommand.h"
#include "undo/SetEntryResultCommand.h"
#include "undo/SetHighlightFlagCommand.h"
#include "undo/SetRecommendationCommand.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QUndoStack>

namespace ia {

InterviewScreen::InterviewScreen(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InterviewScreen>())
    , m_model(new ScorecardModel(this))
    , m_undo(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_ui->questionTree->setModel(m_model);
    m_ui->questionTree->header()->setStretchLastSection(false);
    m_ui->questionTree->header()->setSectionResizeMode(ScorecardModel::QuestionColumn, QHeaderView::Stretch);
    m_ui->questionTree->header()->setSectionResizeMode(ScorecardModel::ResultColumn,
                                                       QHeaderView::ResizeToContents);
    m_ui->questionTree->header()->setSectionResizeMode(ScorecardModel::BudgetColumn,
                                                       QHeaderView::ResizeToContents);
    // Long titles keep their start and their end ("Explain … decorators"); the tooltip has it all.
    m_ui->questionTree->setTextElideMode(Qt::ElideMiddle);
    m_ui->questionView->setRubricVisible(false);
    // Small floors, so a 768-pixel-high laptop screen fits everything and the splitters decide.
    m_ui->questionView->setMinimumHeight(110);
    m_ui->notesSplitter->setMinimumHeight(90);
    m_ui->codeAnswer->setMinimumHeight(100);
    m_ui->banner->hide();
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 5);
    m_ui->mainSplitter->setStretchFactor(2, 2);
    m_ui->centreSplitter->setStretchFactor(0, 3);
    m_ui->centreSplitter->setStretchFactor(1, 2);
    m_ui->centreSplitter->setStretchFactor(2, 2);
    m_ui->centreSplitter->setStretchFactor(3, 3);
    m_ui->noteEdit->installEventFilter(this);
    m_ui->questionTree->installEventFilter(this);
    m_ui->sidePane->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->profile->setVisible(m_ui->profileToggle->isChecked());
    m_ui->noteEdit->setTabChangesFocus(true);

    connect(m_ui->questionTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &InterviewScreen::treeCurrentChanged);
    connect(m_ui->scorePanel, &ScorePanel::scoreClicked, this, &InterviewScreen::score);
    connect(m_ui->scorePanel, &ScorePanel::skipClicked, this, &InterviewScreen::skip);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating && m_session)
            m_session->setNote(m_session->currentIndex(), m_ui->noteEdit->toPlainText());
    });
    connect(m_ui->highlightPanel, &HighlightPanel::textEdited, this,
            [this](HighlightId id, const QString& text) {
                if (m_session)
                    m_session->setHighlightText(id, text);
            });
    connect(m_ui->highlightPanel, &HighlightPanel::flagRequested, this,
            [this](HighlightId id, HighlightFlag f) {
                if (m_session)
                    m_undo->push(new SetHighlightFlagCommand(*m_session, id, f));
            });
    connect(m_ui->highlightPanel, &HighlightPanel::removeRequested, this, [this](HighlightId id) {
        if (m_session) {
            if (const std::optional<Highlight> h = m_session->highlight(id))
                m_undo->push(new RemoveHighlightCommand(*m_session, *h));
        }
    });
    connect(m_ui->highlightPanel, &HighlightPanel::editingFinished, this,
            [this] { m_ui->questionTree->setFocus(Qt::OtherFocusReason); });
    connect(m_ui->codeAnswer, &CodeAnswerEditor::edited, this, [this](const CodeSnippet& code) {
        if (m_session)
            m_session->setCodeAnswer(m_session->currentIndex(), code);
    });
    connect(m_ui->timerPanel, &TimerPanel::toggleRequested, this, [this] {
        if (m_session)
            m_session->toggleClock();
    });
    connect(m_ui->profile, &CandidateProfileWidget::edited, this, [this](const Candidate& c) {
        if (m_session)
            m_session->setCandidate(c);
    });
    connect(m_ui->profileToggle, &QToolButton::toggled, this, [this](bool open) {
        m_ui->profile->setVisible(open);
        m_ui->profileToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        emit layoutChanged();
    });
    for (QSplitter* splitter : {m_ui->mainSplitter, m_ui->centreSplitter, m_ui->notesSplitter})
        connect(splitter, &QSplitter::splitterMoved, this, &InterviewScreen::layoutChanged);
    connect(m_ui->wrapUp, &WrapUpPanel::recommendationChosen, this, &InterviewScreen::recommend);
    connect(m_ui->wrapUp, &WrapUpPanel::summaryEdited, this, [this](const QString& summary) {
        if (m_session)
            m_session->setSummary(summary);
    });
    connect(m_ui->wrapUp, &WrapUpPanel::submitRequested, this, &InterviewScreen::submitRequested);
    connect(m_ui->wrapUp, &WrapUpPanel::reopenRequested, this, &InterviewScreen::reopenRequested);
    connect(m_ui->bannerButton, &QPushButton::clicked, this, [this] {
        const InterviewSession::Access access =
            m_session ? m_session->access() : InterviewSession::Access::Editable;
        if (m_showingPaused && m_session)
            m_session->startClock();
        else if (access == InterviewSession::Access::Submitted)
            emit reopenRequested();
        else if (access == InterviewSession::Access::OpenElsewhere ||
                 access == InterviewSession::Access::TakenOver)
            emit takeOverRequested();
        else
            m_ui->banner->hide();
    });
}

InterviewScreen::~InterviewScreen()
{
    // Commands refer to the session; they go first.
    m_undo->clear();
}

void InterviewScreen::setSession(InterviewSession* session)
{
    m_undo->clear();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model->setSession(session);
    m_ui->timerPanel->setSession(session);
    m_ui->banner->hide();
    if (!session)
        return;
    m_ui->questionTree->expandAll();
    // Category headings read across the whole row.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_ui->questionTree->setFirstColumnSpanned(row, QModelIndex(), true);
    connect(session, &InterviewSession::currentIndexChanged, this, &InterviewScreen::showCurrent);
    connect(session, &InterviewSession::entryChanged, this, &InterviewScreen::refreshEntry);
    connect(session, &InterviewSession::highlightsChanged, this, &InterviewScreen::refreshHighlights);
    connect(session, &InterviewSession::codeAnswerChanged, this, [this](int index) {
        if (m_session && index == m_session->currentIndex())
            m_ui->codeAnswer->setCode(m_session->codeAnswerFor(index));
    });
    connect(session, &InterviewSession::wrapUpChanged, this,
            [this] { m_ui->wrapUp->setInterview(m_session->interview()); });
    connect(session, &InterviewSession::candidateChanged, this, [this] {
        m_ui->profile->setCandidate(m_session->candidate());
        m_ui->profileToggle->setText(tr("Candidate: %1").arg(m_session->candidate().name));
    });
    connect(session, &InterviewSession::stateChanged, this, [this] {
        // Undo never reaches back across a submit or a reopen.
        m_undo->clear();
        m_ui->wrapUp->setInterview(m_session->interview());
        refreshReadOnly();
    });
    connect(session, &InterviewSession::accessChanged, this, [this] {
        // Nor across a take-over, in either direction: what it would undo is not this window's now.
        m_undo->clear();
        showCurrent();
        refreshReadOnly();
    });
    connect(session, &InterviewSession::errorOccurred, this, [this](const QString& message) {
        showMessage(message, true);
        m_showingSaveError = true;
    });
    connect(session, &InterviewSession::waitingForLock, this, [this](const QString& message) {
        showWarning(message);
        m_showingSaveError = true;
    });
    connect(session, &InterviewSession::saved, this, [this] {
        // A problem that has passed (the other program let go of the lock) is no longer news.
        if (m_showingSaveError && m_session && !m_session->isReadOnly()) {
            m_showingSaveError = false;
            m_ui->banner->hide();
            refreshClockBanner();
        }
    });
    connect(session, &InterviewSession::clockChanged, this, &InterviewScreen::refreshClockBanner);
    connect(session, &InterviewSession::recovered, this,
            [this](const QString& message) { showMessage(message, false); });

    m_ui->profile->setCandidate(session->candidate());
    m_ui->profileToggle->setText(tr("Candidate: %1").arg(session->candidate().name));
    m_ui->wrapUp->setInterview(session->interview());
    showCurrent();
    refreshReadOnly();
}

void InterviewScreen::showCurrent()
{
    if (!m_session)
        return;
    const int index = m_session->currentIndex();
    const ScorecardEntry& e = m_session->entry(index);
    m_ui->questionView->setQuestion(e.question, e.timeBudgetSeconds);
    const QModelIndex treeIndex = m_model->indexForEntry(index);
    if (m_ui->questionTree->currentIndex() != treeIndex) {
        m_updating = true;
        m_ui->questionTree->setCurrentIndex(treeIndex);
        m_updating = false;
    }
    m_ui->questionTree->scrollTo(treeIndex);
    refreshEntry(index);
    refreshHighlights();
    m_ui->codeAnswer->setVisible(e.question.practical || !m_session->codeAnswerFor(index).isEmpty());
    m_ui->codeAnswer->setCode(m_session->codeAnswerFor(index));
    m_ui->timerPanel->refresh();
}

void InterviewScreen::refreshEntry(int index)
{
    if (!m_session || index != m_session->currentIndex())
        return;
    const ScorecardEntry& e = m_session->entry(index);
    m_ui->scorePanel->setEntry(e);
    if (m_ui->noteEdit->toPlainText() != e.note) {
        m_updating = true;
        m_ui->noteEdit->setPlainText(e.note);
        m_updating = false;
    }
}

void InterviewScreen::refreshHighlights()
{
    if (m_session)
        m_ui->highlightPanel->setHighlights(m_session->highlightsFor(m_session->currentIndex()));
}

void InterviewScreen::refreshReadOnly()
{
    const bool readOnly = m_session && m_session->isReadOnly();
    m_ui->scorePanel->setReadOnly(readOnly);
    m_ui->noteEdit->setReadOnly(readOnly);
    m_ui->highlightPanel->setReadOnly(readOnly);
    m_ui->codeAnswer->setReadOnly(readOnly);
    // The profile is the candidate's, saved on its own path: editable wherever the file is.
    m_ui->profile->setEnabled(m_session && m_session->access() != InterviewSession::Access::DatabaseReadOnly);
    if (m_session) {
        m_ui->wrapUp->setLocked(readOnly && m_session->access() != InterviewSession::Access::Submitted,
                                m_session->interview());
    }
    m_ui->timerPanel->refresh();
    m_showingSaveError = false;
    if (readOnly) {
        showMessage(accessText(), false);
    } else {
        m_ui->banner->hide();
        m_showingPaused = false;
        refreshClockBanner();
    }
}

// What it promises is what resumeClockForEvidence() does, and score() and addHighlight() call.
QString InterviewScreen::pausedText() const
{
    if (!m_session)
        return {};
    const qint64 total = m_session->timer().totalMs() / 1000;
    return total == 0 ? tr("The clock has not started. Space starts it, and so does your first score or "
                           "highlight.")
                      : tr("The clock is paused at %1. Space starts it again, and so does your next score or "
                           "highlight.")
                            .arg(TimeFormat::clock(total));
}

void InterviewScreen::refreshClockBanner()
{
    // Errors and read-only states say more; they keep the banner until they pass.
    if (!m_session || m_session->isReadOnly() || m_showingSaveError)
        return;
    if (!m_session->isClockPaused()) {
        if (m_showingPaused) {
            m_showingPaused = false;
            m_ui->banner->hide();
        }
        return;
    }
    showWarning(pausedText());
    m_ui->bannerButton->setText(tr("Start the clock"));
    m_showingPaused = true;
}

void InterviewScreen::resumeClockForEvidence()
{
    // A score or a highlight means the interview is going on. A clock left paused (after a break,
    // or on a resumed interview) starts again, so question times and highlight stamps stay true.
    if (m_session && m_session->isClockPaused())
        m_session->startClock();
}

QString InterviewScreen::accessText() const
{
    if (!m_session)
        return {};
    const InterviewLease& other = m_session->otherHolder();
    const QString who = other.holderName.isEmpty() ? tr("Another window") : other.holderName;
    // "since 14:05" today, with the date on another day.
    const QDateTime at = other.acquiredAt.toLocalTime();
    const QString since = at.date() == QDate::currentDate()
                              ? QLocale().toString(at.time(), QLocale::ShortFormat)
                              : QLocale().toString(at, QLocale::ShortFormat);
    switch (m_session->access()) {
    case InterviewSession::Access::Editable:
        return {};
    case InterviewSession::Access::Submitted:
        return tr("This scorecard was submitted and is read-only.");
    case InterviewSession::Access::OpenElsewhere:
        return tr("%1 has had this interview open since %2, so you can only read it here. Take it over to "
                  "change it here; the other window then becomes read-only, keeping what was typed there.")
            .arg(who, since);
    case InterviewSession::Access::TakenOver:
        return tr("%1 took this interview over at %2. This window can only read it now; anything you had "
                  "typed and not yet saved is kept. Take it back to go on here.")
            .arg(who, since);
    case InterviewSession::Access::DatabaseReadOnly:
        return tr("The database is open for reading only: %1.").arg(m_session->readOnlyReason());
    case InterviewSession::Access::NotYours:
        return tr("This is %1's scorecard: you can read it here; only they can change it.")
            .arg(m_session->interview().interviewerName);
    }
    return {};
}

QString InterviewScreen::bannerText() const
{
    return m_ui->banner->isVisibleTo(this) ? m_ui->bannerText->text() : QString();
}

void InterviewScreen::treeCurrentChanged()
{
    if (m_updating || !m_session)
        return;
    const int entry = m_model->entryAt(m_ui->questionTree->currentIndex());
    if (entry >= 0)
        m_session->setCurrentIndex(entry);
}

void InterviewScreen::score(int value)
{
    if (!m_session || m_session->isReadOnly())
        return;
    const int index = m_session->currentIndex();
    const ScorecardEntry& e = m_session->entry(index);
    if (e.status == EntryStatus::Scored && e.score == value)
        return;
    resumeClockForEvidence();
    m_undo->push(new SetEntryResultCommand(*m_session, index, EntryStatus::Scored, value));
}

void InterviewScreen::skip()
{
    if (!m_session || m_session->isReadOnly())
        return;
    const int index = m_session->currentIndex();
    // Skip toggles: a second press brings the question back to "not asked".
    const EntryStatus target =
        m_session->entry(index).status == EntryStatus::Skipped ? EntryStatus::NotAsked : EntryStatus::Skipped;
    m_undo->push(new SetEntryResultCommand(*m_session, index, target, std::nullopt));
}

void InterviewScreen::next()
{
    if (m_session)
        m_session->goNext();
}

void InterviewScreen::previous()
{
    if (m_session)
        m_session->goPrevious();
}

void InterviewScreen::focusNote()
{
    if (!m_session || m_session->isReadOnly())
        return;
    m_ui->noteEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->noteEdit->moveCursor(QTextCursor::End);
}

HighlightId InterviewScreen::addHighlight(HighlightFlag flag, bool editText)
{
    if (!m_session || m_session->isReadOnly())
        return 0;
    resumeClockForEvidence();
    auto* command = new AddHighlightCommand(*m_session, flag);
    const int before = m_undo->index();
    m_undo->push(command);
    // A command whose write failed was dropped (and deleted) by the stack; the session said why.
    if (m_undo->index() != before + 1 || m_undo->command(before) != command)
        return 0;
    const HighlightId id = command->highlight().id;
    m_ui->highlightPanel->selectHighlight(id);
    if (editText && isVisible())
        m_ui->highlightPanel->editText();
    return id;
}

HighlightId InterviewScreen::currentHighlight() const
{
    return m_ui->highlightPanel->currentHighlight();
}

void InterviewScreen::flag(HighlightFlag flag)
{
    if (!m_session || m_session->isReadOnly())
        return;
    const HighlightId id = currentHighlight();
    if (id == 0) {
        // Nothing selected: stamp a new flagged highlight now; its text can follow.
        addHighlight(flag, false);
        return;
    }
    const std::optional<Highlight> h = m_session->highlight(id);
    if (!h)
        return;
    // Pressing the same flag again takes it off.
    m_undo->push(new SetHighlightFlagCommand(*m_session, id, h->flag == flag ? HighlightFlag::None : flag));
}

void InterviewScreen::recommend(Recommendation recommendation)
{
    if (!m_session || m_session->isReadOnly() || m_session->interview().recommendation == recommendation)
        return;
    m_undo->push(new SetRecommendationCommand(*m_session, recommendation));
}

void InterviewScreen::showMessage(const QString& text, bool isError)
{
    m_showingPaused = false;
    m_ui->bannerText->setText(text);
    m_bannerTone = isError ? BannerTone::Error : BannerTone::Plain;
    styleBanner();
    // A read-only interview's banner offers the way back; otherwise it just goes away.
    const InterviewSession::Access access =
        m_session ? m_session->access() : InterviewSession::Access::Editable;
    QString button = tr("Dismiss");
    if (access == InterviewSession::Access::Submitted)
        button = tr("Reopen…");
    else if (access == InterviewSession::Access::OpenElsewhere ||
             access == InterviewSession::Access::TakenOver)
        button = tr("Take over…");
    m_ui->bannerButton->setText(button);
    m_ui->bannerButton->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_ui->banner->show();
}

void InterviewScreen::showWarning(const QString& text)
{
    showMessage(text, false);
    m_bannerTone = BannerTone::Warning;
    styleBanner();
}

void InterviewScreen::styleBanner()
{
    const QPalette& p = palette();
    switch (m_bannerTone) {
    case BannerTone::Plain:
        m_ui->banner->setStyleSheet(QString());
        break;
    case BannerTone::Warning:
        m_ui->banner->setStyleSheet(StatusColors::bannerStyle(
            QStringLiteral("banner"), StatusColors::warningBackground(p), StatusColors::warningText(p)));
        break;
    case BannerTone::Error:
        m_ui->banner->setStyleSheet(StatusColors::bannerStyle(
            QStringLiteral("banner"), StatusColors::errorBackground(p), StatusColors::errorText(p)));
        break;
    }
}

void InterviewScreen::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // A scheme chosen in the View menu applies at once, the banner's tint included.
    if (event->type() == QEvent::PaletteChange)
        styleBanner();
}

void InterviewScreen::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("InterviewScreen/main"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("InterviewScreen/centre"), m_ui->centreSplitter->saveState());
    settings.setValue(QStringLiteral("InterviewScreen/notes"), m_ui->notesSplitter->saveState());
    settings.setValue(QStringLiteral("InterviewScreen/profileOpen"), m_ui->profileToggle->isChecked());
}

void InterviewScreen::restoreLayout(const QSettings& settings)
{
    // First start: sizes that work from a 1366x768 laptop up.
    if (!m_ui->mainSplitter->restoreState(
            settings.value(QStringLiteral("InterviewScreen/main")).toByteArray()))
        m_ui->mainSplitter->setSizes({360, 680, 300});
    if (!m_ui->centreSplitter->restoreState(
            settings.value(QStringLiteral("InterviewScreen/centre")).toByteArray()))
        m_ui->centreSplitter->setSizes({300, 200, 170, 200});
    if (!m_ui->notesSplitter->restoreState(
            settings.value(QStringLiteral("InterviewScreen/notes")).toByteArray()))
        m_ui->notesSplitter->setSizes({420, 340});
    m_ui->profileToggle->setChecked(
        settings.value(QStringLiteral("InterviewScreen/profileOpen"), false).toBool());
}

bool InterviewScreen::eventFilter(QObject* watched, QEvent* event)
{
    // The list's type-to-search would turn a score key pressed on a read-only scorecard into a jump
    // to question 1x; the interview keys are the list's only typing.
    if (watched == m_ui->questionTree && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (!key->text().isEmpty() && key->text().at(0).isPrint() &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
            return true;
    }
    // Escape leaves the note, so the interview keys work again.
    if (watched == m_ui->noteEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        m_ui->questionTree->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QTreeView* InterviewScreen::questionTree() const
{
    return m_ui->questionTree;
}

QuestionView* InterviewScreen::questionView() const
{
    return m_ui->questionView;
}

ScorePanel* InterviewScreen::scorePanel() const
{
    return m_ui->scorePanel;
}

QPlainTextEdit* InterviewScreen::noteEdit() const
{
    return m_ui->noteEdit;
}

HighlightPanel* InterviewScreen::highlightPanel() const
{
    return m_ui->highlightPanel;
}

CodeAnswerEditor* InterviewScreen::codeAnswer() const
{
    return m_ui->codeAnswer;
}

TimerPanel* InterviewScreen::timerPanel() const
{
    return m_ui->timerPanel;
}

CandidateProfileWidget* InterviewScreen::profile() const
{
    return m_ui->profile;
}

WrapUpPanel* InterviewScreen::wrapUp() const
{
    return m_ui->wrapUp;
}

} // namespace ia
