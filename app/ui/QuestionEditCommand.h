#pragma once

#include "domain/Question.h"

#include <QUndoCommand>

namespace ia {

class QuestionEditor;

// One change in the question editor, kept as the whole question before and after: undoing shows
// the earlier text again, and the editor saves it as the draft like any other edit. Consecutive
// typing in one field merges into one step.
class QuestionEditCommand : public QUndoCommand
{
public:
    // field: which field changed (consecutive changes of the same field merge), -1 for a step that
    // never merges (adding, removing or moving a follow-up).
    QuestionEditCommand(QuestionEditor* editor, Question before, Question after, int field,
                        const QString& text);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    QuestionEditor* m_editor;
    Question m_before;
    Question m_after;
    int m_field;
    bool m_done = true; // the editor already shows `after` when the command is pushed
};

} // namespace ia
