#pragma once

#include "bundle/Bundle.h"
#include "domain/Ids.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <functional>

namespace ia {

class Database;

// Merges a scorecard bundle into this database, in one transaction, following KeePassXC's model:
// records match by UUID and history is kept, never by timestamps or line merges.
// - Candidates match by UUID (or a UUID they were matched under before), else by e-mail, else, only
//   when confirmed, by folded name and role. This database's profile wins; links and references
//   are added.
// - Question versions match by UUID, else by wording; an unknown one becomes a new version of its
//   question, so the text interviews point at never changes.
// - Scorecards match by UUID: a newer revision replaces the current one (kept as history), the
//   same revision changes nothing, an older one is ignored. Importing a bundle twice changes nothing.
// - Nothing of an erased candidate comes back: their scorecards are refused.
class BundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(ia::BundleImporter)

public:
    struct Options
    {
        // Candidates who look alike by name and role: the bundle's UUIDs the user confirmed as
        // the same person or as someone else. Unconfirmed ones have their scorecards refused.
        QSet<QString> sameAsExisting;
        QSet<QString> notTheSame;
        bool mergeAllLookAlikes = false; // the CLI's --match-names
        // Told how far it got, per scorecard (done of total); answering false stops the import,
        // and nothing is written.
        std::function<bool(int done, int total)> progress;
    };

    struct LookAlike
    {
        QString bundleCandidateUuid;
        QString bundleName;
        QString role;
        CandidateId existing = 0;
        QString existingName;
        QString existingEmail;
    };

    struct Report
    {
        int newScorecards = 0;
        int updatedScorecards = 0;
        int unchangedScorecards = 0;
        QStringList refused; // one reason per refused scorecard, naming it
        QStringList notes;   // ignored older revisions, matched candidates, added question versions
        int newCandidates = 0;
        int matchedCandidates = 0;
        QList<LookAlike> lookAlikes; // to confirm, then import again
        bool stopped = false;        // progress said stop: nothing was written

        bool changedAnything() const { return newScorecards + updatedScorecards + newCandidates > 0; }
        QString summary() const; // a few lines for the user
    };

    BundleImporter(const Database& database, Options options);

    Report import(const Bundle& bundle) const;
    // What import() would do, without writing anything: the look-alikes to ask about first.
    Report preview(const Bundle& bundle) const;

private:
    Report run(const Bundle& bundle, bool commit) const;

    const Database& m_database;
    Options m_options;
};

} // namespace ia
