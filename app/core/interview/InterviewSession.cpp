#include "InterviewSession.h"

#include "saving/CandidateEdits.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

namespace ia {

InterviewSession::InterviewSession(const Database& database, InterviewId id, const Clock& clock,
                                   QObject* parent)
    : InterviewSession(database, id, clock, Opening{}, parent)
{}

InterviewSession::InterviewSession(const Database& database, InterviewId id, const Clock& clock,
                                   const Opening& opening, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_ownQueue(opening.queue ? nullptr : std::make_unique<SaveQueue>(database))
    , m_queue(opening.queue ? *opening.queue : *m_ownQueue)
    , m_interviews(database)
    , m_leases(database)
    , m_holder(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_mayEdit(opening.mayEdit)
    , m_timer(clock)
{
    QString person = opening.who.trimmed();
    if (person.isEmpty())
        person = qEnvironmentVariable("USER", tr("someone"));
    m_holderName = tr("%1 on %2").arg(person, QSysInfo::machineHostName());

    std::optional<Scorecard> card = m_interviews.scorecard(id);
    if (!card) {
        throw StorageError(StorageError::Kind::Gone,
                           tr("The interview no longer exists; it may have been erased with its candidate."));
    }
    // Someone else's scorecard is read, never leased: opening it must not lock its interviewer out.
    if (!database.isReadOnly() && m_mayEdit) {
        const InterviewLease lease = m_leases.acquire(id, m_holder, m_holderName);
        m_holdsLease = lease.ours;
        if (!lease.ours)
            m_other = lease;
    }
    try {
        if (card->interview.state == InterviewState::Planned && m_holdsLease) {
            m_interviews.start(id, QDateTime::currentDateTimeUtc());
            card = m_interviews.scorecard(id);
        }
        m_card = *card;
        m_candidate = CandidateRepository(database).get(m_card.interview.candidateId).value_or(Candidate{});
    } catch (...) {
        // An interview that could not be opened is not left looking open elsewhere.
        if (m_holdsLease) {
            try {
                m_leases.release(id, m_holder);
            } catch (const StorageError&) {
            }
        }
        throw;
    }
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

    m_clockTimer.setInterval(clockSaveIntervalMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &InterviewSession::saveClock);
    m_heartbeat.setInterval(leaseHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &InterviewSession::checkLease);
    if (m_holdsLease)
        m_heartbeat.start();

    connect(&m_queue, &SaveQueue::allSaved, this, &InterviewSession::saved);
    connect(&m_queue, &SaveQueue::waiting, this, [this](const QString& message, StorageError::Kind kind) {
        if (kind == StorageError::Kind::Busy)
            emit waitingForLock(message);
        else
            emit errorOccurred(message);
    });
    connect(&m_queue, &SaveQueue::refused, this, [this](const QString& key, const StorageError& e) {
        if (key.startsWith(prefix()) || key.startsWith(CandidateEdits::keyPrefix(m_candidate.id)))
            handleFailure(e);
    });
    connect(&m_queue, &SaveQueue::reattached, this, &InterviewSession::rewriteEverything);
}

InterviewSession::~InterviewSession()
{
    m_timer.pause();
    saveClock();
    m_queue.flush();
    // Held writes (taken over) can only be written by this session: they go, their recovery file
    // stays. Writes that only wait (a lock, a full disk) need nothing of the session and stay in
    // the queue, and so does the lease they write under, until they are through (or it expires).
    m_queue.abandonHeld(prefix());
    if (m_holdsLease && !m_queue.hasPending(prefix())) {
        try {
            m_leases.release(m_card.interview.id, m_holder);
        } catch (const StorageError&) {
            // It expires on its own.
        }
    }
}

QString InterviewSession::prefix() const
{
    return QStringLiteral("interview/%1/").arg(m_card.interview.id);
}

InterviewSession::Access InterviewSession::access() const
{
    if (m_database.isReadOnly())
        return Access::DatabaseReadOnly;
    if (!m_mayEdit)
        return Access::NotYours;
    if (!m_holdsLease)
        return m_takenOver ? Access::TakenOver : Access::OpenElsewhere;
    if (m_card.interview.state == InterviewState::Submitted)
        return Access::Submitted;
    return Access::Editable;
}

QString InterviewSession::readOnlyReason() const
{
    return m_database.readOnlyReason();
}

SaveQueue::Write InterviewSession::interviewWrite(const QString& what, QJsonObject content,
                                                  QJsonObject values) const
{
    return interviewWrite(what, std::move(content),
                          SavedChange::interview(m_card.interview.id, m_holder, values));
}

SaveQueue::Write InterviewSession::interviewWrite(const QString& what, QJsonObject content,
                                                  const SavedChange& change) const
{
    // Values only: the write may run after this session is gone (see SaveQueue).
    const Database& database = m_database;
    return SaveQueue::Write{prefix() + what, std::move(content),
                            [&database, change] { change.apply(database); }, change.json()};
}

QJsonObject InterviewSession::describe(const QString& field, int index) const
{
    QJsonObject content{{QStringLiteral("candidate"), m_card.interview.candidateId},
                        {QStringLiteral("candidate_name"), m_card.interview.candidateName},
                        {QStringLiteral("interview"), m_card.interview.id},
                        {QStringLiteral("interviewer"), m_card.interview.interviewerName},
                        {QStringLiteral("field"), field}};
    if (index >= 0 && index < m_card.entries.size()) {
        content.insert(QStringLiteral("question_number"), index + 1);
        content.insert(QStringLiteral("question"), m_card.entries.at(index).question.title);
    }
    return content;
}

bool InterviewSession::post(SaveQueue::Write write)
{
    return m_queue.saveNow(std::move(write)) != SaveQueue::Outcome::Refused;
}

void InterviewSession::postSoon(SaveQueue::Write write)
{
    m_queue.saveSoon(std::move(write));
}

bool InterviewSession::writeNow(const std::function<void()>& write)
{
    const int reattachments = m_database.reattachments();
    bool ok = true;
    try {
        WriteTransaction tx(m_database);
        m_leases.requireHeld(m_card.interview.id, m_holder);
        write();
        tx.commit();
    } catch (const StorageError& e) {
        handleFailure(e);
        ok = false;
    }
    if (m_database.reattachments() != reattachments)
        QMetaObject::invokeMethod(this, &InterviewSession::rewriteEverything, Qt::QueuedConnection);
    return ok;
}

void InterviewSession::handleFailure(const StorageError& e)
{
    switch (e.kind()) {
    case StorageError::Kind::Gone:
        m_clockTimer.stop();
        m_heartbeat.stop();
        m_timer.pause();
        m_queue.drop(prefix());
        emit gone(e.message());
        return;
    case StorageError::Kind::LeaseLost:
        loseLease();
        return;
    default:
        emit errorOccurred(e.message());
        return;
    }
}

bool InterviewSession::requireEditable()
{
    switch (access()) {
    case Access::Editable:
        return true;
    case Access::Submitted:
        emit errorOccurred(
            tr("This scorecard has been submitted and is read-only. Reopen it to make changes."));
        return false;
    case Access::OpenElsewhere:
    case Access::TakenOver:
        emit errorOccurred(
            tr("%1 has this interview open; take it over to change it here.")
                .arg(m_other.holderName.isEmpty() ? tr("Another window") : m_other.holderName));
        return false;
    case Access::DatabaseReadOnly:
        emit errorOccurred(
            tr("The database is open for reading only (%1).").arg(m_database.readOnlyReason()));
        return false;
    case Access::NotYours:
        emit errorOccurred(tr("This is %1's scorecard; you can read it, not change it.")
                               .arg(m_card.interview.interviewerName));
        return false;
    }
    return false;
}

void InterviewSession::reloadInterview()
{
    if (std::optional<Interview> fresh = m_interviews.get(m_card.interview.id))
        m_card.interview = *fresh;
}

void InterviewSession::checkLease()
{
    if (!m_holdsLease)
        return;
    try {
        if (!m_leases.renew(m_card.interview.id, m_holder))
            loseLease();
    } catch (const StorageError&) {
        // Busy or briefly unwritable: the next beat tries again, well within the expiry.
    }
    // The heartbeat is often the first write after another program deleted the WAL: if it had the
    // database reopened, the interview is written again like after any other reopening.
    m_queue.checkReattached();
}

void InterviewSession::loseLease()
{
    if (!m_holdsLease && m_takenOver)
        return;
    m_holdsLease = false;
    m_takenOver = true;
    m_heartbeat.stop();
    m_clockTimer.stop();
    m_timer.pause();
    try {
        m_other = m_leases.current(m_card.interview.id, m_holder);
    } catch (const StorageError&) {
        m_other = InterviewLease{};
    }
    // Kept, not written: the other window's work must not be overwritten, and ours not lost.
    m_queue.hold(prefix());
    const QString who = m_other.holderName.isEmpty() ? tr("Another window") : m_other.holderName;
    QString message = tr("%1 took this interview over. This window can only read it now.").arg(who);
    if (m_queue.hasPending(prefix())) {
        message += QLatin1Char(' ') +
                   (m_queue.recoveryFile().isEmpty()
                        ? tr("What you typed and had not been saved is kept here; take the interview back to "
                             "save it.")
                        : tr("What you typed and had not been saved is kept, and copied to %1.")
                              .arg(m_queue.recoveryFile()));
    }
    emit clockChanged();
    emit accessChanged();
    emit errorOccurred(message);
}

bool InterviewSession::takeOver()
{
    if (m_database.isReadOnly() || !m_mayEdit)
        return false;
    try {
        const InterviewLease lease = m_leases.acquire(m_card.interview.id, m_holder, m_holderName, true);
        m_holdsLease = lease.ours;
    } catch (const StorageError& e) {
        emit errorOccurred(e.message());
        return false;
    }
    if (!m_holdsLease)
        return false;
    m_takenOver = false;
    m_other = InterviewLease{};
    m_heartbeat.start();
    // What was typed here and kept goes in first; then the screen shows the interview as stored,
    // with whatever the other window wrote meanwhile. While some of it still waits (another
    // program's lock), the screen keeps what is typed here, which the stored state lacks yet.
    m_queue.resume(prefix());
    if (m_queue.hasPending(prefix())) {
        emit accessChanged();
        return true;
    }
    try {
        if (std::optional<Scorecard> fresh = m_interviews.scorecard(m_card.interview.id)) {
            m_card = *fresh;
            m_spentMs.clear();
            for (const ScorecardEntry& e : std::as_const(m_card.entries))
                m_spentMs.append(qint64(e.secondsSpent) * 1000);
            m_current = qBound(0, m_current, qMax(0, int(m_card.entries.size()) - 1));
            m_timer.reset(qint64(m_card.interview.elapsedSeconds) * 1000, m_spentMs.value(m_current));
        }
    } catch (const StorageError& e) {
        emit errorOccurred(e.message());
    }
    emit accessChanged();
    emit stateChanged();
    emit highlightsChanged();
    emit wrapUpChanged();
    emit currentIndexChanged(m_current);
    return true;
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
    if (index < 0 || index >= m_card.entries.size())
        return CodeSnippet{QStringLiteral("Python"), QString()};
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
        QJsonObject content = describe(QStringLiteral("seconds_spent"), previous);
        content.insert(QStringLiteral("value"), seconds);
        post(interviewWrite(QStringLiteral("spent/%1").arg(id), content,
                            QJsonObject{{QStringLiteral("op"), QStringLiteral("spent")},
                                        {QStringLiteral("entry"), id},
                                        {QStringLiteral("seconds"), seconds}}));
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
    QJsonObject content = describe(QStringLiteral("clock"));
    content.insert(QStringLiteral("value"), total);
    if (post(interviewWrite(QStringLiteral("clock"), content,
                            QJsonObject{{QStringLiteral("op"), QStringLiteral("clock")},
                                        {QStringLiteral("total"), total},
                                        {QStringLiteral("entry"), current.id},
                                        {QStringLiteral("seconds"), onQuestion}}))) {
        m_card.interview.elapsedSeconds = total;
        current.secondsSpent = onQuestion;
    }
}

bool InterviewSession::setResult(int index, EntryStatus status, std::optional<int> score)
{
    if (!requireEditable() || index < 0 || index >= m_card.entries.size())
        return false;
    ScorecardEntry& e = m_card.entries[index];
    const ScorecardEntryId id = e.id;
    QJsonObject content = describe(QStringLiteral("result"), index);
    content.insert(QStringLiteral("status"), toKey(status));
    if (score)
        content.insert(QStringLiteral("score"), *score);
    if (!post(interviewWrite(
            QStringLiteral("result/%1").arg(id), content,
            QJsonObject{{QStringLiteral("op"), QStringLiteral("result")},
                        {QStringLiteral("entry"), id},
                        {QStringLiteral("status"), toKey(status)},
                        {QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue()}})))
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
    QJsonObject content = describe(QStringLiteral("recommendation"));
    content.insert(QStringLiteral("value"), recommendation ? toKey(*recommendation) : QString());
    if (!post(interviewWrite(
            QStringLiteral("recommendation"), content,
            QJsonObject{{QStringLiteral("op"), QStringLiteral("recommendation")},
                        {QStringLiteral("value"),
                         recommendation ? QJsonValue(toKey(*recommendation)) : QJsonValue()}})))
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
    if (h.id != 0) {
        // An undone removal: the same highlight, by its id, through the queue like any edit of it.
        postHighlight(h);
    } else {
        // A new one needs its id now, so it is written now, not queued.
        if (!writeNow([&] { h = m_interviews.saveHighlight(h); }))
            return std::nullopt;
    }
    m_card.highlights.removeIf([&](const Highlight& known) { return known.id == h.id; });
    m_card.highlights.append(h);
    std::stable_sort(
        m_card.highlights.begin(), m_card.highlights.end(), [](const Highlight& a, const Highlight& b) {
            return a.elapsedSeconds != b.elapsedSeconds ? a.elapsedSeconds < b.elapsedSeconds : a.id < b.id;
        });
    emit highlightsChanged();
    return h;
}

void InterviewSession::postHighlight(const Highlight& h)
{
    QJsonObject content = describe(QStringLiteral("highlight"));
    content.insert(QStringLiteral("elapsed_seconds"), h.elapsedSeconds);
    content.insert(QStringLiteral("flag"), toKey(h.flag));
    content.insert(QStringLiteral("text"), h.text);
    post(interviewWrite(QStringLiteral("highlight/%1").arg(h.id), content,
                        SavedChange::highlight(m_card.interview.id, m_holder, h)));
}

bool InterviewSession::setHighlightFlag(HighlightId id, HighlightFlag flag)
{
    if (!requireEditable())
        return false;
    for (Highlight& h : m_card.highlights) {
        if (h.id != id)
            continue;
        h.flag = flag;
        postHighlight(h);
        emit highlightsChanged();
        return true;
    }
    return false;
}

bool InterviewSession::removeHighlight(HighlightId id)
{
    if (!requireEditable())
        return false;
    // Same key as the highlight's edits: a text edit still waiting for it is replaced, not written.
    QJsonObject content = describe(QStringLiteral("highlight_removed"));
    content.insert(QStringLiteral("highlight"), id);
    if (!post(interviewWrite(QStringLiteral("highlight/%1").arg(id), content,
                             QJsonObject{{QStringLiteral("op"), QStringLiteral("highlight_removed")},
                                         {QStringLiteral("highlight"), id}})))
        return false;
    m_card.highlights.removeIf([&](const Highlight& h) { return h.id == id; });
    emit highlightsChanged();
    return true;
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
    QJsonObject content = describe(QStringLiteral("note"), index);
    content.insert(QStringLiteral("text"), note);
    postSoon(interviewWrite(QStringLiteral("note/%1").arg(id), content,
                            QJsonObject{{QStringLiteral("op"), QStringLiteral("note")},
                                        {QStringLiteral("entry"), id},
                                        {QStringLiteral("text"), note}}));
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
        QJsonObject content = describe(QStringLiteral("highlight"));
        content.insert(QStringLiteral("elapsed_seconds"), h.elapsedSeconds);
        content.insert(QStringLiteral("flag"), toKey(h.flag));
        content.insert(QStringLiteral("text"), h.text);
        postSoon(interviewWrite(QStringLiteral("highlight/%1").arg(id), content,
                                SavedChange::highlight(m_card.interview.id, m_holder, h)));
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
        m_card.codeAnswers.append(CodeAnswer{0, {}, m_card.interview.id, id, code, {}});
    QJsonObject content = describe(QStringLiteral("code"), index);
    content.insert(QStringLiteral("syntax"), code.syntax);
    content.insert(QStringLiteral("text"), code.text);
    postSoon(interviewWrite(QStringLiteral("code/%1").arg(id), content,
                            QJsonObject{{QStringLiteral("op"), QStringLiteral("code")},
                                        {QStringLiteral("entry"), id},
                                        {QStringLiteral("syntax"), code.syntax},
                                        {QStringLiteral("text"), code.text}}));
    emit codeAnswerChanged(index);
}

void InterviewSession::setSummary(const QString& summary)
{
    if (!requireEditable() || m_card.interview.summary == summary)
        return;
    m_card.interview.summary = summary;
    QJsonObject content = describe(QStringLiteral("summary"));
    content.insert(QStringLiteral("text"), summary);
    postSoon(interviewWrite(
        QStringLiteral("summary"), content,
        QJsonObject{{QStringLiteral("op"), QStringLiteral("summary")}, {QStringLiteral("text"), summary}}));
    emit wrapUpChanged();
}

void InterviewSession::setCandidate(const Candidate& candidate)
{
    if (m_database.isReadOnly())
        return;
    Candidate updated = candidate;
    updated.id = m_candidate.id;
    CandidateEdits::post(m_queue, m_database, m_candidate, updated);
    m_candidate = updated;
    emit candidateChanged();
}

void InterviewSession::reloadCandidate()
{
    if (m_queue.hasPending(CandidateEdits::keyPrefix(m_candidate.id)))
        return;
    try {
        const std::optional<Candidate> fresh = CandidateRepository(m_database).get(m_candidate.id);
        if (fresh && changedFields(m_candidate, *fresh).size() > 0) {
            m_candidate = *fresh;
            emit candidateChanged();
        }
    } catch (const StorageError& e) {
        emit errorOccurred(e.message());
    }
}

bool InterviewSession::hasPendingWrites() const
{
    return m_queue.hasPending(prefix()) || m_queue.hasPending(CandidateEdits::keyPrefix(m_candidate.id));
}

bool InterviewSession::flush()
{
    m_queue.flush();
    return !hasPendingWrites();
}

void InterviewSession::rewriteEverything()
{
    // The database was reopened under us: commits just before may have gone to the files another
    // program deleted. The interview in memory is the authority while this session holds its lease,
    // so all of it is written again, in one transaction, with setters that are safe to repeat.
    if (!m_holdsLease || m_database.isReadOnly())
        return;
    // The lease may have been in the lost WAL too: take it again unless someone really has it.
    try {
        if (!m_leases.acquire(m_card.interview.id, m_holder, m_holderName).ours) {
            loseLease();
            return;
        }
    } catch (const StorageError& e) {
        handleFailure(e);
    }
    const Scorecard snapshot = m_card;
    QJsonObject content = describe(QStringLiteral("whole_interview"));
    QJsonArray notes;
    for (const ScorecardEntry& e : snapshot.entries) {
        notes.append(QJsonObject{{QStringLiteral("question"), e.question.title},
                                 {QStringLiteral("status"), toKey(e.status)},
                                 {QStringLiteral("score"), e.score ? QJsonValue(*e.score) : QJsonValue()},
                                 {QStringLiteral("note"), e.note}});
    }
    content.insert(QStringLiteral("entries"), notes);
    content.insert(QStringLiteral("summary"), snapshot.interview.summary);
    // Only this run can make this one (the database it rewrites is a file, never a server's):
    // it is not kept in the journal.
    const Database& database = m_database;
    const QString holder = m_holder;
    const auto rewrite = [snapshot](InterviewRepository& interviews) {
        const std::optional<Scorecard> stored = interviews.scorecard(snapshot.interview.id);
        if (!stored)
            throw StorageError(StorageError::Kind::Gone,
                               InterviewRepository::tr("The interview no longer exists; it may have been "
                                                       "erased with its candidate."));
        if (stored->interview.state == InterviewState::Submitted)
            return; // submitted means everything before the submit arrived
        for (const ScorecardEntry& e : snapshot.entries) {
            interviews.setEntryResult(e.id, e.status, e.score);
            interviews.setNote(e.id, e.note);
            interviews.setSecondsSpent(e.id, e.secondsSpent);
        }
        for (const CodeAnswer& a : snapshot.codeAnswers)
            interviews.setCodeAnswer(a.entryId, a.code);
        for (const Highlight& h : stored->highlights) {
            if (std::none_of(snapshot.highlights.begin(), snapshot.highlights.end(),
                             [&](const Highlight& kept) { return kept.id == h.id; }))
                interviews.removeHighlight(h.id);
        }
        for (const Highlight& h : snapshot.highlights)
            interviews.saveHighlight(h);
        interviews.setRecommendation(snapshot.interview.id, snapshot.interview.recommendation);
        interviews.setSummary(snapshot.interview.id, snapshot.interview.summary);
        interviews.setElapsed(snapshot.interview.id, snapshot.interview.elapsedSeconds);
        if (snapshot.interview.state == InterviewState::Submitted)
            interviews.submit(snapshot.interview.id, snapshot.interview.submittedAt);
    };
    post(SaveQueue::Write{prefix() + QStringLiteral("everything"), content,
                          [&database, holder, snapshot, rewrite] {
                              WriteTransaction tx(database);
                              LeaseRepository(database).requireHeld(snapshot.interview.id, holder);
                              InterviewRepository interviews(database);
                              rewrite(interviews);
                              tx.commit();
                          },
                          QJsonObject()});
    emit recovered(tr("Another program removed or replaced the database's files while this interview was "
                      "being saved (a program that opens the database file directly can do that). The "
                      "database was opened afresh and the whole interview written to it again; nothing "
                      "was lost."));
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
    if (!flush())
        return check;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (writeNow([&] { m_interviews.submit(m_card.interview.id, now); })) {
        reloadInterview();
        emit clockChanged();
        emit stateChanged();
        emit accessChanged();
    }
    return check;
}

bool InterviewSession::reopen(const QString& reason)
{
    if (access() != Access::Submitted)
        return access() == Access::Editable;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!writeNow([&] { m_interviews.reopen(m_card.interview.id, now, reason); }))
        return false;
    reloadInterview();
    emit stateChanged();
    emit accessChanged();
    return true;
}

} // namespace ia
