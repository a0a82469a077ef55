#pragma once

#include "domain/Highlight.h"
#include "undo/SessionCommand.h"

namespace ia {

// Pins a highlight to the current question at the current elapsed time.
class AddHighlightCommand : public SessionCommand
{
public:
    AddHighlightCommand(InterviewSession& session, HighlightFlag flag, const QString& text = {});

    // The highlight as stored (id 0 if the write failed).
    const Highlight& highlight() const { return m_highlight; }

protected:
    bool applyRedo() override;
    bool applyUndo() override;

private:
    Highlight m_highlight;
};

} // namespace ia
