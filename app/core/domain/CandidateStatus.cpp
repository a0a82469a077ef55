#include "CandidateStatus.h"

#include <QCoreApplication>

namespace ia {

QList<CandidateStatus> allCandidateStatuses()
{
    return {CandidateStatus::New,      CandidateStatus::Screening, CandidateStatus::Interviewing,
            CandidateStatus::Offer,    CandidateStatus::Hired,     CandidateStatus::Rejected,
            CandidateStatus::Withdrawn};
}

QString toKey(CandidateStatus status)
{
    switch (status) {
    case CandidateStatus::New:
        return QStringLiteral("new");
    case CandidateStatus::Screening:
        return QStringLiteral("screening");
    case CandidateStatus::Interviewing:
        return QStringLiteral("interviewing");
    case CandidateStatus::Offer:
        return QStringLiteral("offer");
    case CandidateStatus::Hired:
        return QStringLiteral("hired");
    case CandidateStatus::Rejected:
        return QStringLiteral("rejected");
    case CandidateStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<CandidateStatus> candidateStatusFromKey(const QString& key)
{
    for (CandidateStatus status : allCandidateStatuses()) {
        if (toKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString displayName(CandidateStatus status)
{
    switch (status) {
    case CandidateStatus::New:
        return QCoreApplication::translate("ia::CandidateStatus", "New");
    case CandidateStatus::Screening:
        return QCoreApplication::translate("ia::CandidateStatus", "Screening");
    case CandidateStatus::Interviewing:
        return QCoreApplication::translate("ia::CandidateStatus", "Interviewing");
    case CandidateStatus::Offer:
        return QCoreApplication::translate("ia::CandidateStatus", "Offer");
    case CandidateStatus::Hired:
        return QCoreApplication::translate("ia::CandidateStatus", "Hired");
    case CandidateStatus::Rejected:
        return QCoreApplication::translate("ia::CandidateStatus", "Rejected");
    case CandidateStatus::Withdrawn:
        return QCoreApplication::translate("ia::CandidateStatus", "Withdrawn");
    }
    return {};
}

} // namespace ia
