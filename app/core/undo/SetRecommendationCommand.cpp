#include "SetRecommendationCommand.h"

#include "interview/InterviewSession.h"

#include <QCoreApplication>

namespace ia {

SetRecommendationCommand::SetRecommendationCommand(InterviewSession& session,
                                                   std::optional<Recommendation> recommendation)
    : SessionCommand(session,
                     QCoreApplication::translate("ia::SetRecommendationCommand", "Recommendation: %1")
                         .arg(recommendation ? displayName(*recommendation) : QStringLiteral("—")))
    , m_recommendation(recommendation)
    , m_old(session.interview().recommendation)
{}

bool SetRecommendationCommand::applyRedo()
{
    return m_session.setRecommendation(m_recommendation);
}

bool SetRecommendationCommand::applyUndo()
{
    return m_session.setRecommendation(m_old);
}

} // namespace ia
