#pragma once

#include "domain/Ids.h"
#include "domain/Recommendation.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ia {

enum class InterviewState
{
    Planned,
    InProgress,
    Submitted,
};

QString toKey(InterviewState state); // "planned", "in_progress", "submitted"
std::optional<InterviewState> interviewStateFromKey(const QString& key);
QString displayName(InterviewState state);

// One interviewer with one candidate using one kit.
struct Interview
{
    InterviewId id = 0;
    QString uuid;     // the scorecard's identity across machines
    int revision = 0; // how many times it was submitted: a resubmission is a new revision
    CandidateId candidateId = 0;
    InterviewerId interviewerId = 0;
    KitId kitId = 0;
    QString role; // the candidate's role when the interview was set up
    InterviewState state = InterviewState::Planned;
    QDateTime scheduledAt;
    QDateTime startedAt;
    QDateTime endedAt;
    QDateTime submittedAt;
    int elapsedSeconds = 0; // the interview clock, persisted so a resumed interview continues
    std::optional<Recommendation> recommendation;
    QString summary;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Names for display, filled in by the repository.
    QString candidateName;
    QString interviewerName;
    QString kitName;
};

} // namespace ia
