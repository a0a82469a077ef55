#include "Comparison.h"

#include "analysis/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ia {

Comparison::Builder::Builder(const QString& role)
    : m_role(role)
{}

int Comparison::Builder::categoryIndex(const QString& name)
{
    const auto known = m_categoryIndex.constFind(name);
    if (known != m_categoryIndex.constEnd())
        return *known;
    m_categories.append(name);
    m_categoryIndex.insert(name, int(m_categories.size() - 1));
    return int(m_categories.size() - 1);
}

void Comparison::Builder::add(CandidateId candidate, const QString& name, bool blinded,
                              const PanelSummary& panel)
{
    Candidate c;
    c.column.candidate = candidate;
    c.column.name = name;
    c.column.blinded = blinded;
    if (!blinded) {
        c.column.scorecards = int(panel.interviewers.size());
        c.column.overall = panel.overall;
        c.column.tally = panel.tally;
        c.asked.reserve(panel.questions.size());
        for (const PanelSummary::Question& q : panel.questions)
            c.asked.append(Asked{q.id, q.title, categoryIndex(q.category),
                                 Cell{q.mean, q.spread, q.count, q.disagreement()}});
        for (const PanelSummary::Category& cat : panel.categories)
            c.categoryMeans.append({categoryIndex(cat.name), cat.weightedMean});
    }
    m_candidates.append(std::move(c));
}

Comparison Comparison::Builder::build() const
{
    Comparison c;
    c.m_role = m_role;
    QList<const Candidate*> sorted;
    sorted.reserve(m_candidates.size());
    for (const Candidate& candidate : m_candidates)
        sorted.append(&candidate);
    // Best first; candidates without a visible score last, then by name.
    std::stable_sort(sorted.begin(), sorted.end(), [](const Candidate* a, const Candidate* b) {
        const std::optional<double> x = a->column.overall;
        const std::optional<double> y = b->column.overall;
        if (x.has_value() != y.has_value())
            return x.has_value();
        if (x && y && *x != *y)
            return *x > *y;
        return a->column.name.localeAwareCompare(b->column.name) < 0;
    });

    // Rows: categories in the order first met, each with its questions in the order first met.
    QList<int> categories;                       // indexes into m_categories
    QHash<int, QList<const Asked*>> questionsOf; // per category index
    QHash<int, QSet<QuestionId>> known;
    for (const Candidate* candidate : std::as_const(sorted)) {
        for (const Asked& q : candidate->asked) {
            if (!questionsOf.contains(q.category))
                categories.append(q.category);
            QSet<QuestionId>& seen = known[q.category];
            QList<const Asked*>& list = questionsOf[q.category];
            if (!seen.contains(q.question)) {
                seen.insert(q.question);
                list.append(&q);
            }
        }
    }
    QHash<int, int> categoryRow;                // category index → row
    QHash<QuestionId, QList<int>> questionRows; // a question filed under two categories has two rows
    for (const int cat : std::as_const(categories)) {
        const QString& name = m_categories.at(cat);
        categoryRow.insert(cat, int(c.m_rows.size()));
        c.m_rows.append(Row{true, name, 0, name});
        for (const Asked* q : questionsOf.value(cat)) {
            questionRows[q->question].append(int(c.m_rows.size()));
            c.m_rows.append(Row{false, name, q->question, q->title});
        }
    }

    c.m_cells = QList<QList<Cell>>(c.m_rows.size(), QList<Cell>(sorted.size()));
    for (qsizetype column = 0; column < sorted.size(); ++column) {
        const Candidate* candidate = sorted.at(column);
        c.m_columns.append(candidate->column);
        for (const auto& [cat, mean] : candidate->categoryMeans) {
            if (const auto row = categoryRow.constFind(cat); row != categoryRow.constEnd())
                c.m_cells[*row][column].mean = mean;
        }
        for (const Asked& q : candidate->asked) {
            for (const int row : questionRows.value(q.question))
                c.m_cells[row][column] = q.cell;
        }
    }
    return c;
}

Comparison::Cell Comparison::cell(int row, int column) const
{
    return m_cells.at(row).at(column);
}

void Comparison::writeCsv(QTextStream& out) const
{
    const QLatin1String end("\r\n");
    QStringList header{QStringLiteral("category"), QStringLiteral("question")};
    for (const Column& col : m_columns) {
        header << Csv::field(col.name + QStringLiteral(" mean"))
               << Csv::field(col.name + QStringLiteral(" spread"))
               << Csv::field(col.name + QStringLiteral(" scores"));
    }
    out << header.join(QLatin1Char(',')) << end;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        QStringList fields{Csv::field(row.category), row.isCategory ? QString() : Csv::field(row.title)};
        for (int c = 0; c < m_columns.size(); ++c) {
            const Cell& cell = m_cells.at(r).at(c);
            fields << Csv::number(cell.mean, 2)
                   << (row.isCategory || cell.count < 2 ? QString() : QString::number(cell.spread))
                   << (row.isCategory ? QString() : QString::number(cell.count));
        }
        out << fields.join(QLatin1Char(',')) << end;
    }
    QStringList overall{QStringLiteral("overall"), QString()};
    for (const Column& col : m_columns)
        overall << Csv::number(col.overall, 2) << QString() << QString::number(col.scorecards);
    out << overall.join(QLatin1Char(',')) << end;
}

namespace {

// A text as JSON, by Qt's writer (which escapes it); a document's top level must be an object or
// an array, hence the brackets taken off.
QString jsonText(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.constData() + 1, array.size() - 2);
}

// Numbers as Qt's JSON writer puts them: the shortest text that reads back as the same double.
QByteArray jsonNumber(const std::optional<double>& value)
{
    // JSON has no NaN or infinity; Qt's writer puts null for them too.
    return value && std::isfinite(*value) ? QByteArray::number(*value, 'g', QLocale::FloatingPointShortest)
                                          : QByteArrayLiteral("null");
}

const char* jsonBool(bool value)
{
    return value ? "true" : "false";
}

} // namespace

void Comparison::writeJson(QTextStream& out) const
{
    // One candidate, or one row with its cells, per line, written as it is made: a role of 25,000
    // candidates is tens of megabytes. The cells are numbers only and are written directly (building
    // a QJsonObject for each of half a million cells took longer than reading them from the
    // database); every text goes through Qt's writer. Keys in the order QJsonObject writes them.
    out << "{\n\"role\": " << jsonText(m_role) << ",\n\"candidates\": [";
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const Column& col = m_columns.at(c);
        out << (c == 0 ? "\n" : ",\n") << "{\"hidden_by_blind_scoring\":" << jsonBool(col.blinded)
            << ",\"id\":" << col.candidate << ",\"name\":" << jsonText(col.name) << ",\"recommendations\":{";
        QStringList tally;
        for (Recommendation r : allRecommendations())
            tally << QStringLiteral("\"%1\":%2").arg(toKey(r)).arg(col.tally[int(r) - 1]);
        std::sort(tally.begin(), tally.end());
        out << tally.join(QLatin1Char(',')) << "},\"scorecards\":" << col.scorecards
            << ",\"weighted_score\":" << jsonNumber(col.overall) << '}';
    }
    out << "\n],\n\"rows\": [";
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        out << (r == 0 ? "\n" : ",\n") << "{\"category\":" << jsonText(row.category) << ",\"cells\":[";
        for (int c = 0; c < m_columns.size(); ++c) {
            const Cell& cell = m_cells.at(r).at(c);
            out << (c == 0 ? "" : ",") << "{\"candidate\":" << m_columns.at(c).candidate;
            if (!row.isCategory)
                out << ",\"disagreement\":" << jsonBool(cell.disagreement);
            out << ",\"mean\":" << jsonNumber(cell.mean);
            if (!row.isCategory)
                out << ",\"scores\":" << cell.count << ",\"spread\":" << cell.spread;
            out << '}';
        }
        out << ']';
        if (row.isCategory)
            out << ",\"type\":\"category\"}";
        else
            out << ",\"question\":" << jsonText(row.title) << ",\"question_id\":" << row.question
                << ",\"type\":\"question\"}";
    }
    out << "\n]\n}\n";
}

QString Comparison::toCsv() const
{
    QString text;
    QTextStream out(&text);
    writeCsv(out);
    out.flush();
    return text;
}

QString Comparison::toJson() const
{
    QString text;
    QTextStream out(&text);
    writeJson(out);
    out.flush();
    return text;
}

} // namespace ia
