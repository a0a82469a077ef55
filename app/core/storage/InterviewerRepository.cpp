#include "InterviewerRepository.h"

#include "domain/Identity.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowReader.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace ia {

InterviewerRepository::InterviewerRepository(const Database& database)
    : m_database(database)
{}

Interviewer InterviewerRepository::create(const Interviewer& interviewer)
{
    const QString name = interviewer.name.trimmed();
    if (name.isEmpty()) {
        throw StorageError(
            StorageError::Kind::Failed,
            QCoreApplication::translate("ia::InterviewerRepository", "An interviewer needs a name."));
    }
    WriteTransaction tx(m_database);
    Query q(tx.connection(), QStringLiteral("INSERT INTO interviewer (uuid, name, email, created_at) "
                                            "VALUES (:uuid, :name, :email, :at) RETURNING id"));
    const QString uuid = interviewer.uuid.isEmpty() ? Identity::create() : interviewer.uuid;
    q.bind(QStringLiteral(":uuid"), uuid)
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":email"), interviewer.email.trimmed())
        .bind(QStringLiteral(":at"), SqlValues::now());
    const InterviewerId id = q.insertReturningId();
    tx.commit();
    return Interviewer{id, uuid, name, interviewer.email.trimmed()};
}

Interviewer InterviewerRepository::ensure(const Interviewer& interviewer)
{
    WriteTransaction tx(m_database);
    const std::optional<Interviewer> known = byUuid(interviewer.uuid);
    if (!known) {
        const Interviewer created = create(interviewer);
        tx.commit();
        return created;
    }
    Interviewer result = *known;
    const QString name = interviewer.name.trimmed();
    const QString email = interviewer.email.trimmed();
    if (!name.isEmpty() && (name != known->name || email != known->email)) {
        Query q(tx.connection(),
                QStringLiteral("UPDATE interviewer SET name = :name, email = :email WHERE id = :id"));
        q.bind(QStringLiteral(":name"), name)
            .bind(QStringLiteral(":email"), email)
            .bind(QStringLiteral(":id"), known->id)
            .exec();
        result.name = name;
        result.email = email;
    }
    tx.commit();
    return result;
}

Interviewer InterviewerRepository::findOrCreate(const QString& name, const QString& email)
{
    WriteTransaction tx(m_database);
    if (std::optional<Interviewer> existing = byName(name)) {
        tx.commit();
        return *existing;
    }
    const Interviewer created = create(Interviewer{0, {}, name, email});
    tx.commit();
    return created;
}

QList<Interviewer> InterviewerRepository::load(const QString& whereClause, const QString& placeholder,
                                               const QVariant& value) const
{
    Query q(m_database.connection(), QStringLiteral("SELECT id, uuid, name, email FROM interviewer ") +
                                         whereClause + QStringLiteral(" ORDER BY name, id"));
    if (!placeholder.isEmpty())
        q.bind(placeholder, value);
    q.exec();
    QList<Interviewer> result;
    while (q.next()) {
        const RowReader row(q, QStringLiteral("interviewer"), 0);
        result.append(Interviewer{row.id(0), row.uuid(1), row.text(2), row.text(3)});
    }
    return result;
}

std::optional<Interviewer> InterviewerRepository::get(InterviewerId id) const
{
    const QList<Interviewer> found = load(QStringLiteral("WHERE id = :id"), QStringLiteral(":id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Interviewer>(found.first());
}

std::optional<Interviewer> InterviewerRepository::byUuid(const QString& uuid) const
{
    if (uuid.isEmpty())
        return std::nullopt;
    const QList<Interviewer> found =
        load(QStringLiteral("WHERE uuid = :uuid"), QStringLiteral(":uuid"), uuid);
    return found.isEmpty() ? std::nullopt : std::optional<Interviewer>(found.first());
}

std::optional<Interviewer> InterviewerRepository::byName(const QString& name) const
{
    const QList<Interviewer> found = named(name);
    return found.isEmpty() ? std::nullopt : std::optional<Interviewer>(found.first());
}

QList<Interviewer> InterviewerRepository::named(const QString& name) const
{
    return load(QStringLiteral("WHERE name = :name"), QStringLiteral(":name"), name.trimmed());
}

QList<Interviewer> InterviewerRepository::all() const
{
    return load({}, {}, {});
}

} // namespace ia
