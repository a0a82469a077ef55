#pragma once

#include "domain/Question.h"

#include <QHash>
#include <QList>

#include <optional>

namespace ia {

class Database;

// Questions and their versions. Saving an edit never overwrites: it adds a version.
class QuestionRepository
{
public:
    explicit QuestionRepository(const Database& database);

    // Stores a new question as version 1 and returns it with its ids filled in; the UUIDs given
    // (the shipped bank's) are kept, missing ones made.
    Question create(const Question& question);
    // Stores the edited text as the next version of question.id and returns it.
    Question addVersion(const Question& edited);

    std::optional<Question> latest(QuestionId id) const;
    std::optional<Question> latestByKey(const QString& key) const;
    std::optional<Question> version(QuestionVersionId versionId) const;
    std::optional<Question> versionByUuid(const QString& versionUuid) const;
    std::optional<Question> latestByUuid(const QString& questionUuid) const;
    // A stored version with exactly this wording, rubric, budget and code, whatever its UUID.
    std::optional<Question> sameWording(const Question& question) const;
    // Adds a version that came from elsewhere, keeping its UUID, after this database's newest one:
    // the text that interviews point at is never changed.
    Question addVersionFromElsewhere(QuestionId id, const Question& question);
    QList<Question> allLatest() const; // by category, then title
    // Every version asked in an interview, by version id (one round of queries for all of them).
    QHash<QuestionVersionId, Question> askedIn(InterviewId interview) const;
    // The current version of every question of a kit, by question id.
    QHash<QuestionId, Question> latestInKit(KitId kit) const;
    int count() const; // questions, not versions

private:
    Question insertVersion(QuestionId id, int version, const Question& q, const QString& uuid);
    QList<Question> load(const QString& whereClause, const QString& placeholder, const QVariant& value) const;

    const Database& m_database;
};

} // namespace ia
