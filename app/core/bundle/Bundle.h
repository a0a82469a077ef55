#pragma once

#include "domain/Candidate.h"
#include "domain/Interviewer.h"
#include "domain/Question.h"
#include "domain/Scorecard.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ia {

// A scorecard as it travels: the interview's own record, with its candidate, interviewer, kit,
// questions and entries named by UUID instead of this database's row ids.
struct BundleScorecard
{
    Interview interview; // uuid, revision, role, times, elapsed, recommendation, summary
    QString candidateUuid;
    QString interviewerUuid;
    QString kitUuid; // empty when the interview had no kit
    // Each entry's question.versionUuid names the exact wording asked.
    QList<ScorecardEntry> entries;
    struct TravellingHighlight
    {
        Highlight highlight;
        QString entryUuid; // empty: taken on no question
    };
    QList<TravellingHighlight> highlights;
    struct TravellingCode
    {
        CodeAnswer answer;
        QString entryUuid;
    };
    QList<TravellingCode> codeAnswers;
};

struct BundleKit
{
    QString uuid;
    QString name;
    QString role;
    QString description;
};

struct Tombstone
{
    QString uuid;
    QString kind; // "candidate" or "interview"
    QDateTime erasedAt;
};

// The panel's exchange format in memory: what one interviewer shares with a hiring manager. Only
// submitted scorecards travel, with everything needed to read them anywhere: the candidate's
// shareable profile, the exact question versions and the kit. BundleFormat reads and writes it as
// the documented JSON of resources/schema/bundle-v1.schema.json.
struct Bundle
{
    static constexpr int formatVersion = 1;

    QDateTime exportedAt;
    Interviewer exportedBy; // uuid, name, e-mail; id unused
    QString appVersion;
    QList<Candidate> candidates; // shareable fields only: no notes, no status
    QList<Question> questions;   // one per version asked, with uuid and versionUuid
    QList<BundleKit> kits;
    QList<Interviewer> interviewers;
    QList<BundleScorecard> scorecards;
    QList<Tombstone> tombstones;
};

} // namespace ia
