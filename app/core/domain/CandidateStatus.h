#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace ia {

// Where a candidate is in the hiring pipeline.
enum class CandidateStatus
{
    New,
    Screening,
    Interviewing,
    Offer,
    Hired,
    Rejected,
    Withdrawn,
};

QList<CandidateStatus> allCandidateStatuses();
QString toKey(CandidateStatus status); // stable, stored and exported ("interviewing")
std::optional<CandidateStatus> candidateStatusFromKey(const QString& key);
QString displayName(CandidateStatus status); // translated

} // namespace ia
