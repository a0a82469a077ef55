#include "QuestionJson.h"

#include "json/JsonWalker.h"

#include <QJsonArray>
#include <QSet>

namespace ia {

QJsonObject QuestionJson::write(const Question& q, Form form)
{
    QJsonArray rubric;
    for (int score = Rubric::minScore; score <= Rubric::maxScore; ++score) {
        const RubricAnchor& a = q.rubric.anchor(score);
        rubric.append(QJsonObject{{QStringLiteral("score"), score},
                                  {QStringLiteral("label"), a.label},
                                  {QStringLiteral("description"), a.description}});
    }
    QJsonObject o{{QStringLiteral("uuid"), q.uuid},
                  {QStringLiteral("versionUuid"), q.versionUuid},
                  {QStringLiteral("key"), q.key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.key)},
                  {QStringLiteral("category"), q.category},
                  {QStringLiteral("title"), q.title},
                  {QStringLiteral("prompt"), q.prompt},
                  {QStringLiteral("assesses"), q.assesses},
                  {QStringLiteral("followUps"), QJsonArray::fromStringList(q.followUps)},
                  {QStringLiteral("timeBudgetSeconds"), q.timeBudgetSeconds},
                  {QStringLiteral("practical"), q.practical},
                  {QStringLiteral("rubric"), rubric}};
    if (form == Form::Bundle)
        o.insert(QStringLiteral("version"), q.version);
    o.insert(QStringLiteral("code"),
             q.snippet.text.isEmpty() && q.snippet.syntax.isEmpty()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QJsonObject{{QStringLiteral("syntax"), q.snippet.syntax},
                                          {QStringLiteral("text"), q.snippet.text}}));
    return o;
}

Question QuestionJson::read(JsonWalker& r, const QJsonValue& v, const QString& path, Form form)
{
    const bool bundle = form == Form::Bundle;
    const qsizetype problemsBefore = r.problems.size();
    const QJsonObject o = r.object(v, path);
    Question q;
    q.uuid = r.uuid(o, QStringLiteral("uuid"), path, bundle);
    q.versionUuid = r.uuid(o, QStringLiteral("versionUuid"), path, bundle);
    if (bundle)
        q.version = int(r.integer(o, QStringLiteral("version"), path, 1, 1'000'000));
    q.key = r.text(o, QStringLiteral("key"), path, false);
    q.category = r.nonEmpty(o, QStringLiteral("category"), path);
    q.title = r.nonEmpty(o, QStringLiteral("title"), path);
    q.prompt = r.nonEmpty(o, QStringLiteral("prompt"), path);
    q.assesses = r.text(o, QStringLiteral("assesses"), path, false);
    q.timeBudgetSeconds = int(r.integer(o, QStringLiteral("timeBudgetSeconds"), path, 0, 24 * 3600));
    if (bundle || o.contains(QStringLiteral("practical")))
        q.practical = r.flag(o, QStringLiteral("practical"), path);
    const QJsonArray followUps = bundle || o.contains(QStringLiteral("followUps"))
                                     ? r.array(o, QStringLiteral("followUps"), path)
                                     : QJsonArray();
    for (qsizetype i = 0; i < followUps.size(); ++i) {
        const QJsonValue f = followUps.at(i);
        if (!f.isString() || f.toString().size() > r.maxText())
            r.problem(JsonWalker::item(JsonWalker::at(path, QStringLiteral("followUps")), i),
                      QuestionJson::tr("expected text"));
        else
            q.followUps.append(f.toString());
    }
    if (o.contains(QStringLiteral("code")) && !o.value(QStringLiteral("code")).isNull()) {
        const QString p = JsonWalker::at(path, QStringLiteral("code"));
        const QJsonObject code = r.object(o.value(QStringLiteral("code")), p);
        q.snippet.syntax = r.text(code, QStringLiteral("syntax"), p);
        q.snippet.text = r.text(code, QStringLiteral("text"), p);
    }
    const QString rubricPath = JsonWalker::at(path, QStringLiteral("rubric"));
    const QJsonArray rubric = r.array(o, QStringLiteral("rubric"), path);
    QSet<int> seen;
    for (qsizetype i = 0; i < rubric.size(); ++i) {
        const QString p = JsonWalker::item(rubricPath, i);
        const QJsonObject a = r.object(rubric.at(i), p);
        const int score = int(r.integer(a, QStringLiteral("score"), p, Rubric::minScore, Rubric::maxScore));
        const QString label = r.nonEmpty(a, QStringLiteral("label"), p);
        const QString description = r.nonEmpty(a, QStringLiteral("description"), p);
        if (seen.contains(score))
            r.problem(JsonWalker::at(p, QStringLiteral("score")),
                      QuestionJson::tr("score %1 appears twice").arg(score));
        seen.insert(score);
        q.rubric.setAnchor(score, label, description);
    }
    if (r.problems.size() == problemsBefore && !q.rubric.isComplete())
        r.problem(rubricPath, QuestionJson::tr("needs a label and a description for each score from 1 to 4"));
    return q;
}

} // namespace ia
