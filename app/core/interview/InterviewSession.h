#pragma once

#include "domain/Candidate.h"
#include "domain/Scorecard.h"
#include "interview/InterviewTimer.h"
#include "interview/SubmitCheck.h"
#include "storage/CandidateRepository.h"
#include "storage/InterviewRepository.h"

#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace ia {

class Clock;
class Database;

// One open interview: the scorecard in memory, the current question, the clock, and every edit
// written through to the database. Choices (scores, skips, flags, highlights, the recommendation)
// are committed before the call returns; typed text is committed at most textWriteDelayMs after
// the first keystroke, and at once on flush(). A failed write keeps the text pending, retries, and
// reports through errorOccurred, so nothing typed is dropped. The full window and the compact
// window both show one session, so they always agree.
class InterviewSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int textWriteDelayMs = 300;
    static constexpr int clockSaveIntervalMs = 5000;
    static constexpr int retryDelayMs = 2000;

    // Loads the interview (throws StorageError if it is gone) and marks a planned one as started.
    InterviewSession(const Database& database, InterviewId id, const Clock& clock, QObject* parent = nullptr);
    ~InterviewSession() override; // flushes

    const Scorecard& scorecard() const { return m_card; }
    const Interview& interview() const { return m_card.interview; }
    const Candidate& candidate() const { return m_candidate; }
    int entryCount() const { return int(m_card.entries.size()); }
    const ScorecardEntry& entry(int index) const { return m_card.entries.at(index); }
    QList<Highlight> highlightsFor(int index) const;
    std::optional<Highlight> highlight(HighlightId id) const;
    CodeSnippet codeAnswerFor(int index) const; // Python and empty when none was typed
    bool isReadOnly() const { return m_card.interview.state == InterviewState::Submitted; }

    // The question on screen. Changing it books the time spent and writes pending text first.
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    void goNext();
    void goPrevious();

    // The clock runs only while the interview is going on; every few seconds, on pause and on
    // question changes its totals are written, so a resumed interview continues where it stopped.
    const InterviewTimer& timer() const { return m_timer; }
    bool isClockRunning() const { return m_timer.isRunning(); }
    void startClock();
    void pauseClock();
    void toggleClock();
    int elapsedSeconds() const;
    void saveClock();

    // Choices: written at once; false (and errorOccurred) when the write failed.
    bool setResult(int index, EntryStatus status, std::optional<int> score = std::nullopt);
    bool setRecommendation(std::optional<Recommendation> recommendation);
    // With id 0 a new highlight is stamped; with an id (undo of a removal) it comes back as it was.
    std::optional<Highlight> addHighlight(const Highlight& highlight);
    bool setHighlightFlag(HighlightId id, HighlightFlag flag);
    bool removeHighlight(HighlightId id);

    // Typed text: in memory at once, in the database within textWriteDelayMs.
    void setNote(int index, const QString& note);
    void setHighlightText(HighlightId id, const QString& text);
    void setCodeAnswer(int index, const CodeSnippet& code);
    void setSummary(const QString& summary);
    void setCandidate(const Candidate& candidate);
    bool hasPendingWrites() const { return !m_pending.isEmpty(); }
    bool flush(); // writes everything pending now; false if something could not be written

    SubmitCheck submitCheck() const { return SubmitCheck::of(m_card); }
    // Submits when submitCheck() passes and all text is written; isReadOnly() tells whether it did.
    SubmitCheck submit();
    bool reopen(const QString& reason);

signals:
    void currentIndexChanged(int index);
    void entryChanged(int index); // status, score, note or time
    void highlightsChanged();
    void codeAnswerChanged(int index);
    void wrapUpChanged(); // recommendation or summary
    void candidateChanged();
    void stateChanged(); // submitted or reopened
    void clockChanged(); // started or paused
    void saved();        // something reached the database
    void errorOccurred(const QString& message);

private:
    bool attempt(const std::function<void()>& write);
    bool requireEditable();
    void schedule(const QString& key, std::function<void()> write);
    void reloadInterview();
    void reloadHighlights();

    const Database& m_database;
    InterviewRepository m_interviews;
    CandidateRepository m_candidates;
    Scorecard m_card;
    Candidate m_candidate;
    QList<qint64> m_spentMs; // per entry, the part not yet on the running clock
    InterviewTimer m_timer;
    int m_current = 0;
    QTimer m_writeTimer;
    QTimer m_clockTimer;
    QMap<QString, std::function<void()>> m_pending;
};

} // namespace ia
