#include "PackRules.h"

#include "domain/Identity.h"
#include "domain/Question.h"

#include <cmath>

namespace ia {

namespace {

bool isAllowedControl(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

bool PackRules::checkText(const QString& text, qsizetype limit, const QString& where,
                          QList<PackProblem>& problems)
{
    if (text.size() > limit) {
        problems.append({where, tr("longer than %1 characters (%2)").arg(limit).arg(text.size())});
        return false;
    }
    for (const QChar c : text) {
        if ((c.category() == QChar::Other_Control && !isAllowedControl(c)) || c.isNonCharacter()) {
            problems.append({where, tr("contains the control character U+%1")
                                        .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                        .toUpper()});
            return false;
        }
    }
    return true;
}

bool PackRules::checkSeconds(double seconds, const QString& where, QList<PackProblem>& problems)
{
    if (!std::isfinite(seconds) || seconds < 0 || seconds > maxSeconds) {
        problems.append({where, tr("must be a time between 0 and 24 hours")});
        return false;
    }
    return true;
}

bool PackRules::checkWeight(double weight, const QString& where, QList<PackProblem>& problems)
{
    if (!std::isfinite(weight) || weight < 0 || weight > maxWeight) {
        problems.append({where, tr("the weight must be a number from 0 to %1").arg(maxWeight)});
        return false;
    }
    return true;
}

void PackRules::checkQuestion(const Question& q, const Place& at, QList<PackProblem>& problems)
{
    if (!q.uuid.isEmpty() && !Identity::isValid(q.uuid))
        problems.append({at(QStringLiteral("uuid")), tr("must be a UUID in lower case")});
    if (!q.versionUuid.isEmpty() && !Identity::isValid(q.versionUuid))
        problems.append({at(QStringLiteral("versionUuid")), tr("must be a UUID in lower case")});
    checkText(q.key, maxShortText, at(QStringLiteral("key")), problems);
    const struct
    {
        const char* field;
        const QString& text;
        qsizetype limit;
        bool required;
    } texts[] = {
        {"category", q.category, maxShortText, true},
        {"title", q.title, maxShortText, true},
        {"prompt", q.prompt, maxLongText, true},
        {"assesses", q.assesses, maxLongText, false},
        {"code.syntax", q.snippet.syntax, maxShortText, false},
        {"code.text", q.snippet.text, maxCode, false},
    };
    for (const auto& t : texts) {
        const QString place = at(QLatin1String(t.field));
        if (t.required && t.text.trimmed().isEmpty())
            problems.append({place, tr("is missing or empty")});
        else
            checkText(t.text, t.limit, place, problems);
    }
    if (q.followUps.size() > maxFollowUps)
        problems.append({at(QStringLiteral("followUps")), tr("more than %1 follow-ups").arg(maxFollowUps)});
    for (qsizetype i = 0; i < q.followUps.size() && i < maxFollowUps; ++i)
        checkText(q.followUps.at(i), maxLongText, at(QStringLiteral("followUps[%1]").arg(i)), problems);
    checkSeconds(q.timeBudgetSeconds, at(QStringLiteral("timeBudgetSeconds")), problems);
    for (int score = Rubric::minScore; score <= Rubric::maxScore; ++score) {
        const RubricAnchor& anchor = q.rubric.anchor(score);
        const QString label = at(QStringLiteral("rubric.%1.label").arg(score));
        const QString description = at(QStringLiteral("rubric.%1.description").arg(score));
        if (anchor.label.trimmed().isEmpty())
            problems.append({label, tr("the anchor for score %1 needs a label").arg(score)});
        else
            checkText(anchor.label, maxShortText, label, problems);
        if (anchor.description.trimmed().isEmpty())
            problems.append({description, tr("the anchor for score %1 needs a description").arg(score)});
        else
            checkText(anchor.description, maxLongText, description, problems);
    }
}

} // namespace ia
