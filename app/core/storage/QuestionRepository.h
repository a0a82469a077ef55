#pragma once

#include "domain/Question.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace ia {

class Database;

// One row of the Questions page: the question as it stands, with how it is used.
struct QuestionOverview
{
    QuestionId id = 0;
    QString uuid;
    QString title;            // of the newest version, draft or not
    QString category;         // idem
    int publishedVersion = 0; // 0: never published (a new draft)
    bool hasDraft = false;
    bool archived = false;
    QStringList kits;   // names of the kits whose working copy uses it
    int timesAsked = 0; // scorecard entries that were scored or skipped, all versions
};

// Questions and their versions. Saving an edit never overwrites: it adds a version.
class QuestionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ia::QuestionRepository)

public:
    explicit QuestionRepository(const Database& database);

    // Stores a new question as version 1 and returns it with its ids filled in; the UUIDs given
    // (the shipped bank's) are kept, missing ones made.
    Question create(const Question& question, const QString& author = {});

    std::optional<Question> latest(QuestionId id) const;
    std::optional<Question> latestByKey(const QString& key) const;
    std::optional<Question> version(QuestionVersionId versionId) const;
    std::optional<Question> versionByUuid(const QString& versionUuid) const;
    std::optional<Question> latestByUuid(const QString& questionUuid) const;
    // The stored question a question from a file is: the one with its UUID; without a UUID, the one
    // with its key; without either (a spreadsheet row), the one whose newest version has its
    // category and title.
    std::optional<QuestionId> match(const Question& question) const;
    // The question with this stable key, if any.
    std::optional<QuestionId> byKey(const QString& key) const;
    // The question a version UUID belongs to here, if any.
    std::optional<QuestionId> ownerOfVersion(const QString& versionUuid) const;
    // A stored version with exactly this wording, rubric, budget and code, whatever its UUID.
    std::optional<Question> sameWording(const Question& question) const;
    // Adds a version that came from elsewhere, keeping its UUID, after this database's newest one:
    // the text that interviews point at is never changed.
    // A draft here stays the newest version.
    Question addVersionFromElsewhere(QuestionId id, const Question& question, const QString& author = {});
    QList<Question> allLatest() const; // published, not archived; by category, then title

    // The editor's side. A draft is the one newest version still being written (see Question).
    QList<QuestionOverview> overview() const; // every question, archived ones too
    std::optional<Question> draft(QuestionId id) const;
    // What the editor shows: the draft if there is one, else the newest published version.
    std::optional<Question> newest(QuestionId id) const;
    QList<Question> history(QuestionId id) const; // every version, oldest first
    // A new question, as a draft of version 1.
    Question createDraft(const Question& question, const QString& author);
    // Stores the edited text as the question's draft: the draft is changed in place, or made as the
    // next version. Text equal to the newest published version removes the draft instead (an edit
    // undone leaves nothing to publish). Returns what the editor shows afterwards.
    Question saveDraft(const Question& edited, const QString& author);
    // The draft becomes the version new interviews ask. Throws StorageError naming what is missing
    // (see publishProblems) or when there is no draft.
    Question publish(QuestionId id, const QString& author);
    // What stops a version from being published, one line each ("Score 3: the anchor needs a label").
    static QStringList publishProblems(const Question& question);
    // Drops the draft. A question never published goes with it, unless a kit lists it.
    void discardDraft(QuestionId id);
    // An archived question is not offered for kits any more; interviews that asked it keep it.
    void setArchived(QuestionId id, bool archived);
    // Every version asked in an interview, by version id (one round of queries for all of them).
    QHash<QuestionVersionId, Question> askedIn(InterviewId interview) const;
    // The current published version of every question of a kit's working copy, by question id.
    QHash<QuestionId, Question> latestInKit(KitId kit) const;
    // The same for the questions of one published kit version.
    QHash<QuestionId, Question> latestInKitVersion(KitVersionId version) const;
    int count() const; // questions, not versions

private:
    Question insertVersion(QuestionId id, int version, const Question& q, const QString& uuid,
                           bool draft = false, const QString& author = {});
    void writeDetails(QuestionVersionId versionId, const Question& question);
    QList<Question> load(const QString& whereClause, const QString& placeholder, const QVariant& value) const;

    const Database& m_database;
};

} // namespace ia
