#pragma once

#include "domain/Candidate.h"
#include "domain/Scorecard.h"
#include "interview/InterviewTimer.h"
#include "interview/SubmitCheck.h"
#include "saving/SaveQueue.h"
#include "saving/SavedChange.h"
#include "storage/InterviewRepository.h"
#include "storage/LeaseRepository.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace ia {

class Clock;
class Database;

// One open interview: the scorecard in memory, the current question, the clock, and every edit
// written through to the database (through the app's SaveQueue). Choices (scores, skips, flags, the
// recommendation) are written before the call returns, or kept and retried when another program
// holds the database; typed text is written at most textWriteDelayMs after the first keystroke, and
// at once on flush(). Nothing typed is dropped: what cannot be written is kept, and copied to a
// recovery file when it waits for more than a lock. The full window and the compact window both
// show one session, so they always agree.
//
// One window edits an interview at a time: the session holds the interview's lease (heartbeat
// every leaseHeartbeatMs). A second session on the same interview opens it for reading and may take
// it over; the first turns read-only at its next write or heartbeat, keeping what was typed.
class InterviewSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int textWriteDelayMs = SaveQueue::textDelayMs;
    static constexpr int clockSaveIntervalMs = 5000;
    static constexpr int leaseHeartbeatMs = 10000;

    // Why the session may or may not change the interview, most important first.
    enum class Access
    {
        Editable,
        DatabaseReadOnly, // the file cannot be written
        OpenElsewhere,    // another window held it when this one opened it
        TakenOver,        // another window took it over from this one
        NotYours,         // someone else's scorecard, open for reading
        Submitted,        // read-only until reopened
    };

    // How the interview is opened. queue: the app's shared save queue (without one the session
    // keeps its own); who: the person at this window, for others' banners; mayEdit: whether this
    // person may change the interview at all (see VisibilityPolicy::mayEdit).
    struct Opening
    {
        SaveQueue* queue = nullptr;
        QString who;
        bool mayEdit = true;
    };

    // Loads the interview (throws StorageError if it is gone), takes its lease when free and marks a
    // planned one as started. who names the person at this window for others' banners. queue: the
    // app's shared one; without it the session keeps its own.
    InterviewSession(const Database& database, InterviewId id, const Clock& clock, QObject* parent = nullptr);
    InterviewSession(const Database& database, InterviewId id, const Clock& clock, const Opening& opening,
                     QObject* parent = nullptr);
    ~InterviewSession() override; // flushes, releases the lease

    const Scorecard& scorecard() const { return m_card; }
    const Interview& interview() const { return m_card.interview; }
    const Candidate& candidate() const { return m_candidate; }
    int entryCount() const { return int(m_card.entries.size()); }
    const ScorecardEntry& entry(int index) const { return m_card.entries.at(index); }
    QList<Highlight> highlightsFor(int index) const;
    std::optional<Highlight> highlight(HighlightId id) const;
    CodeSnippet codeAnswerFor(int index) const; // Python and empty when none was typed

    Access access() const;
    bool isReadOnly() const { return access() != Access::Editable; }
    QString readOnlyReason() const;
    // Who has the interview open instead (OpenElsewhere, TakenOver), and since when.
    const InterviewLease& otherHolder() const { return m_other; }
    // Takes the lease from whoever has it and writes what was kept meanwhile.
    bool takeOver();
    // The heartbeat (every leaseHeartbeatMs): renews the lease, or turns read-only when another
    // window has taken it.
    void checkLease();

    // The question on screen. Changing it books the time spent and writes pending text first.
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    void goNext();
    void goPrevious();

    // The clock runs only while the interview is going on; every few seconds, on pause and on
    // question changes its totals are written, so a resumed interview continues where it stopped.
    const InterviewTimer& timer() const { return m_timer; }
    bool isClockRunning() const { return m_timer.isRunning(); }
    // Stopped on an interview that can go on: what the clock panel, title, strip and banner show.
    bool isClockPaused() const { return !isReadOnly() && !isClockRunning(); }
    void startClock();
    void pauseClock();
    void toggleClock();
    int elapsedSeconds() const;
    void saveClock();

    // Choices: written at once (or kept while the database is busy); false (and errorOccurred)
    // when they cannot be written at all.
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
    // Rereads the candidate (edited on the candidates page meanwhile) unless edits of ours wait.
    void reloadCandidate();
    bool hasPendingWrites() const;
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
    void stateChanged();  // submitted or reopened
    void accessChanged(); // taken over, or taken back
    void clockChanged();  // started or paused
    void saved();         // everything reached the database
    void errorOccurred(const QString& message);
    // Another program holds the database's lock; what was done is kept and saved when it lets go.
    void waitingForLock(const QString& message);
    // Written again after the database was reopened under it; message for the user.
    void recovered(const QString& message);
    // The interview was erased (with its candidate) while open: nothing more can be saved.
    void gone(const QString& message);

private:
    QString prefix() const;
    // A write of this interview, in values (see SavedChange): checks the lease in the same
    // transaction, and can wait in the offline journal.
    SaveQueue::Write interviewWrite(const QString& what, QJsonObject content, QJsonObject values) const;
    SaveQueue::Write interviewWrite(const QString& what, QJsonObject content,
                                    const SavedChange& change) const;
    QJsonObject describe(const QString& field, int index = -1) const;
    bool post(SaveQueue::Write write);     // a choice: written now or kept
    void postSoon(SaveQueue::Write write); // typing
    // A write that must happen now, not later (adding a highlight needs its id): false on failure.
    bool writeNow(const std::function<void()>& write);
    void handleFailure(const StorageError& e);
    bool requireEditable();
    void reloadInterview();
    void loseLease();
    void rewriteEverything();
    void postEntry(int index);
    void postHighlight(const Highlight& h);

    const Database& m_database;
    std::unique_ptr<SaveQueue> m_ownQueue;
    SaveQueue& m_queue;
    InterviewRepository m_interviews;
    LeaseRepository m_leases;
    QString m_holder;     // this session's id in the lease table
    QString m_holderName; // "Ann Example on ann-laptop"
    bool m_mayEdit = true;
    bool m_holdsLease = false;
    bool m_takenOver = false;
    InterviewLease m_other;
    Scorecard m_card;
    Candidate m_candidate;
    QList<qint64> m_spentMs; // per entry, the part not yet on the running clock
    InterviewTimer m_timer;
    int m_current = 0;
    QTimer m_clockTimer;
    QTimer m_heartbeat;
};

} // namespace ia
