#include "ComparisonReport.h"

#include "reports/ReportHtml.h"

#include <QColor>
#include <QLocale>

namespace ia {

namespace {

using ReportHtml::number;
using ReportHtml::text;

const char* const barColours[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                                  "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"};

QString cellColour(const Comparison::Cell& cell)
{
    if (!cell.mean)
        return QStringLiteral("#ffffff");
    if (cell.disagreement)
        return QStringLiteral("#ffe08a");
    const double t = qBound(0.0, (*cell.mean - 1.0) / 3.0, 1.0);
    return QColor::fromHsvF(0.33 * t, 0.30, 1.0).name();
}

} // namespace

QString ComparisonReport::footer(const Comparison& comparison)
{
    return tr("%1 — candidate comparison").arg(comparison.role());
}

QString ComparisonReport::html(const Comparison& c)
{
    QString h;
    h += QStringLiteral("<p class=\"kind\">%1</p>").arg(text(tr("Candidate comparison")));
    h += QStringLiteral("<h1>%1</h1>").arg(text(c.role()));
    h += QStringLiteral("<p class=\"small muted\">%1</p>")
             .arg(text(
                 tr("Panel means per question (± spread between interviewers), weighted means per category. "
                    "⚠ marks a disagreement: a spread of 2 or more. Best weighted score first.")));

    h += QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>"
                        "<th bgcolor=\"#e8eef4\" align=\"left\">%1</th>")
             .arg(text(tr("Question")));
    for (int col = 0; col < c.columns().size(); ++col) {
        const Comparison::Column& column = c.columns().at(col);
        h += QStringLiteral(
                 "<th bgcolor=\"#e8eef4\" align=\"center\"><span style=\"color:%1\">■</span> %2<br/>%3</th>")
                 .arg(QLatin1String(barColours[col % 8]), text(column.name),
                      column.blinded   ? text(tr("hidden"))
                      : column.overall ? QStringLiteral("<b>%1</b>").arg(number(*column.overall, 2))
                                       : QStringLiteral("—"));
    }
    h += QStringLiteral("</tr></thead>");
    for (int r = 0; r < c.rows().size(); ++r) {
        const Comparison::Row& row = c.rows().at(r);
        h += row.isCategory
                 ? QStringLiteral("<tr><td bgcolor=\"#eef1f4\"><b>%1</b></td>").arg(text(row.category))
                 : QStringLiteral("<tr><td>%1</td>").arg(text(row.title));
        for (int col = 0; col < c.columns().size(); ++col) {
            const Comparison::Cell cell = c.cell(r, col);
            QString value;
            if (cell.mean) {
                value = number(*cell.mean, row.isCategory ? 2 : 1);
                if (!row.isCategory && cell.count >= 2)
                    value += QStringLiteral(" ±%1").arg(cell.spread);
                if (cell.disagreement)
                    value += QStringLiteral(" ⚠");
            }
            h += QStringLiteral("<td align=\"center\" bgcolor=\"%1\">%2</td>")
                     .arg(row.isCategory ? QStringLiteral("#eef1f4") : cellColour(cell),
                          row.isCategory ? QStringLiteral("<b>%1</b>").arg(value) : value);
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");

    // Bars per category: widths proportional to the mean on the 1–4 scale.
    h += QStringLiteral("<p style=\"font-size: 5pt;\">&nbsp;</p><h2>%1</h2>").arg(text(tr("Categories")));
    h += QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"1\" width=\"100%\">");
    for (int r = 0; r < c.rows().size(); ++r) {
        const Comparison::Row& row = c.rows().at(r);
        if (!row.isCategory)
            continue;
        h += QStringLiteral("<tr><td colspan=\"3\"><b>%1</b></td></tr>").arg(text(row.category));
        for (int col = 0; col < c.columns().size(); ++col) {
            const Comparison::Cell cell = c.cell(r, col);
            const int width = cell.mean ? qBound(1, int((*cell.mean - 1.0) / 3.0 * 100.0 + 0.5), 100) : 0;
            h += QStringLiteral("<tr><td width=\"28%\" class=\"small\">%1</td><td width=\"62%\">")
                     .arg(text(c.columns().at(col).name));
            if (width > 0) {
                // QTextDocument ignores a percentage width on a nested table, but shares a full-width
                // table between its cells by their percentages: the bar is one cell, the rest another.
                h += QStringLiteral(
                         "<table border=\"0\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\"><tr>"
                         "<td width=\"%1%\" bgcolor=\"%2\" height=\"9\"></td>")
                         .arg(QString::number(width), QLatin1String(barColours[col % 8]));
                if (width < 100)
                    h += QStringLiteral("<td width=\"%1%\"></td>").arg(QString::number(100 - width));
                h += QStringLiteral("</tr></table>");
            }
            h += QStringLiteral("</td><td width=\"10%\" class=\"small\">%1</td></tr>")
                     .arg(cell.mean ? number(*cell.mean, 2) : QStringLiteral("—"));
        }
    }
    h += QStringLiteral("</table>");
    return h;
}

} // namespace ia
