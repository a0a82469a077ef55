#include "SetHighlightFlagCommand.h"

#include "interview/InterviewSession.h"

#include <QCoreApplication>

namespace ia {

SetHighlightFlagCommand::SetHighlightFlagCommand(InterviewSession& session, HighlightId id,
                                                 HighlightFlag flag)
    : SessionCommand(session,
                     flag == HighlightFlag::RedFlag
                         ? QCoreApplication::translate("ia::SetHighlightFlagCommand", "Flag as red flag")
                     : flag == HighlightFlag::Strength
                         ? QCoreApplication::translate("ia::SetHighlightFlagCommand", "Flag as strength")
                         : QCoreApplication::translate("ia::SetHighlightFlagCommand", "Clear flag"))
    , m_id(id)
    , m_flag(flag)
    , m_oldFlag(session.highlight(id).value_or(Highlight{}).flag)
{}

bool SetHighlightFlagCommand::applyRedo()
{
    return m_session.setHighlightFlag(m_id, m_flag);
}

bool SetHighlightFlagCommand::applyUndo()
{
    return m_session.setHighlightFlag(m_id, m_oldFlag);
}

} // namespace ia
