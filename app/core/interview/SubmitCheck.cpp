#include "SubmitCheck.h"

namespace ia {

SubmitCheck SubmitCheck::of(const Scorecard& card)
{
    SubmitCheck check;
    check.missingRecommendation = !card.interview.recommendation.has_value();
    bool anyScored = false;
    for (int i = 0; i < card.entries.size(); ++i) {
        const ScorecardEntry& e = card.entries.at(i);
        if (e.status == EntryStatus::Scored)
            anyScored = true;
        if (e.status != EntryStatus::NotAsked)
            continue;
        bool evidence = !e.note.trimmed().isEmpty();
        for (const Highlight& h : card.highlights)
            evidence = evidence || h.entryId == e.id;
        for (const CodeAnswer& a : card.codeAnswers)
            evidence = evidence || (a.entryId == e.id && !a.code.isEmpty());
        (evidence ? check.unscoredAskedEntries : check.neverAskedEntries).append(i);
    }
    check.nothingScored = !anyScored;
    return check;
}

} // namespace ia
