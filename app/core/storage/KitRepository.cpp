#include "KitRepository.h"

#include "domain/Identity.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/QuestionRepository.h"
#include "storage/RowReader.h"
#include "storage/SqlValues.h"
#include "storage/WriteTransaction.h"

namespace ia {

KitRepository::KitRepository(const Database& database)
    : m_database(database)
{}

Kit KitRepository::create(const Kit& kit)
{
    WriteTransaction tx(m_database);
    Query q(tx.connection(), QStringLiteral("INSERT INTO kit (uuid, name, role, description, created_at) "
                                            "VALUES (:uuid, :name, :role, :description, :at) RETURNING id"));
    q.bind(QStringLiteral(":uuid"), kit.uuid.isEmpty() ? Identity::create() : kit.uuid)
        .bind(QStringLiteral(":name"), kit.name)
        .bind(QStringLiteral(":role"), kit.role)
        .bind(QStringLiteral(":description"), kit.description)
        .bind(QStringLiteral(":at"), SqlValues::now());
    const KitId id = q.insertReturningId();
    for (int i = 0; i < kit.items.size(); ++i) {
        const KitItem& item = kit.items.at(i);
        Query insert(tx.connection(),
                     QStringLiteral(
                         "INSERT INTO kit_item (kit_id, question_id, position, time_budget_seconds, weight) "
                         "VALUES (:kit, :question, :pos, :budget, :weight)"));
        insert.bind(QStringLiteral(":kit"), id)
            .bind(QStringLiteral(":question"), item.question.id)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":budget"), item.timeBudgetSeconds)
            .bind(QStringLiteral(":weight"), item.weight)
            .exec();
    }
    tx.commit();
    return *get(id);
}

QList<Kit> KitRepository::load(const QString& whereClause, const QString& placeholder,
                               const QVariant& value) const
{
    const QSqlDatabase db = m_database.connection();
    QList<Kit> kits;
    {
        Query q(db, QStringLiteral("SELECT id, name, role, description, uuid FROM kit ") + whereClause +
                        QStringLiteral(" ORDER BY name"));
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
            kits.append(kit);
        }
    }
    const QuestionRepository questions(m_database);
    for (Kit& kit : kits) {
        const QHash<QuestionId, Question> latest = questions.latestInKit(kit.id);
        Query items(
            db, QStringLiteral("SELECT id, position, time_budget_seconds, weight, question_id FROM kit_item "
                               "WHERE kit_id = :kit ORDER BY position"));
        items.bind(QStringLiteral(":kit"), kit.id).exec();
        while (items.next()) {
            const RowReader row(items, QStringLiteral("kit_item"), 0);
            KitItem item;
            item.id = row.id(0);
            item.position = int(row.integer(1, 0, 100'000));
            item.timeBudgetSeconds = row.seconds(2);
            item.weight = row.number(3, 0, 1'000);
            item.question = latest.value(row.id(4));
            kit.items.append(item);
        }
    }
    return kits;
}

std::optional<Kit> KitRepository::get(KitId id) const
{
    const QList<Kit> found = load(QStringLiteral("WHERE id = :id"), QStringLiteral(":id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Kit>(found.first());
}

std::optional<Kit> KitRepository::byName(const QString& name) const
{
    const QList<Kit> found = load(QStringLiteral("WHERE name = :name"), QStringLiteral(":name"), name);
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

std::optional<Kit> KitRepository::byUuid(const QString& uuid) const
{
    const QList<Kit> found = load(QStringLiteral("WHERE uuid = :uuid"), QStringLiteral(":uuid"), uuid);
    return found.isEmpty() ? std::nullopt : std::optional<Kit>(found.first());
}

QList<Kit> KitRepository::all() const
{
    return load({}, {}, {});
}

} // namespace ia
