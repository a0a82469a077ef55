#pragma once

#include "analysis/Calibration.h"
#include "analysis/CalibrationDetail.h"
#include "domain/Viewer.h"

#include <QList>

namespace ia {

class Database;

// The numbers behind calibration (see CalibrationRow for the formulas), computed in SQL.
class CalibrationRepository
{
public:
    explicit CalibrationRepository(const Database& database);

    QList<CalibrationRow> rows(const Viewer& viewer) const; // by name
    // Every candidate and question the interviewer scored, with the rest of the panel's mean for
    // it: by candidate name, then in the order the questions were asked.
    QList<CalibrationDetail> details(InterviewerId interviewer, const Viewer& viewer) const;

private:
    const Database& m_database;
};

} // namespace ia
