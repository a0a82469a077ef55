#include "CandidateSummary.h"

#include "analysis/PanelSummary.h"

#include <QLocale>

namespace ia {

CandidateSummary CandidateSummary::of(const QList<Scorecard>& scorecards)
{
    CandidateSummary summary;
    const PanelSummary panel = PanelSummary::of(scorecards);
    for (const PanelSummary::Question& q : panel.questions) {
        if (!q.mean || (*q.mean > 2.0 && *q.mean < 3.0))
            continue;
        const bool strong = *q.mean >= 3.0;
        Point point;
        point.title = q.title;
        point.detail = tr("panel mean %1, scores: %2").arg(QLocale().toString(*q.mean, 'f', 1)).arg(q.count);
        for (const Scorecard& card : scorecards) {
            for (const ScorecardEntry& e : card.entries) {
                if (e.question.id != q.id || !e.score || (strong ? *e.score < 3 : *e.score > 2))
                    continue;
                point.evidence.append(
                    Evidence{card.interview.interviewerName, e.note, e.score, std::nullopt});
            }
        }
        (strong ? summary.strengths : summary.concerns).append(point);
    }
    for (const Scorecard& card : scorecards) {
        for (const Highlight& h : card.highlights) {
            if (h.flag == HighlightFlag::None)
                continue;
            QString question;
            for (const ScorecardEntry& e : card.entries) {
                if (h.entryId == e.id)
                    question = e.question.title;
            }
            Point point;
            point.title = h.flag == HighlightFlag::Strength ? tr("Strength noted") : tr("Red flag");
            point.detail = question;
            point.evidence.append(
                Evidence{card.interview.interviewerName, h.text, std::nullopt, h.elapsedSeconds});
            (h.flag == HighlightFlag::Strength ? summary.strengths : summary.concerns).append(point);
        }
    }
    return summary;
}

} // namespace ia
