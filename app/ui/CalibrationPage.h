#pragma once

#include "analysis/Calibration.h"
#include "domain/Viewer.h"

#include <QWidget>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace ia {

class Database;
class UserPrompts;

// Each interviewer against the rest of the panel: scorecards, mean score, spread, and how far they
// sit from the others on the same questions, labelled lenient or harsh past a threshold. Choosing an
// interviewer shows what their deviation is made of: per candidate and question, their score, the
// rest of the panel's mean and the difference.
class CalibrationPage : public QWidget
{
    Q_OBJECT
public:
    // prompts: where to ask the user (a function, as the window may swap its prompts for tests).
    CalibrationPage(const Database& database, std::function<UserPrompts&()> prompts,
                    QWidget* parent = nullptr);

    void setViewer(const Viewer& viewer);
    void reload();
    QTableWidget* table() const { return m_table; }
    QTableWidget* detailTable() const { return m_detail; }
    QString detailTitle() const;
    const QList<CalibrationRow>& rows() const { return m_rows; }

private:
    void fill();
    void showDetail();

    const Database& m_database;
    std::function<UserPrompts&()> m_prompts;
    Viewer m_viewer = Viewer::nobody();
    QList<CalibrationRow> m_rows;
    QDoubleSpinBox* m_threshold;
    QSpinBox* m_minimum;
    QTableWidget* m_table;
    QLabel* m_detailTitle;
    QTableWidget* m_detail;
    QLabel* m_note;
};

} // namespace ia
