#pragma once

#include "domain/Candidate.h"

#include <QList>

#include <optional>

namespace ia {

class Database;

class CandidateRepository
{
public:
    explicit CandidateRepository(const Database& database);

    // Stores a new candidate with links, references and tags; returns it re-read.
    Candidate create(const Candidate& candidate);
    // Replaces every field, link, reference and tag of candidate.id.
    Candidate update(const Candidate& candidate);
    // Writes only these fields of candidate.id (the lists whole), leaving the others as stored.
    // Throws Gone when the candidate was erased.
    Candidate update(const Candidate& candidate, const QList<CandidateField>& fields);

    std::optional<Candidate> get(CandidateId id) const;
    // By the candidate's UUID, or one they were matched under on import.
    std::optional<Candidate> byUuid(const QString& uuid) const;
    QList<Candidate> byEmail(const QString& email) const; // case-insensitive; none for an empty one
    // Same name and role with case, accents and spacing folded: "these look like the same person".
    // Candidates whose name folds (case, accents, spacing) to the same as this one; indexed.
    QList<Candidate> byFoldedName(const QString& name) const;
    QList<Candidate> byFoldedNameAndRole(const QString& name, const QString& role) const;
    // Others who may be the same person as `candidate`: the same e-mail, or the same folded name and
    // role. What the app offers instead of making (or keeping) a second record that would split a
    // candidate's panel in two.
    QList<Candidate> lookAlikes(const Candidate& candidate) const;
    // Another UUID the candidate is known under (a matched import).
    void addAlias(CandidateId id, const QString& uuid);
    // Adds the links and references the candidate does not have yet (the same UUID, address, or
    // name and contact); the profile's other fields stay as they are. Returns how many were added.
    int addLinksAndReferences(CandidateId id, const QList<CandidateLink>& links,
                              const QList<CandidateReference>& references);
    QList<Candidate> all() const; // by name; for small lists (the table view pages through SQL itself)
    int count() const;

    // Deletes the candidate and, through the foreign keys, every interview, score, note, highlight
    // and code answer that belongs to them; then wipes the leftovers from the side files.
    void erase(CandidateId id);

private:
    void writeDetails(CandidateId id, const Candidate& candidate, const QList<CandidateField>& fields);
    QList<Candidate> load(const QString& whereClause, const QString& placeholder,
                          const QVariant& value) const;

    const Database& m_database;
};

} // namespace ia
