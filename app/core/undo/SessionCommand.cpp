#include "SessionCommand.h"

namespace ia {

SessionCommand::SessionCommand(InterviewSession& session, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
{}

void SessionCommand::redo()
{
    if (!applyRedo())
        setObsolete(true);
}

void SessionCommand::undo()
{
    if (!applyUndo())
        setObsolete(true);
}

} // namespace ia
