#pragma once

#include "analysis/PanelSummary.h"
#include "domain/Ids.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace ia {

// Candidates of one role side by side: questions grouped by category down the side, one column per
// candidate (best weighted score first), each cell the panel's mean, spread and count for that
// question. Built from each candidate's PanelSummary, so blind scoring has already been applied.
class Comparison
{
    Q_DECLARE_TR_FUNCTIONS(ia::Comparison)

public:
    struct Column
    {
        CandidateId candidate = 0;
        QString name;
        bool blinded = false; // the viewer may not see this candidate's panel yet
        int scorecards = 0;
        std::optional<double> overall;
        std::array<int, 4> tally{};
    };
    struct Row
    {
        bool isCategory = false;
        QString category;
        QuestionId question = 0; // 0 on category rows
        QString title;           // the question, or the category on category rows
    };
    struct Cell
    {
        std::optional<double> mean; // category rows: the category's weighted mean
        int spread = 0;
        int count = 0;
        bool disagreement = false;
    };
    struct Input
    {
        CandidateId candidate = 0;
        QString name;
        bool blinded = false;
        PanelSummary panel;
    };

    static Comparison build(const QString& role, const QList<Input>& candidates);

    const QString& role() const { return m_role; }
    const QList<Column>& columns() const { return m_columns; }
    const QList<Row>& rows() const { return m_rows; }
    Cell cell(int row, int column) const;

    // For spreadsheets and applicant-tracking systems. Text cells that would start a formula are
    // prefixed with an apostrophe.
    QString toCsv() const;
    QString toJson() const;

private:
    QString m_role;
    QList<Column> m_columns;
    QList<Row> m_rows;
    QList<QList<Cell>> m_cells; // [row][column]
};

} // namespace ia
