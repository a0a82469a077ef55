#pragma once

#include "domain/CodeSnippet.h"
#include "domain/Ids.h"
#include "domain/Rubric.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ia {

// One version of a question. Editing a question stores a new version; an interview keeps
// pointing at the version that was asked, so old scorecards never change under the reader.
struct Question
{
    QuestionId id = 0;               // the question across all its versions
    QuestionVersionId versionId = 0; // this exact wording
    QString uuid;                    // the question across machines
    QString versionUuid;             // this exact wording across machines
    int version = 1;
    QString key; // stable name, e.g. "python.generators"; empty for questions typed by users
    QString category;
    QString title;
    QString prompt;
    QString assesses;
    QStringList followUps;
    CodeSnippet snippet;
    int timeBudgetSeconds = 0;
    bool practical = false; // the candidate writes code the interviewer pastes in
    Rubric rubric;
    QDateTime createdAt;
    // A draft is the newest version while it is being edited: changed in place, never asked. New
    // interviews ask the newest published version.
    bool draft = false;
    QString author; // who wrote this version (the name the editor gave), empty for the shipped bank
    QDateTime publishedAt;

    // The same question text, rubric, budget and code: what makes two versions one.
    bool sameContent(const Question& other) const;
};

} // namespace ia
