#pragma once

#include "domain/Interviewer.h"

#include <QList>

#include <optional>

namespace ia {

class Database;

class InterviewerRepository
{
public:
    explicit InterviewerRepository(const Database& database);

    // The interviewer with this name, created if new (names are unique).
    Interviewer findOrCreate(const QString& name, const QString& email = {});

    std::optional<Interviewer> get(InterviewerId id) const;
    std::optional<Interviewer> byName(const QString& name) const;
    QList<Interviewer> all() const; // by name

private:
    QList<Interviewer> load(const QString& whereClause, const QString& placeholder,
                            const QVariant& value) const;

    const Database& m_database;
};

} // namespace ia
