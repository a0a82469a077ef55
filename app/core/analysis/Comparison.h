#pragma once

#include "analysis/PanelSummary.h"
#include "domain/Ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

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
    // Candidates are added one at a time, and only what the comparison shows is kept of each: a
    // role of 25,000 candidates must not hold 25,000 panel summaries.
    class Builder
    {
    public:
        explicit Builder(const QString& role);
        // A candidate whose panel the viewer may not see is added without one (blinded).
        void add(CandidateId candidate, const QString& name, bool blinded, const PanelSummary& panel);
        Comparison build() const;

    private:
        struct Asked
        {
            QuestionId question = 0;
            QString title;
            int category = 0; // index into m_categories
            Cell cell;
        };
        struct Candidate
        {
            Column column;
            QList<Asked> asked; // in the panel's order
            QList<std::pair<int, std::optional<double>>> categoryMeans;
        };
        int categoryIndex(const QString& name);

        QString m_role;
        QStringList m_categories;
        QHash<QString, int> m_categoryIndex;
        QList<Candidate> m_candidates;
    };

    const QString& role() const { return m_role; }
    const QList<Column>& columns() const { return m_columns; }
    const QList<Row>& rows() const { return m_rows; }
    Cell cell(int row, int column) const;

    // For spreadsheets and applicant-tracking systems. Text cells that would start a formula are
    // prefixed with an apostrophe.
    // Written as they are made, so the output of a large role is never held whole.
    void writeCsv(QTextStream& out) const;
    void writeJson(QTextStream& out) const;
    QString toCsv() const;
    QString toJson() const;

private:
    QString m_role;
    QList<Column> m_columns;
    QList<Row> m_rows;
    QList<QList<Cell>> m_cells; // [row][column]
};

} // namespace ia
