#pragma once

#include "domain/Highlight.h"
#include "undo/SessionCommand.h"

namespace ia {

class RemoveHighlightCommand : public SessionCommand
{
public:
    RemoveHighlightCommand(InterviewSession& session, const Highlight& highlight);

protected:
    bool applyRedo() override;
    bool applyUndo() override;

private:
    Highlight m_highlight;
};

} // namespace ia
