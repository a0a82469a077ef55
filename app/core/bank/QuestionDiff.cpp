#include "QuestionDiff.h"

namespace ia {

namespace {

QString minutesOf(int seconds)
{
    return QuestionDiff::tr("%1 min").arg(QString::number(seconds / 60.0, 'f', seconds % 60 == 0 ? 0 : 1));
}

} // namespace

QList<QuestionDiff::Change> QuestionDiff::between(const Question& a, const Question& b)
{
    QList<Change> changes;
    const auto compare = [&](const QString& field, const QString& before, const QString& after) {
        if (before != after)
            changes.append({field, before, after});
    };
    compare(tr("Title"), a.title, b.title);
    compare(tr("Category"), a.category, b.category);
    compare(tr("Time"), minutesOf(a.timeBudgetSeconds), minutesOf(b.timeBudgetSeconds));
    compare(tr("Practical"), a.practical ? tr("yes") : tr("no"), b.practical ? tr("yes") : tr("no"));
    compare(tr("Prompt"), a.prompt, b.prompt);
    compare(tr("Assesses"), a.assesses, b.assesses);
    compare(tr("Follow-ups"), a.followUps.join(QLatin1Char('\n')), b.followUps.join(QLatin1Char('\n')));
    for (int score = Rubric::minScore; score <= Rubric::maxScore; ++score) {
        compare(tr("Score %1 label").arg(score), a.rubric.anchor(score).label, b.rubric.anchor(score).label);
        compare(tr("Score %1 description").arg(score), a.rubric.anchor(score).description,
                b.rubric.anchor(score).description);
    }
    compare(tr("Code language"), a.snippet.syntax, b.snippet.syntax);
    compare(tr("Code"), a.snippet.text, b.snippet.text);
    return changes;
}

} // namespace ia
