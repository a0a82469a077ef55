#pragma once

#include <QUndoCommand>

namespace ia {

class InterviewSession;

// The undo layer for an open interview.
//
// Ownership rules:
// - Commands are owned by the QUndoStack they are pushed onto, and only ever reach the data
//   through the InterviewSession, which must outlive the stack (the interview screen owns both and
//   deletes the stack first).
// - A command stores values, never pointers or references into the session's scorecard: entry
//   indexes, highlight ids, scores, whole Highlight copies. The scorecard is reloaded as it changes.
// - Every apply writes to the database at once. If a write fails, the session has already reported
//   it; the command marks itself obsolete so the stack drops it rather than offering to redo or undo
//   something that never happened.
// - A removed highlight is put back with its old id, so later commands that name it stay valid.
// - Typed text is not here: text fields keep their own undo.
class SessionCommand : public QUndoCommand
{
public:
    explicit SessionCommand(InterviewSession& session, const QString& text);

    void redo() final;
    void undo() final;

protected:
    virtual bool applyRedo() = 0;
    virtual bool applyUndo() = 0;

    InterviewSession& m_session;
};

} // namespace ia
