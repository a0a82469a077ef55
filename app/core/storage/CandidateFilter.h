#pragma once

#include "domain/CandidateStatus.h"

#include <QString>

#include <optional>

namespace ia {

// What the candidates table is narrowed to: the words typed into the filter (every one must occur in
// the name, role, e-mail, tags or the status's displayed name) and, when picked, one status.
struct CandidateFilter
{
    QString text;
    std::optional<CandidateStatus> status;

    CandidateFilter() = default;
    // Implicit: most callers filter by the typed words alone.
    CandidateFilter(const QString& words) // NOLINT(google-explicit-constructor)
        : text(words)
    {}
    CandidateFilter(const QString& words, std::optional<CandidateStatus> onlyStatus)
        : text(words)
        , status(onlyStatus)
    {}
};

} // namespace ia
