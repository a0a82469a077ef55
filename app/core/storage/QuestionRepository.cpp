#include "QuestionRepository.h"

#include "domain/Identity.h"
#include "pack/PackRules.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowReader.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace ia {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT qv.id, qv.question_id, qv.version, q.key, qv.category, qv.title, qv.prompt, qv.assesses, "
    "qv.code_syntax, qv.code_text, qv.time_budget_seconds, qv.practical, qv.created_at, q.uuid, qv.uuid, "
    "qv.state, qv.author, qv.published_at "
    "FROM question_version qv JOIN question q ON q.id = qv.question_id ");

// Only the newest published version of each question: what new interviews ask.
const QString latestOnly =
    QStringLiteral("qv.state = 'published' AND qv.version = (SELECT max(v2.version) FROM question_version v2 "
                   "WHERE v2.question_id = qv.question_id AND v2.state = 'published')");

// The newest version of each question, draft or not: what the editor shows.
const QString newestOnly = QStringLiteral(
    "qv.version = (SELECT max(v2.version) FROM question_version v2 WHERE v2.question_id = qv.question_id)");

} // namespace

QuestionRepository::QuestionRepository(const Database& database)
    : m_database(database)
{}

Question QuestionRepository::create(const Question& question, const QString& author)
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
    Question stored = insertVersion(id, 1, question, question.versionUuid, false, author);
    tx.commit();
    return stored;
}

Question QuestionRepository::insertVersion(QuestionId id, int version, const Question& question,
                                           const QString& uuid, bool draft, const QString& author)
{
    const QSqlDatabase db = m_database.connection();
    Query insert(db,
                 QStringLiteral(
                     "INSERT INTO question_version (uuid, question_id, version, category, title, prompt, "
                     "assesses, code_syntax, code_text, time_budget_seconds, practical, created_at, state, "
                     "author, published_at) "
                     "VALUES (:uuid, :qid, :version, :category, :title, :prompt, :assesses, :syntax, :code, "
                     ":budget, :practical, :at, :state, :author, :published) RETURNING id"));
    const QVariant now = SqlValues::now();
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
        .bind(QStringLiteral(":at"), now)
        .bind(QStringLiteral(":state"), draft ? QStringLiteral("draft") : QStringLiteral("published"))
        .bind(QStringLiteral(":author"), author)
        .bind(QStringLiteral(":published"), draft ? QVariant(QMetaType(QMetaType::LongLong)) : now);
    const QuestionVersionId versionId = insert.insertReturningId();
    writeDetails(versionId, question);
    return *this->version(versionId);
}

void QuestionRepository::writeDetails(QuestionVersionId versionId, const Question& question)
{
    const QSqlDatabase db = m_database.connection();
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
            question.draft = row.text(15) == QLatin1String("draft");
            question.author = row.text(16);
            if (!q.isNull(17))
                question.publishedAt = row.time(17);
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

QHash<QuestionId, Question> QuestionRepository::latestInKitVersion(KitVersionId version) const
{
    QHash<QuestionId, Question> result;
    const QList<Question> found = load(
        QStringLiteral("q.id IN (SELECT question_id FROM kit_version_item WHERE kit_version_id = :version) "
                       "AND ") +
            latestOnly,
        QStringLiteral(":version"), version);
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

std::optional<QuestionId> QuestionRepository::match(const Question& question) const
{
    const QSqlDatabase db = m_database.connection();
    const auto first = [&](const QString& sql, const QString& placeholder, const QVariant& value,
                           const QString& placeholder2 = {},
                           const QVariant& value2 = {}) -> std::optional<QuestionId> {
        Query q(db, sql);
        q.bind(placeholder, value);
        if (!placeholder2.isEmpty())
            q.bind(placeholder2, value2);
        q.exec();
        return q.next() ? std::optional<QuestionId>(q.int64(0)) : std::nullopt;
    };
    if (!question.uuid.isEmpty())
        return first(QStringLiteral("SELECT id FROM question WHERE uuid = :uuid"), QStringLiteral(":uuid"),
                     question.uuid);
    if (!question.key.isEmpty())
        return first(QStringLiteral("SELECT id FROM question WHERE key = :key"), QStringLiteral(":key"),
                     question.key);
    return first(
        QStringLiteral("SELECT qv.question_id FROM question_version qv WHERE qv.category = :category AND "
                       "qv.title = :title AND ") +
            newestOnly + QStringLiteral(" ORDER BY qv.question_id LIMIT 1"),
        QStringLiteral(":category"), question.category, QStringLiteral(":title"), question.title);
}

std::optional<QuestionId> QuestionRepository::byKey(const QString& key) const
{
    Query q(m_database.connection(), QStringLiteral("SELECT id FROM question WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    return q.next() ? std::optional<QuestionId>(q.int64(0)) : std::nullopt;
}

std::optional<QuestionId> QuestionRepository::ownerOfVersion(const QString& versionUuid) const
{
    Query q(m_database.connection(),
            QStringLiteral("SELECT question_id FROM question_version WHERE uuid = :uuid"));
    q.bind(QStringLiteral(":uuid"), versionUuid).exec();
    return q.next() ? std::optional<QuestionId>(q.int64(0)) : std::nullopt;
}

std::optional<Question> QuestionRepository::sameWording(const Question& question) const
{
    // The title narrows it in SQL; the rest is compared here.
    const QList<Question> found = load(QStringLiteral("qv.title = :title AND qv.state = 'published'"),
                                       QStringLiteral(":title"), question.title);
    for (const Question& q : found) {
        if (q.category == question.category && q.prompt == question.prompt &&
            q.assesses == question.assesses && q.followUps == question.followUps &&
            q.snippet == question.snippet && q.timeBudgetSeconds == question.timeBudgetSeconds &&
            q.practical == question.practical && q.rubric == question.rubric)
            return q;
    }
    return std::nullopt;
}

Question QuestionRepository::addVersionFromElsewhere(QuestionId id, const Question& question,
                                                     const QString& author)
{
    WriteTransaction tx(m_database);
    tx.lockRow("question", id);
    Query q(tx.connection(),
            QStringLiteral("SELECT coalesce(max(version), 0) FROM question_version WHERE question_id = :id"));
    q.bind(QStringLiteral(":id"), id);
    int next = q.scalar().toInt() + 1;
    // A draft here stays the newest version: it moves up one, and the version from elsewhere takes its
    // number.
    if (const std::optional<Question> current = draft(id)) {
        Query move(tx.connection(),
                   QStringLiteral("UPDATE question_version SET version = :next WHERE id = :id"));
        move.bind(QStringLiteral(":next"), next).bind(QStringLiteral(":id"), current->versionId).exec();
        next = current->version;
    }
    Question stored = insertVersion(id, next, question, question.versionUuid, false, author);
    tx.commit();
    return stored;
}

QList<Question> QuestionRepository::allLatest() const
{
    return load(QStringLiteral("q.archived = 0 AND ") + latestOnly, {}, {});
}

QList<QuestionOverview> QuestionRepository::overview() const
{
    Query q(
        m_database.connection(),
        QStringLiteral("SELECT q.id, q.uuid, qv.title, qv.category, q.archived, qv.state, "
                       "(SELECT max(v2.version) FROM question_version v2 WHERE v2.question_id = q.id AND "
                       "v2.state = 'published'), "
                       "(SELECT count(*) FROM scorecard_entry e JOIN question_version v3 ON v3.id = "
                       "e.question_version_id WHERE v3.question_id = q.id AND e.status <> 'not_asked'), "
                       "(SELECT string_agg(k.name, :separator ORDER BY k.name) FROM (SELECT DISTINCT k2.name "
                       "FROM kit_item ki JOIN kit k2 ON k2.id = ki.kit_id WHERE ki.question_id = q.id AND "
                       "k2.archived = 0) AS k) "
                       "FROM question q JOIN question_version qv ON qv.question_id = q.id WHERE ") +
            newestOnly + QStringLiteral(" ORDER BY qv.category, qv.title, q.id"));
    q.bind(QStringLiteral(":separator"), QString(QChar(31))).exec();
    QList<QuestionOverview> result;
    while (q.next()) {
        const RowReader row(q, QStringLiteral("question"), 0);
        QuestionOverview o;
        o.id = row.id(0);
        o.uuid = row.uuid(1);
        o.title = row.text(2);
        o.category = row.text(3);
        o.archived = row.flag(4);
        o.hasDraft = row.text(5) == QLatin1String("draft");
        o.publishedVersion = q.isNull(6) ? 0 : int(row.integer(6, 1, 1'000'000));
        o.timesAsked = int(row.integer(7, 0, std::numeric_limits<int>::max()));
        if (!q.isNull(8))
            o.kits = q.text(8).split(QChar(31));
        result.append(o);
    }
    return result;
}

std::optional<Question> QuestionRepository::draft(QuestionId id) const
{
    const QList<Question> found =
        load(QStringLiteral("qv.question_id = :id AND qv.state = 'draft'"), QStringLiteral(":id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Question>(found.first());
}

std::optional<Question> QuestionRepository::newest(QuestionId id) const
{
    const QList<Question> found =
        load(QStringLiteral("qv.question_id = :id AND ") + newestOnly, QStringLiteral(":id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Question>(found.first());
}

QList<Question> QuestionRepository::history(QuestionId id) const
{
    QList<Question> found = load(QStringLiteral("qv.question_id = :id"), QStringLiteral(":id"), id);
    std::sort(found.begin(), found.end(),
              [](const Question& a, const Question& b) { return a.version < b.version; });
    return found;
}

Question QuestionRepository::createDraft(const Question& question, const QString& author)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(),
            QStringLiteral("INSERT INTO question (uuid, created_at) VALUES (:uuid, :at) RETURNING id"));
    q.bind(QStringLiteral(":uuid"), Identity::create()).bind(QStringLiteral(":at"), SqlValues::now());
    const QuestionId id = q.insertReturningId();
    Question stored = insertVersion(id, 1, question, {}, true, author);
    tx.commit();
    return stored;
}

Question QuestionRepository::saveDraft(const Question& edited, const QString& author)
{
    WriteTransaction tx(m_database);
    tx.lockRow("question", edited.id);
    const std::optional<Question> published = latest(edited.id);
    const std::optional<Question> current = draft(edited.id);
    if (published && published->sameContent(edited)) {
        if (current) {
            Query remove(tx.connection(), QStringLiteral("DELETE FROM question_version WHERE id = :id"));
            remove.bind(QStringLiteral(":id"), current->versionId).exec();
        }
        tx.commit();
        return *published;
    }
    if (!current) {
        if (!published)
            throw StorageError(StorageError::Kind::Gone, tr("This question no longer exists."));
        Question stored = insertVersion(edited.id, published->version + 1, edited, {}, true, author);
        tx.commit();
        return stored;
    }
    const QSqlDatabase db = tx.connection();
    Query update(db,
                 QStringLiteral("UPDATE question_version SET category = :category, title = :title, "
                                "prompt = :prompt, assesses = :assesses, code_syntax = :syntax, "
                                "code_text = :code, time_budget_seconds = :budget, practical = :practical, "
                                "created_at = :at, author = :author WHERE id = :id AND state = 'draft'"));
    update.bind(QStringLiteral(":category"), edited.category)
        .bind(QStringLiteral(":title"), edited.title)
        .bind(QStringLiteral(":prompt"), edited.prompt)
        .bind(QStringLiteral(":assesses"), edited.assesses)
        .bind(QStringLiteral(":syntax"), edited.snippet.syntax)
        .bind(QStringLiteral(":code"), edited.snippet.text)
        .bind(QStringLiteral(":budget"), edited.timeBudgetSeconds)
        .bind(QStringLiteral(":practical"), edited.practical ? 1 : 0)
        .bind(QStringLiteral(":at"), SqlValues::now())
        .bind(QStringLiteral(":author"), author)
        .bind(QStringLiteral(":id"), current->versionId)
        .exec();
    for (const char* table : {"question_follow_up", "rubric_anchor"}) {
        Query remove(
            db, QStringLiteral("DELETE FROM %1 WHERE question_version_id = :id").arg(QLatin1String(table)));
        remove.bind(QStringLiteral(":id"), current->versionId).exec();
    }
    writeDetails(current->versionId, edited);
    tx.commit();
    return *version(current->versionId);
}

QStringList QuestionRepository::publishProblems(const Question& question)
{
    const QHash<QString, QString> names = {
        {QStringLiteral("category"), tr("Category")},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("prompt"), tr("Prompt")},
        {QStringLiteral("assesses"), tr("What it assesses")},
        {QStringLiteral("code.syntax"), tr("Code language")},
        {QStringLiteral("code.text"), tr("Code")},
        {QStringLiteral("followUps"), tr("Follow-ups")},
        {QStringLiteral("timeBudgetSeconds"), tr("Time budget")},
    };
    const auto place = [&](const QString& field) {
        if (names.contains(field))
            return names.value(field);
        if (field.startsWith(QLatin1String("rubric.")))
            return tr("Score %1").arg(field.section(QLatin1Char('.'), 1, 1));
        if (field.startsWith(QLatin1String("followUps[")))
            return tr("Follow-up %1").arg(field.section(QLatin1Char('['), 1).chopped(1).toInt() + 1);
        return field;
    };
    QList<PackProblem> problems;
    PackRules::checkQuestion(question, place, problems);
    if (!question.snippet.isEmpty() && question.snippet.syntax.trimmed().isEmpty())
        problems.append({tr("Code language"), tr("choose the language of the code")});
    QStringList lines;
    for (const PackProblem& p : problems)
        lines.append(QStringLiteral("%1: %2").arg(p.where, p.message));
    return lines;
}

Question QuestionRepository::publish(QuestionId id, const QString& author)
{
    WriteTransaction tx(m_database);
    tx.lockRow("question", id);
    const std::optional<Question> current = draft(id);
    if (!current)
        throw StorageError(StorageError::Kind::Gone, tr("There is no draft of this question to publish."));
    if (const QStringList problems = publishProblems(*current); !problems.isEmpty()) {
        throw StorageError(StorageError::Kind::Failed,
                           tr("\"%1\" cannot be published yet:\n%2")
                               .arg(current->title.trimmed().isEmpty() ? tr("Untitled") : current->title,
                                    problems.join(QLatin1Char('\n'))));
    }
    Query q(tx.connection(),
            QStringLiteral("UPDATE question_version SET state = 'published', published_at = :at, "
                           "author = CASE WHEN author = '' THEN :author ELSE author END "
                           "WHERE id = :id AND state = 'draft'"));
    q.bind(QStringLiteral(":at"), SqlValues::now())
        .bind(QStringLiteral(":author"), author)
        .bind(QStringLiteral(":id"), current->versionId)
        .exec();
    tx.commit();
    return *version(current->versionId);
}

void QuestionRepository::discardDraft(QuestionId id)
{
    WriteTransaction tx(m_database);
    tx.lockRow("question", id);
    const std::optional<Question> current = draft(id);
    if (!current) {
        tx.commit();
        return;
    }
    if (latest(id)) {
        Query remove(tx.connection(), QStringLiteral("DELETE FROM question_version WHERE id = :id"));
        remove.bind(QStringLiteral(":id"), current->versionId).exec();
    } else {
        Query kits(tx.connection(),
                   QStringLiteral("SELECT DISTINCT k.name FROM kit_item ki JOIN kit k ON "
                                  "k.id = ki.kit_id WHERE ki.question_id = :id ORDER BY k.name"));
        kits.bind(QStringLiteral(":id"), id).exec();
        QStringList names;
        while (kits.next())
            names.append(kits.text(0));
        if (!names.isEmpty()) {
            throw StorageError(StorageError::Kind::Failed,
                               tr("This question is in the kit %1. Remove it from there first, or keep the "
                                  "draft.")
                                   .arg(names.join(QStringLiteral(", "))));
        }
        Query remove(tx.connection(), QStringLiteral("DELETE FROM question WHERE id = :id"));
        remove.bind(QStringLiteral(":id"), id).exec();
    }
    tx.commit();
}

void QuestionRepository::setArchived(QuestionId id, bool archived)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(), QStringLiteral("UPDATE question SET archived = :archived WHERE id = :id"));
    q.bind(QStringLiteral(":archived"), archived ? 1 : 0).bind(QStringLiteral(":id"), id).exec();
    tx.commit();
}

int QuestionRepository::count() const
{
    Query q(m_database.connection(), QStringLiteral("SELECT count(*) FROM question"));
    return q.scalar().toInt();
}

} // namespace ia
