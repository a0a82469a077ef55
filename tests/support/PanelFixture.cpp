#include "PanelFixture.h"

#include "desk/ManagerPassphrase.h"
#include "storage/CandidateRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/QuestionRepository.h"

namespace ia::test {

namespace {

constexpr std::optional<int> skip = std::nullopt;

} // namespace

PanelFixture::PanelFixture()
{
    ManagerPassphrase::set(db, managerPassphrase());
    QuestionRepository questions(db);
    const auto question = [&](const QString& key, const QString& category) {
        Question q;
        q.key = key;
        q.category = category;
        q.title = key.toUpper() + QStringLiteral(" title");
        q.prompt = QStringLiteral("Prompt of ") + key;
        for (int s = 1; s <= 4; ++s)
            q.rubric.setAnchor(s, QStringLiteral("Anchor %1").arg(s),
                               QStringLiteral("Description %1").arg(s));
        return questions.create(q);
    };
    Kit k;
    k.name = QStringLiteral("R kit");
    k.role = QStringLiteral("R");
    k.items = {KitItem{0, 0, 300, 1.0, question(QStringLiteral("q1"), QStringLiteral("Fundamentals"))},
               KitItem{0, 0, 300, 1.0, question(QStringLiteral("q2"), QStringLiteral("Fundamentals"))},
               KitItem{0, 0, 600, 2.0, question(QStringLiteral("q3"), QStringLiteral("Practical"))}};
    kit = KitRepository(db).create(k);
    x = candidate(QStringLiteral("Xavier Example"));
    y = candidate(QStringLiteral("Yolanda Example"));
    InterviewerRepository interviewers(db);
    ann = interviewers.findOrCreate(QStringLiteral("Ann")).id;
    bob = interviewers.findOrCreate(QStringLiteral("Bob")).id;
    cy = interviewers.findOrCreate(QStringLiteral("Cy")).id;
    submitted(x, ann, {4, 3, 4}, Recommendation::StrongYes, QStringLiteral("confident about asyncio"));
    submitted(x, bob, {2, 1, 3}, Recommendation::No,
              QStringLiteral("struggled with asyncio and asyncio again"));
    submitted(x, cy, {3, skip, 4}, Recommendation::Yes, QStringLiteral("steady"));
    submitted(y, ann, {4, 4, 3}, Recommendation::Yes, QStringLiteral("zanzibar lighthouse story"));
    submitted(y, bob, {2, 2, 3}, Recommendation::No, QStringLiteral("fine"));
    InterviewRepository(db).create(y, cy, kit); // Cy's own interview with Y is still to come
}

CandidateId PanelFixture::candidate(const QString& name)
{
    Candidate c;
    c.name = name;
    c.role = QStringLiteral("R");
    return CandidateRepository(db).create(c).id;
}

InterviewId PanelFixture::submitted(CandidateId candidate, InterviewerId interviewer,
                                    const QList<std::optional<int>>& scores, Recommendation recommendation,
                                    const QString& note)
{
    InterviewRepository interviews(db);
    const Interview iv = interviews.create(candidate, interviewer, kit);
    interviews.start(iv.id, QDateTime::currentDateTimeUtc());
    const Scorecard card = *interviews.scorecard(iv.id);
    for (int i = 0; i < scores.size(); ++i) {
        const ScorecardEntry& e = card.entries.at(i);
        if (scores.at(i))
            interviews.setEntryResult(e.id, EntryStatus::Scored, scores.at(i));
        else
            interviews.setEntryResult(e.id, EntryStatus::Skipped);
        interviews.setNote(e.id, note + QStringLiteral(" on ") + e.question.key);
    }
    interviews.setRecommendation(iv.id, recommendation);
    interviews.submit(iv.id, QDateTime::currentDateTimeUtc());
    return iv.id;
}

} // namespace ia::test
