#pragma once

#include "analysis/Calibration.h"
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

private:
    const Database& m_database;
};

} // namespace ia
