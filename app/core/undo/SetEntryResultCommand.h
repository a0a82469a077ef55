#pragma once

#include "domain/ScorecardEntry.h"
#include "undo/SessionCommand.h"

#include <optional>

namespace ia {

// A score, a skip, or back to not asked, for one question.
class SetEntryResultCommand : public SessionCommand
{
public:
    SetEntryResultCommand(InterviewSession& session, int index, EntryStatus status, std::optional<int> score);

protected:
    bool applyRedo() override;
    bool applyUndo() override;

private:
    int m_index;
    EntryStatus m_status;
    std::optional<int> m_score;
    EntryStatus m_oldStatus;
    std::optional<int> m_oldScore;
};

} // namespace ia
