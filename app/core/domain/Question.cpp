#include "Question.h"

namespace ia {

bool Question::sameContent(const Question& other) const
{
    return category == other.category && title == other.title && prompt == other.prompt &&
           assesses == other.assesses && followUps == other.followUps && snippet == other.snippet &&
           timeBudgetSeconds == other.timeBudgetSeconds && practical == other.practical &&
           rubric == other.rubric;
}

} // namespace ia
