#include "InterviewerRepository.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowReader.h"
#include "storage/SqlValues.h"
#include "storage/WriteTransaction.h"

namespace ia {

InterviewerRepository::InterviewerRepository(const Database& database)
    : m_database(database)
{}

Interviewer InterviewerRepository::findOrCreate(const QString& name, const QString& email)
{
    const QString trimmed = name.trimmed();
    WriteTransaction tx(m_database);
    if (std::optional<Interviewer> existing = byName(trimmed)) {
        tx.commit();
        return *existing;
    }
    Query q(tx.connection(), QStringLiteral("INSERT INTO interviewer (name, email, created_at) "
                                            "VALUES (:name, :email, :at) RETURNING id"));
    q.bind(QStringLiteral(":name"), trimmed)
        .bind(QStringLiteral(":email"), email)
        .bind(QStringLiteral(":at"), SqlValues::now());
    const InterviewerId id = q.insertReturningId();
    tx.commit();
    return Interviewer{id, trimmed, email};
}

QList<Interviewer> InterviewerRepository::load(const QString& whereClause, const QString& placeholder,
                                               const QVariant& value) const
{
    Query q(m_database.connection(), QStringLiteral("SELECT id, name, email FROM interviewer ") +
                                         whereClause + QStringLiteral(" ORDER BY name"));
    if (!placeholder.isEmpty())
        q.bind(placeholder, value);
    q.exec();
    QList<Interviewer> result;
    while (q.next()) {
        const RowReader row(q, QStringLiteral("interviewer"), 0);
        result.append(Interviewer{row.id(0), row.text(1), row.text(2)});
    }
    return result;
}

std::optional<Interviewer> InterviewerRepository::get(InterviewerId id) const
{
    const QList<Interviewer> found = load(QStringLiteral("WHERE id = :id"), QStringLiteral(":id"), id);
    return found.isEmpty() ? std::nullopt : std::optional<Interviewer>(found.first());
}

std::optional<Interviewer> InterviewerRepository::byName(const QString& name) const
{
    const QList<Interviewer> found =
        load(QStringLiteral("WHERE name = :name"), QStringLiteral(":name"), name.trimmed());
    return found.isEmpty() ? std::nullopt : std::optional<Interviewer>(found.first());
}

QList<Interviewer> InterviewerRepository::all() const
{
    return load({}, {}, {});
}

} // namespace ia
