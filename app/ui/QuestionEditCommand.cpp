#include "QuestionEditCommand.h"

#include "ui/QuestionEditor.h"

namespace ia {

QuestionEditCommand::QuestionEditCommand(QuestionEditor* editor, Question before, Question after, int field,
                                         const QString& text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
{}

void QuestionEditCommand::undo()
{
    m_editor->apply(m_before);
}

void QuestionEditCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    m_editor->apply(m_after);
}

bool QuestionEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const QuestionEditCommand*>(other);
    if (m_field < 0 || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace ia
