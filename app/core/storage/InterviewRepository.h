#pragma once

#include "bundle/Bundle.h"
#include "domain/CodeSnippet.h"
#include "domain/Highlight.h"
#include "domain/Interview.h"
#include "domain/Kit.h"
#include "domain/Scorecard.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace ia {

class Database;
class Query;

// Interviews and their scorecards. Every setter is one committed write, so a crash loses nothing
// that a setter returned from. Writes to a submitted interview are refused until it is reopened.
class InterviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ia::InterviewRepository)

public:
    explicit InterviewRepository(const Database& database);

    // A planned interview with one scorecard entry per kit item, each pointing at the question's
    // current version, with the kit's budget and weight copied.
    Interview create(CandidateId candidate, InterviewerId interviewer, const Kit& kit,
                     const QDateTime& scheduledAt = {});

    void start(InterviewId id, const QDateTime& at);
    void setElapsed(InterviewId id, int seconds);
    void setRecommendation(InterviewId id, std::optional<Recommendation> recommendation);
    void setSummary(InterviewId id, const QString& summary);
    void submit(InterviewId id, const QDateTime& at);
    void reopen(InterviewId id, const QDateTime& at, const QString& reason = {});

    // status Scored needs a score 1..4; NotAsked and Skipped clear it.
    void setEntryResult(ScorecardEntryId entry, EntryStatus status, std::optional<int> score = std::nullopt);
    void setNote(ScorecardEntryId entry, const QString& note);
    void setSecondsSpent(ScorecardEntryId entry, int seconds);

    // The one way a highlight is written: id 0 adds one, any other id writes that highlight as
    // given (creating it again if it was removed). Returns it with its id.
    Highlight saveHighlight(const Highlight& highlight);
    void removeHighlight(HighlightId id);

    void setCodeAnswer(ScorecardEntryId entry, const CodeSnippet& code);

    // A submitted scorecard from another database, written whole with its UUIDs: a new interview,
    // or, when `replacing` is given, that interview's newer revision in place of the current one.
    struct LocalIds
    {
        CandidateId candidate = 0;
        InterviewerId interviewer = 0;
        KitId kit = 0;                              // 0: none
        QHash<QString, QuestionVersionId> versions; // version UUID → this database's version
    };
    InterviewId storeFromElsewhere(const BundleScorecard& card, const LocalIds& ids,
                                   InterviewId replacing = 0);
    // A replaced revision, kept as history: its document is the bundle JSON of the scorecard.
    void keepRevision(InterviewId id, int revision, const QByteArray& document);
    QList<int> keptRevisions(InterviewId id) const;

    std::optional<Interview> get(InterviewId id) const;
    std::optional<Interview> byUuid(const QString& uuid) const;
    std::optional<Scorecard> scorecard(InterviewId id) const;
    QList<Interview> forCandidate(CandidateId candidate) const;
    QList<Interview> submittedBy(InterviewerId interviewer) const; // newest first
    QList<Interview> all() const;
    // Planned and in-progress interviews (by the state index: the submitted ones, nearly all of a
    // large database, are not read).
    QList<Interview> unfinished() const;
    int count() const;

private:
    void requireEditable(InterviewId id) const;
    InterviewId interviewOfEntry(ScorecardEntryId entry) const;
    // Sets `assignments` (with their values bound by `bind`) on an entry of a draft interview and
    // returns the interview; throws what stopped it (submitted, gone).
    InterviewId updateEditableEntry(const QSqlDatabase& db, ScorecardEntryId entry,
                                    const QString& assignments,
                                    const std::function<void(Query&)>& bind) const;
    void touch(InterviewId id) const;
    QList<Interview> load(const QString& whereClause, const QString& placeholder,
                          const QVariant& value) const;

    const Database& m_database;
};

} // namespace ia
