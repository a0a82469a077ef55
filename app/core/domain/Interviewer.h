#pragma once

#include "domain/Ids.h"

#include <QString>

namespace ia {

struct Interviewer
{
    InterviewerId id = 0;
    QString name;
    QString email;
};

} // namespace ia
