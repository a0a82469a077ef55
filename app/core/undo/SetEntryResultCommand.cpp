#include "SetEntryResultCommand.h"

#include "interview/InterviewSession.h"

#include <QCoreApplication>

namespace ia {

namespace {

QString describe(EntryStatus status, std::optional<int> score)
{
    if (status == EntryStatus::Scored && score)
        return QCoreApplication::translate("ia::SetEntryResultCommand", "Score %1").arg(*score);
    if (status == EntryStatus::Skipped)
        return QCoreApplication::translate("ia::SetEntryResultCommand", "Skip question");
    return QCoreApplication::translate("ia::SetEntryResultCommand", "Clear score");
}

} // namespace

SetEntryResultCommand::SetEntryResultCommand(InterviewSession& session, int index, EntryStatus status,
                                             std::optional<int> score)
    : SessionCommand(session, describe(status, score))
    , m_index(index)
    , m_status(status)
    , m_score(score)
    , m_oldStatus(session.entry(index).status)
    , m_oldScore(session.entry(index).score)
{}

bool SetEntryResultCommand::applyRedo()
{
    if (m_session.currentIndex() != m_index)
        m_session.setCurrentIndex(m_index);
    return m_session.setResult(m_index, m_status, m_score);
}

bool SetEntryResultCommand::applyUndo()
{
    if (m_session.currentIndex() != m_index)
        m_session.setCurrentIndex(m_index);
    return m_session.setResult(m_index, m_oldStatus, m_oldScore);
}

} // namespace ia
