#include "InterviewRepository.h"

#include "domain/Identity.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/QuestionRepository.h"
#include "storage/RowReader.h"
#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace ia {

namespace {

// Gone, not Failed: retrying cannot bring an erased interview back, so the session closes it.
StorageError notFound()
{
    return StorageError(StorageError::Kind::Gone,
                        InterviewRepository::tr(
                            "The interview no longer exists; it may have been erased with its candidate."));
}

} // namespace

InterviewRepository::InterviewRepository(const Database& database)
    : m_database(database)
{}

Interview InterviewRepository::create(CandidateId candidate, InterviewerId interviewer, const Kit& kit,
                                      const QDateTime& scheduledAt)
{
    WriteTransaction tx(m_database);
    const QSqlDatabase db = tx.connection();
    Query q(db,
            QStringLiteral(
                "INSERT INTO interview (uuid, candidate_id, interviewer_id, kit_id, kit_version_id, "
                "kit_name, role, "
                "state, scheduled_at, created_at, updated_at) VALUES (:uuid, :candidate, :interviewer, :kit, "
                ":kitVersion, :kitName, "
                "(SELECT role FROM candidate WHERE id = :candidate2), 'planned', :scheduled, :at, :at) "
                "RETURNING id"));
    q.bind(QStringLiteral(":uuid"), Identity::create())
        .bind(QStringLiteral(":candidate"), candidate)
        .bind(QStringLiteral(":candidate2"), candidate)
        .bind(QStringLiteral(":interviewer"), interviewer)
        .bind(QStringLiteral(":kit"),
              SqlValues::nullableId(kit.id ? std::optional<qint64>(kit.id) : std::nullopt))
        .bind(QStringLiteral(":kitName"), kit.name)
        .bind(QStringLiteral(":kitVersion"),
              SqlValues::nullableId(kit.versionId ? std::optional<qint64>(kit.versionId) : std::nullopt))
        .bind(QStringLiteral(":scheduled"), SqlValues::fromTime(scheduledAt))
        .bind(QStringLiteral(":at"), SqlValues::now());
    const InterviewId id = q.insertReturningId();

    // The kit's published version pins the questions' published versions at this moment: they are
    // the ones asked, whatever edits come later. A draft is never asked.
    const QList<KitItem> items = kit.itemsInAskingOrder();
    for (int i = 0; i < items.size(); ++i) {
        const KitItem& item = items.at(i);
        if (item.question.versionId == 0 || item.question.draft) {
            throw StorageError(StorageError::Kind::Failed,
                               tr("The kit \"%1\" has a question that was never published. Publish it on the "
                                  "Questions page, or remove it from the kit.")
                                   .arg(kit.name));
        }
        Query entry(db, QStringLiteral(
                            "INSERT INTO scorecard_entry (uuid, interview_id, position, question_version_id, "
                            "time_budget_seconds, weight, updated_at) VALUES (:uuid, :interview, :pos, "
                            ":version, :budget, :weight, :at)"));
        entry.bind(QStringLiteral(":uuid"), Identity::create())
            .bind(QStringLiteral(":interview"), id)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":version"), item.question.versionId)
            .bind(QStringLiteral(":budget"), item.timeBudgetSeconds)
            .bind(QStringLiteral(":weight"), item.weight)
            .bind(QStringLiteral(":at"), SqlValues::now())
            .exec();
    }
    tx.commit();
    return *get(id);
}

void InterviewRepository::requireEditable(InterviewId id) const
{
    // Locked on a server until the caller's write commits: a submit or a reopening elsewhere waits
    // for it, and this check sees theirs.
    Query q(m_database.connection(), QStringLiteral("SELECT state FROM interview WHERE id = :id") +
                                         m_database.dialect().lockForUpdate());
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw notFound();
    if (q.text(0) == toKey(InterviewState::Submitted)) {
        throw StorageError(
            StorageError::Kind::Failed,
            tr("This scorecard has been submitted and is read-only. Reopen it to make changes."));
    }
}

InterviewId InterviewRepository::interviewOfEntry(ScorecardEntryId entry) const
{
    Query q(m_database.connection(),
            QStringLiteral("SELECT interview_id FROM scorecard_entry WHERE id = :id"));
    q.bind(QStringLiteral(":id"), entry).exec();
    if (!q.next())
        throw notFound();
    return q.int64(0);
}

InterviewId InterviewRepository::updateEditableEntry(const QSqlDatabase& db, ScorecardEntryId entry,
                                                     const QString& assignments,
                                                     const std::function<void(Query&)>& bind) const
{
    // Check and write in one statement: a score key costs one statement instead of three, and the
    // check holds whoever else writes (the entry changes only while its interview is a draft).
    InterviewId interview = 0;
    {
        Query q(db,
                QStringLiteral("UPDATE scorecard_entry SET %1, updated_at = :now WHERE id = :id AND EXISTS "
                               "(SELECT 1 FROM interview i WHERE i.id = scorecard_entry.interview_id AND "
                               "i.state <> 'submitted'%2) RETURNING interview_id")
                    .arg(assignments, m_database.dialect().lockForShare()));
        bind(q);
        q.bind(QStringLiteral(":now"), SqlValues::now()).bind(QStringLiteral(":id"), entry).exec();
        if (q.next())
            interview = q.int64(0);
        q.finish();
    }
    if (interview == 0) {
        // Nothing changed: say why.
        requireEditable(interviewOfEntry(entry));
        throw notFound();
    }
    return interview;
}

void InterviewRepository::touch(InterviewId id) const
{
    Query q(m_database.connection(), QStringLiteral("UPDATE interview SET updated_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":at"), SqlValues::now()).bind(QStringLiteral(":id"), id).exec();
}

void InterviewRepository::start(InterviewId id, const QDateTime& at)
{
    WriteTransaction tx(m_database);
    requireEditable(id);
    Query q(
        tx.connection(),
        QStringLiteral("UPDATE interview SET state = 'in_progress', started_at = coalesce(started_at, :at), "
                       "updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":at"), SqlValues::fromTime(at))
        .bind(QStringLiteral(":now"), SqlValues::now())
        .bind(QStringLiteral(":id"), id)
        .exec();
    tx.commit();
}

void InterviewRepository::setElapsed(InterviewId id, int seconds)
{
    WriteTransaction tx(m_database);
    requireEditable(id);
    Query q(tx.connection(),
            QStringLiteral("UPDATE interview SET elapsed_seconds = :s, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":s"), qMax(0, seconds))
        .bind(QStringLiteral(":now"), SqlValues::now())
        .bind(QStringLiteral(":id"), id)
        .exec();
    tx.commit();
}

void InterviewRepository::setRecommendation(InterviewId id, std::optional<Recommendation> recommendation)
{
    WriteTransaction tx(m_database);
    requireEditable(id);
    Query q(tx.connection(),
            QStringLiteral("UPDATE interview SET recommendation = :r, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":r"),
           recommendation ? QVariant(toKey(*recommendation)) : QVariant(QMetaType(QMetaType::QString)))
        .bind(QStringLiteral(":now"), SqlValues::now())
        .bind(QStringLiteral(":id"), id)
        .exec();
    tx.commit();
}

void InterviewRepository::setSummary(InterviewId id, const QString& summary)
{
    WriteTransaction tx(m_database);
    requireEditable(id);
    Query q(tx.connection(),
            QStringLiteral("UPDATE interview SET summary = :s, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":s"), summary)
        .bind(QStringLiteral(":now"), SqlValues::now())
        .bind(QStringLiteral(":id"), id)
        .exec();
    tx.commit();
}

void InterviewRepository::submit(InterviewId id, const QDateTime& at)
{
    WriteTransaction tx(m_database);
    requireEditable(id);
    Query q(tx.connection(),
            QStringLiteral(
                "UPDATE interview SET state = 'submitted', submitted_at = :at, revision = revision + 1, "
                "ended_at = coalesce(ended_at, :at), updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":at"), SqlValues::fromTime(at))
        .bind(QStringLiteral(":now"), SqlValues::now())
        .bind(QStringLiteral(":id"), id)
        .exec();
    tx.commit();
}

void InterviewRepository::reopen(InterviewId id, const QDateTime& at, const QString& reason)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(),
            QStringLiteral("UPDATE interview SET state = 'in_progress', submitted_at = NULL, "
                           "updated_at = :now WHERE id = :id AND state = 'submitted'"));
    q.bind(QStringLiteral(":now"), SqlValues::now()).bind(QStringLiteral(":id"), id).exec();
    if (q.rowsAffected() != 1) {
        if (!get(id))
            throw notFound();
        tx.commit();
        return; // not submitted: nothing to reopen
    }
    Query log(tx.connection(),
              QStringLiteral("INSERT INTO interview_reopening (interview_id, reopened_at, reason) "
                             "VALUES (:id, :at, :reason)"));
    log.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":at"), SqlValues::fromTime(at))
        .bind(QStringLiteral(":reason"), reason)
        .exec();
    tx.commit();
}

void InterviewRepository::setEntryResult(ScorecardEntryId entry, EntryStatus status, std::optional<int> score)
{
    if ((status == EntryStatus::Scored) != (score.has_value() && Rubric::isValidScore(*score))) {
        throw StorageError(
            StorageError::Kind::Failed, tr("A score must be between 1 and 4."),
            QStringLiteral("status %1 with score %2").arg(toKey(status)).arg(score.value_or(-1)));
    }
    WriteTransaction tx(m_database);
    const InterviewId interview = updateEditableEntry(
        tx.connection(), entry, QStringLiteral("status = :status, score = :score"), [&](Query& q) {
            q.bind(QStringLiteral(":status"), toKey(status))
                .bind(QStringLiteral(":score"),
                      score ? QVariant(*score) : QVariant(QMetaType(QMetaType::Int)));
        });
    touch(interview);
    tx.commit();
}

void InterviewRepository::setNote(ScorecardEntryId entry, const QString& note)
{
    WriteTransaction tx(m_database);
    const InterviewId interview =
        updateEditableEntry(tx.connection(), entry, QStringLiteral("note = :note"),
                            [&](Query& q) { q.bind(QStringLiteral(":note"), note); });
    touch(interview);
    tx.commit();
}

void InterviewRepository::setSecondsSpent(ScorecardEntryId entry, int seconds)
{
    WriteTransaction tx(m_database);
    updateEditableEntry(tx.connection(), entry, QStringLiteral("seconds_spent = :s"),
                        [&](Query& q) { q.bind(QStringLiteral(":s"), qMax(0, seconds)); });
    tx.commit();
}

Highlight InterviewRepository::saveHighlight(const Highlight& highlight)
{
    WriteTransaction tx(m_database);
    requireEditable(highlight.interviewId);
    // A new highlight gets its id here; one with an id is written as it is, whether it is still
    // there (an edit) or not (an undone removal, or a write repeated after the database was reopened).
    Query q(
        tx.connection(),
        highlight.id != 0
            ? QStringLiteral(
                  "INSERT INTO highlight (id, uuid, interview_id, entry_id, elapsed_seconds, text, "
                  "flag, created_at)%1 VALUES (:id, :uuid, :interview, :entry, :elapsed, :text, "
                  ":flag, :at) ON CONFLICT (id) DO UPDATE SET entry_id = excluded.entry_id, "
                  "elapsed_seconds = excluded.elapsed_seconds, text = excluded.text, "
                  "flag = excluded.flag WHERE highlight.interview_id = excluded.interview_id "
                  "RETURNING id, uuid")
                  .arg(m_database.dialect().keepGivenId())
            : QStringLiteral("INSERT INTO highlight (uuid, interview_id, entry_id, elapsed_seconds, text, "
                             "flag, created_at) VALUES (:uuid, :interview, :entry, :elapsed, :text, :flag, "
                             ":at) RETURNING id, uuid"));
    if (highlight.id != 0)
        q.bind(QStringLiteral(":id"), highlight.id);
    q.bind(QStringLiteral(":uuid"), highlight.uuid.isEmpty() ? Identity::create() : highlight.uuid)
        .bind(QStringLiteral(":interview"), highlight.interviewId)
        .bind(QStringLiteral(":entry"), SqlValues::nullableId(highlight.entryId))
        .bind(QStringLiteral(":elapsed"), qMax(0, highlight.elapsedSeconds))
        .bind(QStringLiteral(":text"), highlight.text)
        .bind(QStringLiteral(":flag"), toKey(highlight.flag))
        .bind(QStringLiteral(":at"),
              highlight.createdAt.isValid() ? SqlValues::fromTime(highlight.createdAt) : SqlValues::now());
    q.exec();
    if (!q.next()) {
        // The id belongs to a highlight of another interview: never write across interviews.
        throw StorageError(StorageError::Kind::Failed, tr("The highlight could not be saved."),
                           QStringLiteral("highlight %1 belongs to another interview").arg(highlight.id));
    }
    Highlight stored = highlight;
    stored.id = q.int64(0);
    stored.uuid = q.text(1);
    q.finish();
    touch(highlight.interviewId);
    tx.commit();
    return stored;
}

void InterviewRepository::removeHighlight(HighlightId id)
{
    WriteTransaction tx(m_database);
    Query find(tx.connection(), QStringLiteral("SELECT interview_id FROM highlight WHERE id = :id"));
    find.bind(QStringLiteral(":id"), id).exec();
    if (!find.next()) {
        tx.commit();
        return;
    }
    const InterviewId interview = find.int64(0);
    requireEditable(interview);
    Query q(tx.connection(), QStringLiteral("DELETE FROM highlight WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    touch(interview);
    tx.commit();
}

void InterviewRepository::setCodeAnswer(ScorecardEntryId entry, const CodeSnippet& code)
{
    WriteTransaction tx(m_database);
    const InterviewId interview = interviewOfEntry(entry);
    requireEditable(interview);
    Query q(tx.connection(),
            QStringLiteral("INSERT INTO code_answer (uuid, interview_id, entry_id, syntax, code, updated_at) "
                           "VALUES (:uuid, :interview, :entry, :syntax, :code, :now) "
                           "ON CONFLICT (entry_id) DO UPDATE SET syntax = excluded.syntax, "
                           "code = excluded.code, updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":uuid"), Identity::create())
        .bind(QStringLiteral(":interview"), interview)
        .bind(QStringLiteral(":entry"), entry)
        .bind(QStringLiteral(":syntax"), code.syntax)
        .bind(QStringLiteral(":code"), code.text)
        .bind(QStringLiteral(":now"), SqlValues::now())
        .exec();
    touch(interview);
    tx.commit();
}

namespace {
// Rows per multi-row insert: a kit's entries in one statement, within SQLite's 32,766 parameters.
constexpr qsizetype entriesPerInsert = 100;
} // namespace

InterviewId InterviewRepository::storeFromElsewhere(const BundleScorecard& card, const LocalIds& ids,
                                                    InterviewId replacing)
{
    WriteTransaction tx(m_database);
    const QSqlDatabase db = tx.connection();
    const Interview& in = card.interview;
    // Written as unfinished and submitted last, so the score cache's triggers see every entry.
    InterviewId id = replacing;
    if (replacing == 0) {
        Query q(db,
                QStringLiteral("INSERT INTO interview (uuid, candidate_id, interviewer_id, kit_id, state, "
                               "created_at, updated_at) VALUES (:uuid, :candidate, :interviewer, :kit, "
                               "'in_progress', :now, :now) RETURNING id"));
        q.bind(QStringLiteral(":uuid"), in.uuid)
            .bind(QStringLiteral(":candidate"), ids.candidate)
            .bind(QStringLiteral(":interviewer"), ids.interviewer)
            .bind(QStringLiteral(":kit"),
                  SqlValues::nullableId(ids.kit ? std::optional<qint64>(ids.kit) : std::nullopt))
            .bind(QStringLiteral(":now"), SqlValues::now());
        id = q.insertReturningId();
    } else {
        // Highlights and code answers go with their entries (foreign keys cascade).
        Query del(db, QStringLiteral("DELETE FROM scorecard_entry WHERE interview_id = :id"));
        del.bind(QStringLiteral(":id"), replacing).exec();
        Query loose(db, QStringLiteral("DELETE FROM highlight WHERE interview_id = :id"));
        loose.bind(QStringLiteral(":id"), replacing).exec();
    }
    // New or replaced, the record is the bundle's (still unfinished until its entries are in).
    Query q(db, QStringLiteral(
                    "UPDATE interview SET revision = :revision, role = :role, state = 'in_progress', "
                    "submitted_at = NULL, started_at = :started, ended_at = :ended, "
                    "elapsed_seconds = :elapsed, recommendation = :recommendation, summary = :summary, "
                    "updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":revision"), in.revision)
        .bind(QStringLiteral(":role"), in.role)
        .bind(QStringLiteral(":started"), SqlValues::fromTime(in.startedAt))
        .bind(QStringLiteral(":ended"), SqlValues::fromTime(in.endedAt))
        .bind(QStringLiteral(":elapsed"), in.elapsedSeconds)
        .bind(QStringLiteral(":recommendation"), in.recommendation ? QVariant(toKey(*in.recommendation))
                                                                   : QVariant(QMetaType(QMetaType::QString)))
        .bind(QStringLiteral(":summary"), in.summary)
        .bind(QStringLiteral(":now"), SqlValues::now())
        .bind(QStringLiteral(":id"), id)
        .exec();
    if (q.rowsAffected() != 1)
        throw notFound();

    // All entries in one statement: each statement that writes the full-text index makes FTS5 write
    // its pending terms out as a new segment, so fifteen single-row inserts cost fifteen segments.
    QHash<QString, ScorecardEntryId> entryIds;
    for (qsizetype first = 0; first < card.entries.size(); first += entriesPerInsert) {
        const qsizetype count = std::min<qsizetype>(entriesPerInsert, card.entries.size() - first);
        QStringList rows;
        for (qsizetype n = 0; n < count; ++n) {
            rows << QStringLiteral(
                        "(:uuid%1, :interview, :pos%1, :version%1, :budget%1, :weight%1, :status%1, "
                        ":score%1, :note%1, :spent%1, :now)")
                        .arg(n);
        }
        Query entry(db,
                    QStringLiteral("INSERT INTO scorecard_entry (uuid, interview_id, position, "
                                   "question_version_id, time_budget_seconds, weight, status, score, note, "
                                   "seconds_spent, updated_at) VALUES %1 RETURNING uuid, id")
                        .arg(rows.join(QStringLiteral(", "))));
        entry.bind(QStringLiteral(":interview"), id).bind(QStringLiteral(":now"), SqlValues::now());
        for (qsizetype n = 0; n < count; ++n) {
            const ScorecardEntry& e = card.entries.at(first + n);
            const QString i = QString::number(n);
            entry.bind(QStringLiteral(":uuid") + i, e.uuid)
                .bind(QStringLiteral(":pos") + i, e.position)
                .bind(QStringLiteral(":version") + i, ids.versions.value(e.question.versionUuid))
                .bind(QStringLiteral(":budget") + i, e.timeBudgetSeconds)
                .bind(QStringLiteral(":weight") + i, e.weight)
                .bind(QStringLiteral(":status") + i, toKey(e.status))
                .bind(QStringLiteral(":score") + i,
                      e.score ? QVariant(*e.score) : QVariant(QMetaType(QMetaType::Int)))
                .bind(QStringLiteral(":note") + i, e.note)
                .bind(QStringLiteral(":spent") + i, e.secondsSpent);
        }
        entry.exec();
        while (entry.next())
            entryIds.insert(entry.text(0), entry.int64(1));
        entry.finish();
    }
    Query highlight(
        db,
        QStringLiteral("INSERT INTO highlight (uuid, interview_id, entry_id, elapsed_seconds, text, "
                       "flag, created_at) VALUES (:uuid, :interview, :entry, :elapsed, :text, :flag, :at)"));
    for (const BundleScorecard::TravellingHighlight& h : card.highlights) {
        highlight.bind(QStringLiteral(":uuid"), h.highlight.uuid)
            .bind(QStringLiteral(":interview"), id)
            .bind(QStringLiteral(":entry"),
                  SqlValues::nullableId(h.entryUuid.isEmpty()
                                            ? std::nullopt
                                            : std::optional<qint64>(entryIds.value(h.entryUuid))))
            .bind(QStringLiteral(":elapsed"), h.highlight.elapsedSeconds)
            .bind(QStringLiteral(":text"), h.highlight.text)
            .bind(QStringLiteral(":flag"), toKey(h.highlight.flag))
            .bind(QStringLiteral(":at"), SqlValues::fromTime(h.highlight.createdAt))
            .exec();
    }
    Query code(
        db, QStringLiteral("INSERT INTO code_answer (uuid, interview_id, entry_id, syntax, code, updated_at) "
                           "VALUES (:uuid, :interview, :entry, :syntax, :code, :at)"));
    for (const BundleScorecard::TravellingCode& c : card.codeAnswers) {
        code.bind(QStringLiteral(":uuid"), c.answer.uuid)
            .bind(QStringLiteral(":interview"), id)
            .bind(QStringLiteral(":entry"), entryIds.value(c.entryUuid))
            .bind(QStringLiteral(":syntax"), c.answer.code.syntax)
            .bind(QStringLiteral(":code"), c.answer.code.text)
            .bind(QStringLiteral(":at"), SqlValues::fromTime(c.answer.updatedAt))
            .exec();
    }
    Query submit(
        db, QStringLiteral("UPDATE interview SET state = 'submitted', submitted_at = :at WHERE id = :id"));
    submit.bind(QStringLiteral(":at"), SqlValues::fromTime(in.submittedAt))
        .bind(QStringLiteral(":id"), id)
        .exec();
    tx.commit();
    return id;
}

void InterviewRepository::keepRevision(InterviewId id, int revision, const QByteArray& document)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(),
            QStringLiteral("INSERT INTO scorecard_revision (interview_id, revision, replaced_at, document) "
                           "VALUES (:id, :revision, :now, :document) "
                           "ON CONFLICT (interview_id, revision) DO NOTHING"));
    q.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":revision"), revision)
        .bind(QStringLiteral(":now"), SqlValues::now())
        .bind(QStringLiteral(":document"), QString::fromUtf8(document))
        .exec();
    tx.commit();
}

QList<int> InterviewRepository::keptRevisions(InterviewId id) const
{
    Query q(
        m_database.connection(),
        QStringLiteral("SELECT revision FROM scorecard_revision WHERE interview_id = :id ORDER BY revision"));
    q.bind(QStringLiteral(":id"), id).exec();
    QList<int> result;
    while (q.next())
        result.append(int(RowReader(q, QStringLiteral("scorecard_revision"), QString::number(id))
                              .integer(0, 1, 1'000'000)));
    return result;
}

std::optional<Interview> InterviewRepository::byUuid(const QString& uuid) const
{
    const QList<Interview> found =
        load(QStringLiteral("WHERE i.uuid = :uuid"), QStringLiteral(":uuid"), uuid);
    return found.isEmpty() ? std::nullopt : std::optional<Interview>(found.first());
}

QList<Interview> InterviewRepository::load(const QString& whereClause, const QString& placeholder,
                                           const QVariant& value) const
{
    Query q(m_database.connection(),
            QStringLiteral(
                "SELECT i.id, i.candidate_id, i.interviewer_id, i.kit_id, i.role, i.state, i.scheduled_at, "
                "i.started_at, i.ended_at, i.submitted_at, i.elapsed_seconds, i.recommendation, i.summary, "
                "i.created_at, i.updated_at, c.name, iv.name, coalesce(nullif(i.kit_name, ''), k.name, ''), "
                "i.uuid, "
                "i.revision "
                "FROM interview i JOIN candidate c ON c.id = i.candidate_id "
                "JOIN interviewer iv ON iv.id = i.interviewer_id LEFT JOIN kit k ON k.id = i.kit_id ") +
                whereClause +
                QStringLiteral(" ORDER BY coalesce(i.started_at, i.scheduled_at, i.created_at), i.id"));
    if (!placeholder.isEmpty())
        q.bind(placeholder, value);
    q.exec();
    QList<Interview> result;
    while (q.next()) {
        const RowReader row(q, QStringLiteral("interview"), 0);
        Interview i;
        i.id = row.id(0);
        i.candidateId = row.id(1);
        i.interviewerId = row.id(2);
        i.kitId = row.optionalId(3).value_or(0);
        i.role = row.text(4);
        i.state = row.key<InterviewState>(5, interviewStateFromKey);
        i.scheduledAt = row.time(6);
        i.startedAt = row.time(7);
        i.endedAt = row.time(8);
        i.submittedAt = row.time(9);
        i.elapsedSeconds = row.seconds(10);
        i.recommendation = row.optionalKey<Recommendation>(11, recommendationFromKey);
        i.summary = row.text(12);
        i.createdAt = row.time(13);
        i.updatedAt = row.time(14);
        i.candidateName = row.text(15);
        i.interviewerName = row.text(16);
        i.kitName = row.text(17);
        i.uuid = row.uuid(18);
        i.revision = int(row.integer(19, 0, 1'000'000));
        result.append(i);
    }
    return result;
}

std::optional<Interview> InterviewRepository::get(InterviewId id) const
{
    const QList<Interview> found = load(QStringLiteral("WHERE i.id = :id"), QStringLiteral(":id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Interview>(found.first());
}

QList<Interview> InterviewRepository::forCandidate(CandidateId candidate) const
{
    return load(QStringLiteral("WHERE i.candidate_id = :id"), QStringLiteral(":id"), candidate);
}

QList<Interview> InterviewRepository::submittedBy(InterviewerId interviewer) const
{
    QList<Interview> result = load(QStringLiteral("WHERE i.interviewer_id = :id AND i.state = 'submitted'"),
                                   QStringLiteral(":id"), interviewer);
    std::stable_sort(result.begin(), result.end(),
                     [](const Interview& a, const Interview& b) { return a.submittedAt > b.submittedAt; });
    return result;
}

QList<Interview> InterviewRepository::all() const
{
    return load({}, {}, {});
}

QList<Interview> InterviewRepository::unfinished() const
{
    return load(QStringLiteral("WHERE i.state IN ('planned', 'in_progress')"), {}, {});
}

int InterviewRepository::count() const
{
    Query q(m_database.connection(), QStringLiteral("SELECT count(*) FROM interview"));
    return q.scalar().toInt();
}

std::optional<Scorecard> InterviewRepository::scorecard(InterviewId id) const
{
    const std::optional<Interview> interview = get(id);
    if (!interview)
        return std::nullopt;
    Scorecard card;
    card.interview = *interview;
    const QSqlDatabase db = m_database.connection();
    const QuestionRepository questions(m_database);
    {
        Query q(db, QStringLiteral(
                        "SELECT id, position, question_version_id, time_budget_seconds, weight, status, "
                        "score, note, seconds_spent, uuid FROM scorecard_entry WHERE interview_id = :id "
                        "ORDER BY position"));
        q.bind(QStringLiteral(":id"), id).exec();
        while (q.next()) {
            const RowReader row(q, QStringLiteral("scorecard_entry"), 0);
            ScorecardEntry e;
            e.id = row.id(0);
            e.interviewId = id;
            e.position = int(row.integer(1, 0, 100'000));
            e.question.versionId = row.id(2);
            e.timeBudgetSeconds = row.seconds(3);
            e.weight = row.number(4, 0, 1'000);
            e.status = row.key<EntryStatus>(5, entryStatusFromKey);
            e.score = row.optionalScore(6);
            if ((e.status == EntryStatus::Scored) != e.score.has_value())
                row.failRow(
                    tr("status \"%1\" with score \"%2\"").arg(toKey(e.status), q.value(6).toString()));
            e.note = row.text(7);
            e.secondsSpent = row.seconds(8);
            e.uuid = row.uuid(9);
            card.entries.append(e);
        }
    }
    const QHash<QuestionVersionId, Question> asked = questions.askedIn(id);
    for (ScorecardEntry& e : card.entries)
        e.question = asked.value(e.question.versionId, e.question);
    {
        Query q(db, QStringLiteral(
                        "SELECT id, entry_id, elapsed_seconds, text, flag, created_at, uuid FROM highlight "
                        "WHERE interview_id = :id ORDER BY elapsed_seconds, id"));
        q.bind(QStringLiteral(":id"), id).exec();
        while (q.next()) {
            const RowReader row(q, QStringLiteral("highlight"), 0);
            Highlight h;
            h.id = row.id(0);
            h.interviewId = id;
            h.entryId = row.optionalId(1);
            h.elapsedSeconds = row.seconds(2);
            h.text = row.text(3);
            h.flag = row.key<HighlightFlag>(4, highlightFlagFromKey);
            h.createdAt = row.time(5);
            h.uuid = row.uuid(6);
            card.highlights.append(h);
        }
    }
    {
        Query q(db, QStringLiteral("SELECT id, entry_id, syntax, code, updated_at, uuid FROM code_answer "
                                   "WHERE interview_id = :id ORDER BY entry_id"));
        q.bind(QStringLiteral(":id"), id).exec();
        while (q.next()) {
            const RowReader row(q, QStringLiteral("code_answer"), 0);
            CodeAnswer a;
            a.id = row.id(0);
            a.interviewId = id;
            a.entryId = row.id(1);
            a.code = CodeSnippet{row.text(2), row.text(3)};
            a.updatedAt = row.time(4);
            a.uuid = row.uuid(5);
            card.codeAnswers.append(a);
        }
    }
    return card;
}

} // namespace ia
