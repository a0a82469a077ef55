#include "KitRepository.h"

#include "domain/Identity.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/QuestionRepository.h"
#include "storage/RowReader.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

namespace ia {

namespace {

// The items of a kit's working copy, or of one published version, in order.
struct StoredItem
{
    KitItemId id = 0;
    QuestionId question = 0;
    int timeBudgetSeconds = 0;
    double weight = 1.0;

    bool operator==(const StoredItem& other) const
    {
        return question == other.question && timeBudgetSeconds == other.timeBudgetSeconds &&
               weight == other.weight;
    }
};

QList<StoredItem> readItems(const QSqlDatabase& db, const QString& sql, qint64 owner)
{
    const QString table = sql.contains(QLatin1String("kit_version_item")) ? QStringLiteral("kit_version_item")
                                                                          : QStringLiteral("kit_item");
    Query items(db, sql);
    items.bind(QStringLiteral(":owner"), owner).exec();
    QList<StoredItem> result;
    while (items.next()) {
        const RowReader row(items, table, 0);
        StoredItem item;
        item.id = row.id(0);
        item.question = row.id(1);
        item.timeBudgetSeconds = row.seconds(2);
        item.weight = row.number(3, 0, 1'000);
        result.append(item);
    }
    return result;
}

const QString workingItems =
    QStringLiteral("SELECT id, question_id, time_budget_seconds, weight FROM kit_item "
                   "WHERE kit_id = :owner ORDER BY position");
const QString versionItems =
    QStringLiteral("SELECT position + 1, question_id, time_budget_seconds, weight FROM kit_version_item "
                   "WHERE kit_version_id = :owner ORDER BY position");

} // namespace

KitRepository::KitRepository(const Database& database)
    : m_database(database)
{}

Kit KitRepository::create(const Kit& kit)
{
    WriteTransaction tx(m_database);
    if (byName(kit.name))
        throw StorageError(StorageError::Kind::Failed,
                           tr("A kit named \"%1\" exists already. Choose another name.").arg(kit.name));
    Query q(tx.connection(),
            QStringLiteral("INSERT INTO kit (uuid, name, role, description, target_seconds, created_at) "
                           "VALUES (:uuid, :name, :role, :description, :target, :at) RETURNING id"));
    q.bind(QStringLiteral(":uuid"), kit.uuid.isEmpty() ? Identity::create() : kit.uuid)
        .bind(QStringLiteral(":name"), kit.name)
        .bind(QStringLiteral(":role"), kit.role)
        .bind(QStringLiteral(":description"), kit.description)
        .bind(QStringLiteral(":target"), kit.targetSeconds)
        .bind(QStringLiteral(":at"), SqlValues::now());
    const KitId id = q.insertReturningId();
    setItems(id, kit.items);
    tx.commit();
    return *working(id);
}

void KitRepository::setItems(KitId id, const QList<KitItem>& items)
{
    WriteTransaction tx(m_database);
    tx.lockRow("kit", id);
    const QSqlDatabase db = tx.connection();
    Query remove(db, QStringLiteral("DELETE FROM kit_item WHERE kit_id = :kit"));
    remove.bind(QStringLiteral(":kit"), id).exec();
    QList<StoredItem> stored;
    for (int i = 0; i < items.size(); ++i) {
        const KitItem& item = items.at(i);
        Query insert(db,
                     QStringLiteral(
                         "INSERT INTO kit_item (kit_id, question_id, position, time_budget_seconds, weight) "
                         "VALUES (:kit, :question, :pos, :budget, :weight)"));
        insert.bind(QStringLiteral(":kit"), id)
            .bind(QStringLiteral(":question"), item.question.id)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":budget"), item.timeBudgetSeconds)
            .bind(QStringLiteral(":weight"), item.weight)
            .exec();
        stored.append({0, item.question.id, item.timeBudgetSeconds, item.weight});
    }
    // Unchanged against the newest published version: nothing to publish (an edit undone).
    Query newest(
        db, QStringLiteral("SELECT id FROM kit_version WHERE kit_id = :kit ORDER BY version DESC LIMIT 1"));
    newest.bind(QStringLiteral(":kit"), id).exec();
    const bool same = newest.next() && readItems(db, versionItems, newest.int64(0)) == stored;
    Query mark(db, QStringLiteral("UPDATE kit SET changed_at = :at WHERE id = :kit"));
    mark.bind(QStringLiteral(":at"), same ? QVariant(QMetaType(QMetaType::LongLong)) : SqlValues::now())
        .bind(QStringLiteral(":kit"), id)
        .exec();
    tx.commit();
}

void KitRepository::updateDetails(const Kit& details)
{
    WriteTransaction tx(m_database);
    if (const std::optional<Kit> other = byName(details.name); other && other->id != details.id)
        throw StorageError(StorageError::Kind::Failed,
                           tr("A kit named \"%1\" exists already. Choose another name.").arg(details.name));
    Query q(tx.connection(),
            QStringLiteral("UPDATE kit SET name = :name, role = :role, description = :description, "
                           "target_seconds = :target WHERE id = :id"));
    q.bind(QStringLiteral(":name"), details.name)
        .bind(QStringLiteral(":role"), details.role)
        .bind(QStringLiteral(":description"), details.description)
        .bind(QStringLiteral(":target"), details.targetSeconds)
        .bind(QStringLiteral(":id"), details.id)
        .exec();
    tx.commit();
}

QString KitRepository::freeName(const QString& name) const
{
    if (!byName(name))
        return name;
    QString candidate;
    for (int n = 2;; ++n) {
        candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
        if (!byName(candidate))
            return candidate;
    }
}

Kit KitRepository::duplicate(KitId id)
{
    WriteTransaction tx(m_database);
    std::optional<Kit> kit = working(id);
    if (!kit)
        throw StorageError(StorageError::Kind::Gone, tr("This kit no longer exists."));
    kit->uuid.clear();
    kit->name = freeName(tr("%1 (copy)").arg(kit->name));
    kit->archived = false;
    Kit copy = create(*kit);
    tx.commit();
    return copy;
}

void KitRepository::setArchived(KitId id, bool archived)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(), QStringLiteral("UPDATE kit SET archived = :archived WHERE id = :id"));
    q.bind(QStringLiteral(":archived"), archived ? 1 : 0).bind(QStringLiteral(":id"), id).exec();
    tx.commit();
}

QStringList KitRepository::publishProblems(KitId id) const
{
    const std::optional<Kit> kit = working(id);
    if (!kit)
        return {tr("This kit no longer exists.")};
    QStringList problems;
    if (kit->items.isEmpty())
        problems.append(tr("The kit has no questions. Add at least one."));
    const QuestionRepository questions(m_database);
    const QHash<QuestionId, Question> published = questions.latestInKit(id);
    for (const KitItem& item : kit->items) {
        const QString title = item.question.title.trimmed().isEmpty() ? tr("Untitled") : item.question.title;
        const auto found = published.constFind(item.question.id);
        if (found == published.constEnd()) {
            problems.append(
                tr("\"%1\" was never published: publish it on the Questions page first.").arg(title));
        } else if (!found->rubric.isComplete()) {
            problems.append(tr("\"%1\": its rubric is incomplete (each score from 1 to 4 needs a label and a "
                               "description).")
                                .arg(title));
        }
    }
    return problems;
}

Kit KitRepository::publish(KitId id, const QString& author)
{
    WriteTransaction tx(m_database);
    tx.lockRow("kit", id);
    const QSqlDatabase db = tx.connection();
    if (const QStringList problems = publishProblems(id); !problems.isEmpty()) {
        const std::optional<Kit> kit = working(id);
        throw StorageError(StorageError::Kind::Failed,
                           tr("The kit \"%1\" cannot be published yet:\n%2")
                               .arg(kit ? kit->name : QString(), problems.join(QLatin1Char('\n'))));
    }
    Query next(db,
               QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM kit_version WHERE kit_id = :kit"));
    next.bind(QStringLiteral(":kit"), id);
    const int number = next.scalar().toInt();
    Query insert(db,
                 QStringLiteral("INSERT INTO kit_version (uuid, kit_id, version, published_at, published_by) "
                                "VALUES (:uuid, :kit, :version, :at, :by) RETURNING id"));
    insert.bind(QStringLiteral(":uuid"), Identity::create())
        .bind(QStringLiteral(":kit"), id)
        .bind(QStringLiteral(":version"), number)
        .bind(QStringLiteral(":at"), SqlValues::now())
        .bind(QStringLiteral(":by"), author);
    const KitVersionId versionId = insert.insertReturningId();
    Query items(db, QStringLiteral("INSERT INTO kit_version_item (kit_version_id, position, question_id, "
                                   "time_budget_seconds, weight) SELECT :version, position, question_id, "
                                   "time_budget_seconds, weight FROM kit_item WHERE kit_id = :kit"));
    items.bind(QStringLiteral(":version"), versionId).bind(QStringLiteral(":kit"), id).exec();
    Query mark(db, QStringLiteral("UPDATE kit SET changed_at = NULL WHERE id = :kit"));
    mark.bind(QStringLiteral(":kit"), id).exec();
    tx.commit();
    return *get(id);
}

QList<Kit> KitRepository::load(const QString& whereClause, const QString& placeholder, const QVariant& value,
                               Items which) const
{
    const QSqlDatabase db = m_database.connection();
    QList<Kit> kits;
    {
        Query q(db,
                QStringLiteral("SELECT k.id, k.name, k.role, k.description, k.uuid, k.target_seconds, "
                               "k.archived, k.changed_at, v.id, v.version, v.published_at, v.published_by "
                               "FROM kit k LEFT JOIN kit_version v ON v.kit_id = k.id AND v.version = "
                               "(SELECT max(v2.version) FROM kit_version v2 WHERE v2.kit_id = k.id) ") +
                    whereClause + QStringLiteral(" ORDER BY k.name"));
        if (!placeholder.isEmpty())
            q.bind(placeholder, value);
        q.exec();
        while (q.next()) {
            const RowReader row(q, QStringLiteral("kit"), 0);
            Kit kit;
            kit.id = row.id(0);
            kit.name = row.text(1);
            kit.role = row.text(2);
            kit.description = row.text(3);
            kit.uuid = row.uuid(4);
            kit.targetSeconds = row.seconds(5);
            kit.archived = row.flag(6);
            kit.changed = !q.isNull(7);
            if (!q.isNull(8)) {
                kit.versionId = which == Items::Published ? row.id(8) : 0;
                kit.version = int(row.integer(9, 1, 1'000'000));
                kit.publishedAt = row.time(10);
                kit.publishedBy = row.text(11);
            }
            kits.append(kit);
        }
    }
    const QuestionRepository questions(m_database);
    for (Kit& kit : kits) {
        QList<StoredItem> stored;
        QHash<QuestionId, Question> byQuestion;
        if (which == Items::Working) {
            stored = readItems(db, workingItems, kit.id);
            for (const StoredItem& s : stored) {
                if (!byQuestion.contains(s.question))
                    byQuestion.insert(s.question, questions.newest(s.question).value_or(Question{}));
            }
        } else if (kit.versionId) {
            stored = readItems(db, versionItems, kit.versionId);
            byQuestion = questions.latestInKitVersion(kit.versionId);
        }
        for (int i = 0; i < stored.size(); ++i) {
            KitItem item;
            item.id = stored.at(i).id;
            item.position = i;
            item.timeBudgetSeconds = stored.at(i).timeBudgetSeconds;
            item.weight = stored.at(i).weight;
            item.question = byQuestion.value(stored.at(i).question);
            item.question.id = stored.at(i).question;
            kit.items.append(item);
        }
    }
    return kits;
}

std::optional<Kit> KitRepository::get(KitId id) const
{
    const QList<Kit> found =
        load(QStringLiteral("WHERE k.id = :id"), QStringLiteral(":id"), id, Items::Published);
    return found.isEmpty() ? std::nullopt : std::optional<Kit>(found.first());
}

std::optional<Kit> KitRepository::working(KitId id) const
{
    const QList<Kit> found =
        load(QStringLiteral("WHERE k.id = :id"), QStringLiteral(":id"), id, Items::Working);
    return found.isEmpty() ? std::nullopt : std::optional<Kit>(found.first());
}

std::optional<Kit> KitRepository::byName(const QString& name) const
{
    const QList<Kit> found =
        load(QStringLiteral("WHERE k.name = :name"), QStringLiteral(":name"), name, Items::Published);
    return found.isEmpty() ? std::nullopt : std::optional<Kit>(found.first());
}

std::optional<Kit> KitRepository::byUuid(const QString& uuid) const
{
    const QList<Kit> found =
        load(QStringLiteral("WHERE k.uuid = :uuid"), QStringLiteral(":uuid"), uuid, Items::Published);
    return found.isEmpty() ? std::nullopt : std::optional<Kit>(found.first());
}

std::optional<KitId> KitRepository::lastUsedForRole(const QString& role) const
{
    if (role.trimmed().isEmpty())
        return std::nullopt;
    Query q(m_database.connection(),
            QStringLiteral("SELECT kit_id FROM interview WHERE kit_id IS NOT NULL AND lower(trim(role)) = "
                           "lower(:role) ORDER BY created_at DESC, id DESC LIMIT 1"));
    q.bind(QStringLiteral(":role"), role.trimmed()).exec();
    if (!q.next())
        return std::nullopt;
    return KitId(q.int64(0));
}

QList<Kit> KitRepository::all() const
{
    return load({}, {}, {}, Items::Published);
}

QList<Kit> KitRepository::offered() const
{
    return load(QStringLiteral("WHERE k.archived = 0 AND v.id IS NOT NULL"), {}, {}, Items::Published);
}

} // namespace ia
