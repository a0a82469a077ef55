#include "QuestionRepository.h"

#include "domain/Identity.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowReader.h"
#include "storage/SqlValues.h"
#include "storage/WriteTransaction.h"

#include <QHash>

namespace ia {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT qv.id, qv.question_id, qv.version, q.key, qv.category, qv.title, qv.prompt, qv.assesses, "
    "qv.code_syntax, qv.code_text, qv.time_budget_seconds, qv.practical, qv.created_at, q.uuid, qv.uuid "
    "FROM question_version qv JOIN question q ON q.id = qv.question_id ");

// Only the newest version of each question.
const QString latestOnly = QStringLiteral(
    "qv.version = (SELECT max(v2.version) FROM question_version v2 WHERE v2.question_id = qv.question_id)");

} // namespace

QuestionRepository::QuestionRepository(const Database& database)
    : m_database(database)
{}

Question QuestionRepository::create(const Question& question)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(),
            QStringLiteral(
                "INSERT INTO question (uuid, key, created_at) VALUES (:uuid, :key, :at) RETURNING id"));
    q.bind(QStringLiteral(":uuid"), question.uuid.isEmpty() ? Identity::create() : question.uuid)
        .bind(QStringLiteral(":key"),
              question.key.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : question.key)
        .bind(QStringLiteral(":at"), SqlValues::now());
    const QuestionId id = q.insertReturningId();
    Question stored = insertVersion(id, 1, question, question.versionUuid);
    tx.commit();
    return stored;
}

Question QuestionRepository::addVersion(const Question& edited)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(),
            QStringLiteral("SELECT coalesce(max(version), 0) FROM question_version WHERE question_id = :id"));
    q.bind(QStringLiteral(":id"), edited.id);
    const int next = q.scalar().toInt() + 1;
    Question stored = insertVersion(edited.id, next, edited, {}); // new wording, new identity
    tx.commit();
    return stored;
}

Question QuestionRepository::insertVersion(QuestionId id, int version, const Question& question,
                                           const QString& uuid)
{
    const QSqlDatabase db = m_database.connection();
    Query insert(db,
                 QStringLiteral(
                     "INSERT INTO question_version (uuid, question_id, version, category, title, prompt, "
                     "assesses, code_syntax, code_text, time_budget_seconds, practical, created_at) "
                     "VALUES (:uuid, :qid, :version, :category, :title, :prompt, :assesses, :syntax, :code, "
                     ":budget, :practical, :at) RETURNING id"));
    insert.bind(QStringLiteral(":uuid"), uuid.isEmpty() ? Identity::create() : uuid)
        .bind(QStringLiteral(":qid"), id)
        .bind(QStringLiteral(":version"), version)
        .bind(QStringLiteral(":category"), question.category)
        .bind(QStringLiteral(":title"), question.title)
        .bind(QStringLiteral(":prompt"), question.prompt)
        .bind(QStringLiteral(":assesses"), question.assesses)
        .bind(QStringLiteral(":syntax"), question.snippet.syntax)
        .bind(QStringLiteral(":code"), question.snippet.text)
        .bind(QStringLiteral(":budget"), question.timeBudgetSeconds)
        .bind(QStringLiteral(":practical"), question.practical ? 1 : 0)
        .bind(QStringLiteral(":at"), SqlValues::now());
    const QuestionVersionId versionId = insert.insertReturningId();

    for (int i = 0; i < question.followUps.size(); ++i) {
        Query f(db, QStringLiteral("INSERT INTO question_follow_up (question_version_id, position, text) "
                                   "VALUES (:v, :pos, :text)"));
        f.bind(QStringLiteral(":v"), versionId)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":text"), question.followUps.at(i))
            .exec();
    }
    for (int score = Rubric::minScore; score <= Rubric::maxScore; ++score) {
        const RubricAnchor& anchor = question.rubric.anchor(score);
        if (anchor.label.isEmpty() && anchor.description.isEmpty())
            continue;
        Query r(db,
                QStringLiteral("INSERT INTO rubric_anchor (question_version_id, score, label, description) "
                               "VALUES (:v, :score, :label, :description)"));
        r.bind(QStringLiteral(":v"), versionId)
            .bind(QStringLiteral(":score"), score)
            .bind(QStringLiteral(":label"), anchor.label)
            .bind(QStringLiteral(":description"), anchor.description)
            .exec();
    }
    return *this->version(versionId);
}

QList<Question> QuestionRepository::load(const QString& whereClause, const QString& placeholder,
                                         const QVariant& value) const
{
    const QSqlDatabase db = m_database.connection();
    QList<Question> result;
    QHash<QuestionVersionId, qsizetype> indexOf;
    {
        Query q(db, selectColumns + QStringLiteral("WHERE ") + whereClause +
                        QStringLiteral(" ORDER BY qv.category, qv.title, qv.id"));
        if (!placeholder.isEmpty())
            q.bind(placeholder, value);
        q.exec();
        while (q.next()) {
            const RowReader row(q, QStringLiteral("question_version"), 0);
            Question question;
            question.versionId = row.id(0);
            question.id = row.id(1);
            question.version = int(row.integer(2, 1, 1'000'000));
            question.key = q.isNull(3) ? QString() : row.text(3);
            question.category = row.text(4);
            question.title = row.text(5);
            question.prompt = row.text(6);
            question.assesses = row.text(7);
            question.snippet.syntax = row.text(8);
            question.snippet.text = row.text(9);
            question.timeBudgetSeconds = row.seconds(10);
            question.practical = row.flag(11);
            question.createdAt = row.time(12);
            question.uuid = row.uuid(13);
            question.versionUuid = row.uuid(14);
            indexOf.insert(question.versionId, result.size());
            result.append(question);
        }
    }
    if (result.isEmpty())
        return result;
    // Follow-ups and anchors of all the versions found, one query each, whatever their number.
    const QString versions = QStringLiteral("SELECT qv.id FROM question_version qv JOIN question q ON q.id = "
                                            "qv.question_id WHERE ") +
                             whereClause;
    {
        Query f(db, QStringLiteral("SELECT question_version_id, text FROM question_follow_up WHERE "
                                   "question_version_id IN (") +
                        versions + QStringLiteral(") ORDER BY question_version_id, position"));
        if (!placeholder.isEmpty())
            f.bind(placeholder, value);
        f.exec();
        while (f.next()) {
            const RowReader row(f, QStringLiteral("question_follow_up"), 0);
            result[indexOf.value(row.id(0))].followUps.append(row.text(1));
        }
    }
    {
        Query r(db, QStringLiteral(
                        "SELECT question_version_id, score, label, description FROM rubric_anchor WHERE "
                        "question_version_id IN (") +
                        versions + QStringLiteral(")"));
        if (!placeholder.isEmpty())
            r.bind(placeholder, value);
        r.exec();
        while (r.next()) {
            // An anchor for a score outside 1..4 used to abort both programs (issue: one changed byte).
            const RowReader row(r, QStringLiteral("rubric_anchor"),
                                QStringLiteral("%1/%2").arg(r.value(0).toString(), r.value(1).toString()));
            const int score = row.score(1);
            result[indexOf.value(row.id(0))].rubric.setAnchor(score, row.text(2), row.text(3));
        }
    }
    return result;
}

QHash<QuestionVersionId, Question> QuestionRepository::askedIn(InterviewId interview) const
{
    QHash<QuestionVersionId, Question> result;
    const QList<Question> found = load(
        QStringLiteral(
            "qv.id IN (SELECT question_version_id FROM scorecard_entry WHERE interview_id = :interview)"),
        QStringLiteral(":interview"), interview);
    for (const Question& q : found)
        result.insert(q.versionId, q);
    return result;
}

QHash<QuestionId, Question> QuestionRepository::latestInKit(KitId kit) const
{
    QHash<QuestionId, Question> result;
    const QList<Question> found =
        load(QStringLiteral("q.id IN (SELECT question_id FROM kit_item WHERE kit_id = :kit) "
                            "AND ") +
                 latestOnly,
             QStringLiteral(":kit"), kit);
    for (const Question& q : found)
        result.insert(q.id, q);
    return result;
}

std::optional<Question> QuestionRepository::latest(QuestionId id) const
{
    const QList<Question> found =
        load(QStringLiteral("qv.question_id = :id AND ") + latestOnly, QStringLiteral(":id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Question>(found.first());
}

std::optional<Question> QuestionRepository::latestByKey(const QString& key) const
{
    const QList<Question> found =
        load(QStringLiteral("q.key = :key AND ") + latestOnly, QStringLiteral(":key"), key);
    return found.isEmpty() ? std::nullopt : std::optional<Question>(found.first());
}

std::optional<Question> QuestionRepository::version(QuestionVersionId versionId) const
{
    const QList<Question> found = load(QStringLiteral("qv.id = :id"), QStringLiteral(":id"), versionId);
    return found.isEmpty() ? std::nullopt : std::optional<Question>(found.first());
}

std::optional<Question> QuestionRepository::versionByUuid(const QString& versionUuid) const
{
    const QList<Question> found =
        load(QStringLiteral("qv.uuid = :uuid"), QStringLiteral(":uuid"), versionUuid);
    return found.isEmpty() ? std::nullopt : std::optional<Question>(found.first());
}

std::optional<Question> QuestionRepository::latestByUuid(const QString& questionUuid) const
{
    const QList<Question> found =
        load(QStringLiteral("q.uuid = :uuid AND ") + latestOnly, QStringLiteral(":uuid"), questionUuid);
    return found.isEmpty() ? std::nullopt : std::optional<Question>(found.first());
}

std::optional<Question> QuestionRepository::sameWording(const Question& question) const
{
    // The title narrows it in SQL; the rest is compared here.
    const QList<Question> found =
        load(QStringLiteral("qv.title = :title"), QStringLiteral(":title"), question.title);
    for (const Question& q : found) {
        if (q.category == question.category && q.prompt == question.prompt &&
            q.assesses == question.assesses && q.followUps == question.followUps &&
            q.snippet == question.snippet && q.timeBudgetSeconds == question.timeBudgetSeconds &&
            q.practical == question.practical && q.rubric == question.rubric)
            return q;
    }
    return std::nullopt;
}

Question QuestionRepository::addVersionFromElsewhere(QuestionId id, const Question& question)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(),
            QStringLiteral("SELECT coalesce(max(version), 0) FROM question_version WHERE question_id = :id"));
    q.bind(QStringLiteral(":id"), id);
    const int next = q.scalar().toInt() + 1;
    Question stored = insertVersion(id, next, question, question.versionUuid);
    tx.commit();
    return stored;
}

QList<Question> QuestionRepository::allLatest() const
{
    return load(QStringLiteral("q.archived = 0 AND ") + latestOnly, {}, {});
}

int QuestionRepository::count() const
{
    Query q(m_database.connection(), QStringLiteral("SELECT count(*) FROM question"));
    return q.scalar().toInt();
}

} // namespace ia
