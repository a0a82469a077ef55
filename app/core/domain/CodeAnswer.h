#pragma once

#include "domain/CodeSnippet.h"
#include "domain/Ids.h"

#include <QDateTime>

namespace ia {

// Code the candidate wrote, pasted in by the interviewer for a question of the interview.
struct CodeAnswer
{
    CodeAnswerId id = 0;
    QString uuid;
    InterviewId interviewId = 0;
    ScorecardEntryId entryId = 0;
    CodeSnippet code;
    QDateTime updatedAt;
};

} // namespace ia
