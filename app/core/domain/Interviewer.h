#pragma once

#include "domain/Ids.h"

#include <QString>

namespace ia {

struct Interviewer
{
    InterviewerId id = 0;
    QString uuid; // the person: two interviewers may share a name
    QString name;
    QString email;
};

} // namespace ia
