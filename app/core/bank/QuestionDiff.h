#pragma once

#include "domain/Question.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ia {

// What changed between two versions of a question, field by field, for the version history.
class QuestionDiff
{
    Q_DECLARE_TR_FUNCTIONS(ia::QuestionDiff)

public:
    struct Change
    {
        QString field; // for people: "Prompt", "Score 3 description"
        QString before;
        QString after;
    };

    static QList<Change> between(const Question& before, const Question& after);
};

} // namespace ia
