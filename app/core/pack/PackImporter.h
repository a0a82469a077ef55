#pragma once

#include "pack/Pack.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ia {

class Database;

// Brings a pack's questions and kits into a database, in one transaction (README, "Question packs").
// Matching: a question by its UUID, else its key, else its category and title; a kit by its UUID,
// else its name. A version the database has anywhere in a question's history changes nothing, so
// importing a pack twice, or an older export, changes nothing.
class PackImporter
{
    Q_DECLARE_TR_FUNCTIONS(ia::PackImporter)

public:
    enum class Mode
    {
        // A team's pack: a question whose text differs becomes a new published version of it, a kit
        // whose items differ a new published version (replacing unpublished edits of its items).
        Update,
        // The shipped bank: adds what is missing and leaves what is there, edits included.
        AddMissing,
    };

    struct Change
    {
        enum class Kind
        {
            NewQuestion,
            NewVersion,
            NewKit,
            NewKitVersion,
            KitDetails, // role, description or target length
        };
        Kind kind;
        QString name; // the question's title or the kit's name
    };

    struct Result
    {
        QList<Change> changes;
        int unchangedQuestions = 0;
        int unchangedKits = 0;

        int count(Change::Kind kind) const;
        // One line for a dialog or a terminal: "3 new questions, 1 new version, 1 new kit; 22 unchanged".
        QString summary() const;
    };

    PackImporter(const Database& database, QString author);

    // Imports the pack; with dryRun the transaction is rolled back, so the result previews what an
    // import would change. Throws PackError (the pack contradicts the database, e.g. a version UUID of
    // another question here) or StorageError; nothing is written then.
    Result import(const Pack& pack, Mode mode = Mode::Update, bool dryRun = false);
    // Several packs in one transaction: all of them or none (each later pack sees the earlier ones).
    QList<Result> importAll(const QList<Pack>& packs, Mode mode = Mode::Update, bool dryRun = false);

private:
    Result apply(const Pack& pack, Mode mode);

    const Database& m_database;
    QString m_author;
};

} // namespace ia
