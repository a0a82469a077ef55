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

    // An interviewer is a person with a UUID; two may share a name. create() keeps a given UUID
    // (the person is known elsewhere) or makes one.
    Interviewer create(const Interviewer& interviewer);
    // The person with this UUID as this database knows them, added if new and given the name and
    // e-mail if those changed: how the one at the keyboard, remembered by the app, comes into a
    // database they have not used before.
    Interviewer ensure(const Interviewer& interviewer);
    // For fixtures and the demo, where names are unique: the one with this name, created if new.
    Interviewer findOrCreate(const QString& name, const QString& email = {});

    std::optional<Interviewer> get(InterviewerId id) const;
    std::optional<Interviewer> byUuid(const QString& uuid) const;
    // The first with this name; named() lists them all.
    std::optional<Interviewer> byName(const QString& name) const;
    QList<Interviewer> named(const QString& name) const;
    QList<Interviewer> all() const; // by name

private:
    QList<Interviewer> load(const QString& whereClause, const QString& placeholder,
                            const QVariant& value) const;

    const Database& m_database;
};

} // namespace ia
