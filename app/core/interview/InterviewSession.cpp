#include "InterviewSession.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>

namespace ia {

InterviewSession::InterviewSession(const Database& database, InterviewId id, const Clock& clock,
                                   QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_interviews(database)
    , m_candidates(database)
    , m_timer(clock)
{
    std::optional<Scorecard> card = m_interviews.scorecard(id);
    if (!card) {
        throw StorageError(StorageError::Kind::Failed,
                           tr("The interview no longer exists; it may have been erased with its candidate."));
    }
    if (card->interview.state == InterviewState::Planned) {
        m_interviews.start(id, QDateTime::currentDateTimeUtc());
        card = m_interviews.scorecard(id);
    }
    m_card = *card;
    m_candidate = m_candidates.get(m_card.interview.candidateId).value_or(Candidate{});
    for (const ScorecardEntry& e : std::as_const(m_card.entries))
        m_spentMs.append(qint64(e.secondsSpent) * 1000);
    // A resumed interview picks up at the first question not dealt with yet.
    for (int i = 0; i < m_card.entries.size(); ++i) {
        if (m_card.entries.at(i).status == EntryStatus::NotAsked && m_card.entries.at(i).note.isEmpty()) {
            m_current = i;
            break;
        }
    }
    m_timer.reset(qint64(m_card.interview.elapsedSeconds) * 1000, m_spentMs.value(m_current));

    m_writeTimer.setSingleShot(true);
    connect(&m_writeTimer, &QTimer::timeout, this, [this] { flush(); });
    m_clockTimer.setInterval(clockSaveIntervalMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &InterviewSession::saveClock);
}

InterviewSession::~InterviewSession()
{
    m_timer.pause();
    saveClock();
    flush();
}

bool InterviewSession::attempt(const std::function<void()>& write)
{
    try {
        write();
        emit saved();
        return true;
    } catch (const StorageError& e) {
        emit errorOccurred(e.message());
        return false;
    }
}

bool InterviewSession::requireEditable()
{
    if (!isReadOnly())
        return true;
    emit errorOccurred(tr("This scorecard has been submitted and is read-only. Reopen it to make changes."));
    return false;
}

void InterviewSession::reloadInterview()
{
    if (std::optional<Interview> fresh = m_interviews.get(m_card.interview.id))
        m_card.interview = *fresh;
}

void InterviewSession::reloadHighlights()
{
    if (std::optional<Scorecard> fresh = m_interviews.scorecard(m_card.interview.id))
        m_card.highlights = fresh->highlights;
}

QList<Highlight> InterviewSession::highlightsFor(int index) const
{
    QList<Highlight> result;
    if (index < 0 || index >= m_card.entries.size())
        return result;
    const ScorecardEntryId id = m_card.entries.at(index).id;
    for (const Highlight& h : m_card.highlights) {
        if (h.entryId == id)
            result.append(h);
    }
    return result;
}

std::optional<Highlight> InterviewSession::highlight(HighlightId id) const
{
    for (const Highlight& h : m_card.highlights) {
        if (h.id == id)
            return h;
    }
    return std::nullopt;
}

CodeSnippet InterviewSession::codeAnswerFor(int index) const
{
    const ScorecardEntryId id = m_card.entries.at(index).id;
    for (const CodeAnswer& a : m_card.codeAnswers) {
        if (a.entryId == id)
            return a.code;
    }
    return CodeSnippet{QStringLiteral("Python"), QString()};
}

void InterviewSession::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_card.entries.size() || index == m_current)
        return;
    flush();
    const int previous = m_current;
    m_spentMs[previous] = m_timer.switchQuestion(m_spentMs.at(index));
    m_card.entries[previous].secondsSpent = int(m_spentMs.at(previous) / 1000);
    m_current = index;
    if (!isReadOnly()) {
        const ScorecardEntryId id = m_card.entries.at(previous).id;
        const int seconds = m_card.entries.at(previous).secondsSpent;
        attempt([&] { m_interviews.setSecondsSpent(id, seconds); });
    }
    emit entryChanged(previous);
    emit currentIndexChanged(index);
}

void InterviewSession::goNext()
{
    setCurrentIndex(qMin(m_current + 1, entryCount() - 1));
}

void InterviewSession::goPrevious()
{
    setCurrentIndex(qMax(m_current - 1, 0));
}

void InterviewSession::startClock()
{
    if (isReadOnly() || m_timer.isRunning())
        return;
    m_timer.resume();
    m_clockTimer.start();
    emit clockChanged();
}

void InterviewSession::pauseClock()
{
    if (!m_timer.isRunning())
        return;
    m_timer.pause();
    m_clockTimer.stop();
    saveClock();
    emit clockChanged();
}

void InterviewSession::toggleClock()
{
    if (m_timer.isRunning())
        pauseClock();
    else
        startClock();
}

int InterviewSession::elapsedSeconds() const
{
    return int(m_timer.totalMs() / 1000);
}

void InterviewSession::saveClock()
{
    if (isReadOnly() || m_card.entries.isEmpty())
        return;
    const int total = elapsedSeconds();
    const int onQuestion = int(m_timer.questionMs() / 1000);
    ScorecardEntry& current = m_card.entries[m_current];
    if (total == m_card.interview.elapsedSeconds && onQuestion == current.secondsSpent)
        return;
    const bool ok = attempt([&] {
        m_interviews.setElapsed(m_card.interview.id, total);
        m_interviews.setSecondsSpent(current.id, onQuestion);
    });
    if (ok) {
        m_card.interview.elapsedSeconds = total;
        current.secondsSpent = onQuestion;
    }
}

bool InterviewSession::setResult(int index, EntryStatus status, std::optional<int> score)
{
    if (!requireEditable() || index < 0 || index >= m_card.entries.size())
        return false;
    ScorecardEntry& e = m_card.entries[index];
    if (!attempt([&] { m_interviews.setEntryResult(e.id, status, score); }))
        return false;
    e.status = status;
    e.score = status == EntryStatus::Scored ? score : std::nullopt;
    emit entryChanged(index);
    return true;
}

bool InterviewSession::setRecommendation(std::optional<Recommendation> recommendation)
{
    if (!requireEditable())
        return false;
    if (!attempt([&] { m_interviews.setRecommendation(m_card.interview.id, recommendation); }))
        return false;
    m_card.interview.recommendation = recommendation;
    emit wrapUpChanged();
    return true;
}

std::optional<Highlight> InterviewSession::addHighlight(const Highlight& highlight)
{
    if (!requireEditable())
        return std::nullopt;
    Highlight h = highlight;
    h.interviewId = m_card.interview.id;
    if (h.id == 0) {
        h.elapsedSeconds = elapsedSeconds();
        h.entryId = m_card.entries.isEmpty() ? std::nullopt : std::optional(m_card.entries.at(m_current).id);
    }
    std::optional<Highlight> stored;
    if (!attempt([&] { stored = m_interviews.addHighlight(h); }))
        return std::nullopt;
    reloadHighlights();
    emit highlightsChanged();
    return stored;
}

bool InterviewSession::setHighlightFlag(HighlightId id, HighlightFlag flag)
{
    if (!requireEditable())
        return false;
    std::optional<Highlight> h = highlight(id);
    if (!h)
        return false;
    h->flag = flag;
    if (!attempt([&] { m_interviews.updateHighlight(*h); }))
        return false;
    reloadHighlights();
    emit highlightsChanged();
    return true;
}

bool InterviewSession::removeHighlight(HighlightId id)
{
    if (!requireEditable())
        return false;
    flush();
    if (!attempt([&] { m_interviews.removeHighlight(id); }))
        return false;
    reloadHighlights();
    emit highlightsChanged();
    return true;
}

void InterviewSession::schedule(const QString& key, std::function<void()> write)
{
    m_pending.insert(key, std::move(write));
    // Not restarted by later keystrokes: text reaches the database at most textWriteDelayMs after
    // the first change, however fast someone types.
    if (!m_writeTimer.isActive())
        m_writeTimer.start(textWriteDelayMs);
}

bool InterviewSession::flush()
{
    m_writeTimer.stop();
    bool allWritten = true;
    const QStringList keys = m_pending.keys();
    for (const QString& key : keys) {
        const std::function<void()> write = m_pending.value(key);
        if (attempt(write))
            m_pending.remove(key);
        else
            allWritten = false;
    }
    if (!allWritten)
        m_writeTimer.start(retryDelayMs);
    return allWritten;
}

void InterviewSession::setNote(int index, const QString& note)
{
    if (!requireEditable() || index < 0 || index >= m_card.entries.size())
        return;
    ScorecardEntry& e = m_card.entries[index];
    if (e.note == note)
        return;
    e.note = note;
    const ScorecardEntryId id = e.id;
    schedule(QStringLiteral("note/%1").arg(id), [this, id, note] { m_interviews.setNote(id, note); });
    emit entryChanged(index);
}

void InterviewSession::setHighlightText(HighlightId id, const QString& text)
{
    if (!requireEditable())
        return;
    for (Highlight& h : m_card.highlights) {
        if (h.id != id || h.text == text)
            continue;
        h.text = text;
        schedule(QStringLiteral("highlight/%1").arg(id), [this, id] {
            if (const std::optional<Highlight> current = highlight(id))
                m_interviews.updateHighlight(*current);
        });
        emit highlightsChanged();
        return;
    }
}

void InterviewSession::setCodeAnswer(int index, const CodeSnippet& code)
{
    if (!requireEditable() || index < 0 || index >= m_card.entries.size())
        return;
    const ScorecardEntryId id = m_card.entries.at(index).id;
    bool found = false;
    for (CodeAnswer& a : m_card.codeAnswers) {
        if (a.entryId == id) {
            if (a.code == code)
                return;
            a.code = code;
            found = true;
        }
    }
    if (!found)
        m_card.codeAnswers.append(CodeAnswer{0, m_card.interview.id, id, code, {}});
    schedule(QStringLiteral("code/%1").arg(id), [this, id, code] { m_interviews.setCodeAnswer(id, code); });
    emit codeAnswerChanged(index);
}

void InterviewSession::setSummary(const QString& summary)
{
    if (!requireEditable() || m_card.interview.summary == summary)
        return;
    m_card.interview.summary = summary;
    schedule(QStringLiteral("summary"),
             [this, summary] { m_interviews.setSummary(m_card.interview.id, summary); });
    emit wrapUpChanged();
}

void InterviewSession::setCandidate(const Candidate& candidate)
{
    Candidate updated = candidate;
    updated.id = m_candidate.id;
    m_candidate = updated;
    schedule(QStringLiteral("candidate"), [this, updated] { m_candidates.update(updated); });
    emit candidateChanged();
}

SubmitCheck InterviewSession::submit()
{
    const bool written = flush();
    const SubmitCheck check = submitCheck();
    if (!written || !check.canSubmit() || !requireEditable())
        return check;
    m_timer.pause();
    m_clockTimer.stop();
    saveClock();
    if (attempt([&] { m_interviews.submit(m_card.interview.id, QDateTime::currentDateTimeUtc()); })) {
        reloadInterview();
        emit clockChanged();
        emit stateChanged();
    }
    return check;
}

bool InterviewSession::reopen(const QString& reason)
{
    if (!isReadOnly())
        return true;
    if (!attempt([&] { m_interviews.reopen(m_card.interview.id, QDateTime::currentDateTimeUtc(), reason); }))
        return false;
    reloadInterview();
    emit stateChanged();
    return true;
}

} // namespace ia
