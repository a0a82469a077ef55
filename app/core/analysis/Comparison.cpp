#include "Comparison.h"

#include "analysis/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace ia {

Comparison Comparison::build(const QString& role, const QList<Input>& candidates)
{
    Comparison c;
    c.m_role = role;
    QList<Input> sorted = candidates;
    // Best first; candidates without a visible score last, then by name.
    std::stable_sort(sorted.begin(), sorted.end(), [](const Input& a, const Input& b) {
        const std::optional<double> x = a.blinded ? std::nullopt : a.panel.overall;
        const std::optional<double> y = b.blinded ? std::nullopt : b.panel.overall;
        if (x.has_value() != y.has_value())
            return x.has_value();
        if (x && y && *x != *y)
            return *x > *y;
        return a.name.localeAwareCompare(b.name) < 0;
    });

    // Rows: categories in the order first met, each with its questions in the order first met.
    QList<QString> categories;
    QList<QList<PanelSummary::Question>> questions;
    for (const Input& in : std::as_const(sorted)) {
        for (const PanelSummary::Question& q : in.panel.questions) {
            qsizetype cat = categories.indexOf(q.category);
            if (cat < 0) {
                categories.append(q.category);
                questions.append(QList<PanelSummary::Question>());
                cat = categories.size() - 1;
            }
            const auto known = std::find_if(questions[cat].begin(), questions[cat].end(),
                                            [&](const PanelSummary::Question& k) { return k.id == q.id; });
            if (known == questions[cat].end())
                questions[cat].append(q);
        }
    }
    for (qsizetype cat = 0; cat < categories.size(); ++cat) {
        c.m_rows.append(Row{true, categories.at(cat), 0, categories.at(cat)});
        for (const PanelSummary::Question& q : questions.at(cat))
            c.m_rows.append(Row{false, categories.at(cat), q.id, q.title});
    }

    for (const Input& in : std::as_const(sorted)) {
        Column column;
        column.candidate = in.candidate;
        column.name = in.name;
        column.blinded = in.blinded;
        if (!in.blinded) {
            column.scorecards = int(in.panel.interviewers.size());
            column.overall = in.panel.overall;
            column.tally = in.panel.tally;
        }
        c.m_columns.append(column);
    }
    for (const Row& row : std::as_const(c.m_rows)) {
        QList<Cell> cells;
        for (const Input& in : std::as_const(sorted)) {
            Cell cell;
            if (!in.blinded) {
                if (row.isCategory) {
                    for (const PanelSummary::Category& cat : in.panel.categories) {
                        if (cat.name == row.category)
                            cell.mean = cat.weightedMean;
                    }
                } else {
                    for (const PanelSummary::Question& q : in.panel.questions) {
                        if (q.id != row.question)
                            continue;
                        cell.mean = q.mean;
                        cell.spread = q.spread;
                        cell.count = q.count;
                        cell.disagreement = q.disagreement();
                    }
                }
            }
            cells.append(cell);
        }
        c.m_cells.append(cells);
    }
    return c;
}

Comparison::Cell Comparison::cell(int row, int column) const
{
    return m_cells.at(row).at(column);
}

QString Comparison::toCsv() const
{
    QStringList lines;
    QStringList header{QStringLiteral("category"), QStringLiteral("question")};
    for (const Column& col : m_columns) {
        header << Csv::field(col.name + QStringLiteral(" mean"))
               << Csv::field(col.name + QStringLiteral(" spread"))
               << Csv::field(col.name + QStringLiteral(" scores"));
    }
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        QStringList fields{Csv::field(row.category), row.isCategory ? QString() : Csv::field(row.title)};
        for (int c = 0; c < m_columns.size(); ++c) {
            const Cell& cell = m_cells.at(r).at(c);
            fields << Csv::number(cell.mean, 2)
                   << (row.isCategory || cell.count < 2 ? QString() : QString::number(cell.spread))
                   << (row.isCategory ? QString() : QString::number(cell.count));
        }
        lines << fields.join(QLatin1Char(','));
    }
    QStringList overall{QStringLiteral("overall"), QString()};
    for (const Column& col : m_columns)
        overall << Csv::number(col.overall, 2) << QString() << QString::number(col.scorecards);
    lines << overall.join(QLatin1Char(','));
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString Comparison::toJson() const
{
    QJsonArray candidates;
    for (const Column& col : m_columns) {
        QJsonObject tally;
        for (Recommendation r : allRecommendations())
            tally.insert(toKey(r), col.tally[int(r) - 1]);
        candidates.append(QJsonObject{
            {QStringLiteral("id"), col.candidate},
            {QStringLiteral("name"), col.name},
            {QStringLiteral("hidden_by_blind_scoring"), col.blinded},
            {QStringLiteral("scorecards"), col.scorecards},
            {QStringLiteral("weighted_score"), col.overall ? QJsonValue(*col.overall) : QJsonValue()},
            {QStringLiteral("recommendations"), tally}});
    }
    QJsonArray rows;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        QJsonArray cells;
        for (int c = 0; c < m_columns.size(); ++c) {
            const Cell& cell = m_cells.at(r).at(c);
            QJsonObject o{{QStringLiteral("candidate"), m_columns.at(c).candidate},
                          {QStringLiteral("mean"), cell.mean ? QJsonValue(*cell.mean) : QJsonValue()}};
            if (!row.isCategory) {
                o.insert(QStringLiteral("spread"), cell.spread);
                o.insert(QStringLiteral("scores"), cell.count);
                o.insert(QStringLiteral("disagreement"), cell.disagreement);
            }
            cells.append(o);
        }
        QJsonObject o{{QStringLiteral("category"), row.category}, {QStringLiteral("cells"), cells}};
        if (row.isCategory)
            o.insert(QStringLiteral("type"), QStringLiteral("category"));
        else {
            o.insert(QStringLiteral("type"), QStringLiteral("question"));
            o.insert(QStringLiteral("question_id"), row.question);
            o.insert(QStringLiteral("question"), row.title);
        }
        rows.append(o);
    }
    const QJsonObject root{{QStringLiteral("role"), m_role},
                           {QStringLiteral("candidates"), candidates},
                           {QStringLiteral("rows"), rows}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace ia
