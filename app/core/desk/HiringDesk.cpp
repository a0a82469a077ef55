#include "HiringDesk.h"

#include "saving/RecoveryFiles.h"
#include "storage/CalibrationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/PanelRepository.h"
#include "storage/Query.h"
#include "storage/StorageError.h"
#include "storage/VisibilityPolicy.h"

#include <QFile>

namespace ia {

HiringDesk::HiringDesk(const Database& database, const Viewer& viewer)
    : m_database(database)
    , m_viewer(viewer)
{}

Comparison HiringDesk::compare(const QString& role, const QList<CandidateId>& candidates) const
{
    Comparison::Builder builder(role);
    PanelRepository(m_database)
        .forEachPanelOfRole(
            role, candidates, m_viewer,
            [&](CandidateId id, const QString& name, bool visible, const QList<Scorecard>& cards) {
                builder.add(id, name, !visible, visible ? PanelSummary::of(cards) : PanelSummary{});
            });
    return builder.build();
}

QList<CalibrationRow> HiringDesk::calibration() const
{
    return CalibrationRepository(m_database).rows(m_viewer);
}

QList<CalibrationDetail> HiringDesk::calibrationDetail(InterviewerId interviewer) const
{
    return CalibrationRepository(m_database).details(interviewer, m_viewer);
}

CandidateSummary HiringDesk::summary(CandidateId candidate) const
{
    return CandidateSummary::of(PanelRepository(m_database).visibleScorecards(candidate, m_viewer));
}

QList<CandidateSummary::Evidence> HiringDesk::evidence(CandidateId candidate, QuestionId question) const
{
    QList<CandidateSummary::Evidence> result;
    for (const Scorecard& card : PanelRepository(m_database).visibleScorecards(candidate, m_viewer)) {
        for (const ScorecardEntry& e : card.entries) {
            if (e.question.id != question)
                continue;
            result.append(CandidateSummary::Evidence{
                card.interview.interviewerName, e.status == EntryStatus::Skipped ? tr("(skipped)") : e.note,
                e.score, std::nullopt});
        }
    }
    return result;
}

HiringDesk::EraseImpact HiringDesk::eraseImpact(CandidateId candidate) const
{
    EraseImpact impact;
    const std::optional<Candidate> c = CandidateRepository(m_database).get(candidate);
    if (!c)
        throw StorageError(StorageError::Kind::Failed, tr("There is no candidate number %1.").arg(candidate));
    impact.name = c->name;
    impact.references = int(c->references.size());
    const auto count = [&](const QString& sql) {
        Query q(m_database.connection(), sql);
        q.bind(QStringLiteral(":id"), candidate);
        return q.scalar().toInt();
    };
    impact.interviews = count(QStringLiteral("SELECT count(*) FROM interview WHERE candidate_id = :id"));
    impact.notes = count(QStringLiteral("SELECT count(*) FROM scorecard_entry e JOIN interview i ON i.id = "
                                        "e.interview_id WHERE i.candidate_id = :id AND e.note <> ''"));
    impact.highlights = count(QStringLiteral("SELECT count(*) FROM highlight h JOIN interview i ON i.id = "
                                             "h.interview_id WHERE i.candidate_id = :id"));
    impact.codeAnswers = count(QStringLiteral("SELECT count(*) FROM code_answer a JOIN interview i ON i.id = "
                                              "a.interview_id WHERE i.candidate_id = :id"));
    impact.backups = m_database.backupFiles();
    return impact;
}

QString HiringDesk::EraseImpact::description() const
{
    // Each count in a phrase of its own, so every language gets its plural forms right.
    QString text =
        tr("Erase %1 for good? This removes the profile (with %2), %3 with their scores and "
           "recommendations, %4, %5 and %6, and their search entries. It cannot be undone.")
            .arg(name, tr("%n reference(s)", nullptr, references), tr("%n interview(s)", nullptr, interviews),
                 tr("%n evidence note(s)", nullptr, notes), tr("%n highlight(s)", nullptr, highlights),
                 tr("%n code answer(s)", nullptr, codeAnswers));
    if (!backups.isEmpty()) {
        text += QLatin1Char(' ') + tr("The %n backup file(s) made before database upgrades also hold this "
                                      "candidate and are deleted too.",
                                      nullptr, int(backups.size()));
    }
    return text;
}

void HiringDesk::erase(CandidateId candidate) const
{
    VisibilityPolicy(m_database, m_viewer).requireMayErase();
    // Unsaved edits copied out of the app hold them too; they go first, with the decision made.
    RecoveryFiles::removeFor(m_database.path(), candidate);
    CandidateRepository(m_database).erase(candidate);
}

} // namespace ia
