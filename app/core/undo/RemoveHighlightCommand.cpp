#include "RemoveHighlightCommand.h"

#include "interview/InterviewSession.h"

#include <QCoreApplication>

namespace ia {

RemoveHighlightCommand::RemoveHighlightCommand(InterviewSession& session, const Highlight& highlight)
    : SessionCommand(session, QCoreApplication::translate("ia::RemoveHighlightCommand", "Remove highlight"))
    , m_highlight(highlight)
{}

bool RemoveHighlightCommand::applyRedo()
{
    if (const std::optional<Highlight> latest = m_session.highlight(m_highlight.id))
        m_highlight = *latest;
    return m_session.removeHighlight(m_highlight.id);
}

bool RemoveHighlightCommand::applyUndo()
{
    return m_session.addHighlight(m_highlight).has_value();
}

} // namespace ia
