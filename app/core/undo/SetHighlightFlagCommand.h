#pragma once

#include "domain/Highlight.h"
#include "undo/SessionCommand.h"

namespace ia {

class SetHighlightFlagCommand : public SessionCommand
{
public:
    SetHighlightFlagCommand(InterviewSession& session, HighlightId id, HighlightFlag flag);

protected:
    bool applyRedo() override;
    bool applyUndo() override;

private:
    HighlightId m_id;
    HighlightFlag m_flag;
    HighlightFlag m_oldFlag;
};

} // namespace ia
