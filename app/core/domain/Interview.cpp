#include "Interview.h"

#include <QCoreApplication>

namespace ia {

QString toKey(InterviewState state)
{
    switch (state) {
    case InterviewState::Planned:
        return QStringLiteral("planned");
    case InterviewState::InProgress:
        return QStringLiteral("in_progress");
    case InterviewState::Submitted:
        return QStringLiteral("submitted");
    }
    return {};
}

std::optional<InterviewState> interviewStateFromKey(const QString& key)
{
    for (InterviewState s :
         {InterviewState::Planned, InterviewState::InProgress, InterviewState::Submitted}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString displayName(InterviewState state)
{
    switch (state) {
    case InterviewState::Planned:
        return QCoreApplication::translate("ia::InterviewState", "Planned");
    case InterviewState::InProgress:
        return QCoreApplication::translate("ia::InterviewState", "In progress");
    case InterviewState::Submitted:
        return QCoreApplication::translate("ia::InterviewState", "Submitted");
    }
    return {};
}

} // namespace ia
