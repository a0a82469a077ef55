#pragma once

#include <QString>

namespace ia {

// One thing wrong with a file a user gave us, and where it is: a JSON path
// ("questions[3].rubric[1].label") or a place in a spreadsheet ("line 4, column 7 (score2_label)").
struct LocatedProblem
{
    QString where;
    QString message;
};

} // namespace ia
