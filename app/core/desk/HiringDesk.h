#pragma once

#include "analysis/Calibration.h"
#include "analysis/CalibrationDetail.h"
#include "analysis/CandidateSummary.h"
#include "analysis/Comparison.h"
#include "domain/Viewer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ia {

class Database;

// The hiring manager's questions, answered from the database for one viewer (blind scoring
// applied): compare candidates of a role, calibrate interviewers, summarise a candidate, show the
// evidence behind a number, and erase a candidate completely.
class HiringDesk
{
    Q_DECLARE_TR_FUNCTIONS(ia::HiringDesk)

public:
    HiringDesk(const Database& database, const Viewer& viewer);

    // candidates empty: every candidate of the role.
    Comparison compare(const QString& role, const QList<CandidateId>& candidates = {}) const;
    QList<CalibrationRow> calibration() const;
    // One interviewer's scores against the rest of the panel, per candidate and question.
    QList<CalibrationDetail> calibrationDetail(InterviewerId interviewer) const;
    CandidateSummary summary(CandidateId candidate) const;
    // The scores and notes behind one cell of the comparison.
    QList<CandidateSummary::Evidence> evidence(CandidateId candidate, QuestionId question) const;

    // What erasing a candidate removes, for the confirmation.
    struct EraseImpact
    {
        QString name;
        int interviews = 0;
        int notes = 0;
        int highlights = 0;
        int codeAnswers = 0;
        int references = 0;
        QStringList backups; // database copies from upgrades, which hold the candidate too
        QString description() const;
    };
    EraseImpact eraseImpact(CandidateId candidate) const;
    // Deletes every row of the candidate, wipes the database's side files, and deletes the upgrade
    // backups (which would otherwise still hold them). Throws StorageError.
    void erase(CandidateId candidate) const;

private:
    const Database& m_database;
    Viewer m_viewer;
};

} // namespace ia
