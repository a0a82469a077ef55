#include "AddHighlightCommand.h"

#include "interview/InterviewSession.h"

#include <QCoreApplication>

namespace ia {

AddHighlightCommand::AddHighlightCommand(InterviewSession& session, HighlightFlag flag, const QString& text)
    : SessionCommand(session, QCoreApplication::translate("ia::AddHighlightCommand", "Add highlight"))
{
    m_highlight.flag = flag;
    m_highlight.text = text;
}

bool AddHighlightCommand::applyRedo()
{
    // The first time stamps it now; a redo after an undo puts the same highlight back.
    if (m_highlight.id != 0) {
        if (const std::optional<Highlight> latest = m_session.highlight(m_highlight.id))
            m_highlight = *latest;
    }
    const std::optional<Highlight> stored = m_session.addHighlight(m_highlight);
    if (!stored)
        return false;
    m_highlight = *stored;
    return true;
}

bool AddHighlightCommand::applyUndo()
{
    // Keep the text typed since, for a redo.
    if (const std::optional<Highlight> latest = m_session.highlight(m_highlight.id))
        m_highlight = *latest;
    return m_session.removeHighlight(m_highlight.id);
}

} // namespace ia
