#pragma once

#include "bundle/Bundle.h"
#include "domain/Ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace ia {

class Database;

// Collects what an interviewer shares with the hiring manager: their submitted scorecards (drafts
// never leave the laptop), each with the candidate's shareable profile (no private notes, no
// status), the exact question versions asked and the kit, plus every tombstone this database knows.
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(ia::BundleExporter)

public:
    struct Selection
    {
        InterviewerId interviewer = 0;
        QList<CandidateId> candidates; // empty: every candidate
        QDateTime submittedSince;      // invalid: whenever
    };

    explicit BundleExporter(const Database& database);

    Bundle collect(const Selection& selection) const;
    // One scorecard, whoever's it is: the document a replaced revision is kept as.
    Bundle ofScorecard(InterviewId interview) const;

    // Writes the bundle as a private (0600) file through the safe writer; the error for the user,
    // or empty when it worked.
    static QString write(const Bundle& bundle, const QString& path);

private:
    Bundle collectInterviews(const QList<InterviewId>& interviews, InterviewerId exporter) const;

    const Database& m_database;
};

} // namespace ia
