#pragma once

#include "domain/Recommendation.h"
#include "undo/SessionCommand.h"

#include <optional>

namespace ia {

class SetRecommendationCommand : public SessionCommand
{
public:
    SetRecommendationCommand(InterviewSession& session, std::optional<Recommendation> recommendation);

protected:
    bool applyRedo() override;
    bool applyUndo() override;

private:
    std::optional<Recommendation> m_recommendation;
    std::optional<Recommendation> m_old;
};

} // namespace ia
