#include "DebriefPacket.h"

#include "analysis/PanelSummary.h"
#include "reports/ReportHtml.h"
#include "reports/ScorecardReport.h"

#include <QLocale>

namespace ia {

namespace {

using ReportHtml::number;
using ReportHtml::text;

QString initials(const QString& name)
{
    QString result;
    for (const QString& part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result += part.at(0).toUpper();
    return result.left(3);
}

} // namespace

QString DebriefPacket::footer(const Candidate& candidate)
{
    return tr("%1 — debrief packet").arg(candidate.name);
}

QString DebriefPacket::coverHtml(const Candidate& candidate, const QList<Scorecard>& submitted)
{
    const PanelSummary panel = PanelSummary::of(submitted);
    QString h;
    h += QStringLiteral("<p class=\"kind\">%1</p>").arg(text(tr("Debrief packet")));
    h += QStringLiteral("<h1>%1</h1>").arg(text(candidate.name));
    QDate first;
    QDate last;
    for (const Scorecard& card : submitted) {
        const QDate d = card.interview.startedAt.toLocalTime().date();
        if (d.isValid() && (!first.isValid() || d < first))
            first = d;
        if (d.isValid() && (!last.isValid() || d > last))
            last = d;
    }
    h += QStringLiteral("<p>%1 · %2</p>")
             .arg(text(candidate.role), text(tr("Submitted interviews: %1, from %2 to %3")
                                                 .arg(QString::number(submitted.size()),
                                                      QLocale().toString(first, QLocale::ShortFormat),
                                                      QLocale().toString(last, QLocale::ShortFormat))));

    // Recommendations and the weighted panel score, side by side.
    h += QStringLiteral("<table cellpadding=\"4\" cellspacing=\"0\" width=\"100%\"><tr><td width=\"55%\">");
    h += QStringLiteral("<p style=\"font-size: 5pt;\">&nbsp;</p><h2>%1</h2><table class=\"grid\" "
                        "border=\"0\" cellspacing=\"0\" cellpadding=\"4\"><tr>")
             .arg(text(tr("Recommendations")));
    for (Recommendation r : allRecommendations())
        h += QStringLiteral("<th bgcolor=\"#e8eef4\" align=\"center\" width=\"70\">%1</th>")
                 .arg(text(displayName(r)));
    h += QStringLiteral("</tr><tr>");
    for (Recommendation r : allRecommendations())
        h += QStringLiteral("<td align=\"center\" style=\"font-size:13pt;\"><b>%1</b></td>")
                 .arg(panel.tallyOf(r));
    h += QStringLiteral("</tr></table></td><td>");
    h += QStringLiteral("<p style=\"font-size: 5pt;\">&nbsp;</p><h2>%1</h2><p><b "
                        "style=\"font-size:17pt;\">%2</b> <span class=\"muted\">/ 4</span></p>")
             .arg(text(tr("Panel score (weighted)")),
                  panel.overall ? number(*panel.overall, 2) : QStringLiteral("—"));
    h += QStringLiteral("</td></tr></table>");

    // Who sat on the panel; the grid uses their initials.
    h += QStringLiteral("<p class=\"small\">");
    for (int c = 0; c < panel.interviewers.size(); ++c) {
        const Interview& iv = submitted.at(c).interview;
        h += QStringLiteral("<b>%1</b> %2 (%3, %4) &nbsp; ")
                 .arg(text(initials(panel.interviewers.at(c))), text(panel.interviewers.at(c)),
                      text(QLocale().toString(iv.startedAt.toLocalTime().date(), QLocale::ShortFormat)),
                      text(iv.recommendation ? displayName(*iv.recommendation) : tr("no recommendation")));
    }
    h += QStringLiteral("</p>");

    h += QStringLiteral("<p style=\"font-size: 5pt;\">&nbsp;</p><h2>%1</h2>").arg(text(tr("Panel grid")));
    h += QStringLiteral("<table class=\"grid\" border=\"0\" width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"3\"><thead><tr><th bgcolor=\"#e8eef4\" align=\"left\">%1</th>")
             .arg(text(tr("Question")));
    for (const QString& name : panel.interviewers)
        h += QStringLiteral("<th bgcolor=\"#e8eef4\" align=\"center\">%1</th>").arg(text(initials(name)));
    h += QStringLiteral("<th bgcolor=\"#e8eef4\" align=\"center\">%1</th><th bgcolor=\"#e8eef4\" "
                        "align=\"center\">%2</th></tr></thead>")
             .arg(text(tr("Mean")), text(tr("Spread")));
    QString category;
    const int columns = int(panel.interviewers.size()) + 3;
    for (const PanelSummary::Question& q : panel.questions) {
        if (q.category != category) {
            category = q.category;
            h += QStringLiteral(
                     "<tr><td colspan=\"%1\" style=\"background-color:#eef1f4;\"><b>%2</b></td></tr>")
                     .arg(QString::number(columns), text(category));
        }
        const bool disagree = q.disagreement();
        h += QStringLiteral("<tr><td%1>%2%3</td>")
                 .arg(disagree ? QStringLiteral(" bgcolor=\"#fff3cd\"") : QString(),
                      disagree ? QStringLiteral("⚠ ") : QString(), text(q.title));
        for (int c = 0; c < panel.interviewers.size(); ++c) {
            QString cell;
            for (const PanelSummary::Score& s : q.scores) {
                if (s.column != c)
                    continue;
                cell = s.score                            ? QString::number(*s.score)
                       : s.status == EntryStatus::Skipped ? QStringLiteral("skip")
                                                          : QStringLiteral("–");
            }
            h += QStringLiteral("<td align=\"center\">%1</td>").arg(text(cell));
        }
        h += QStringLiteral("<td align=\"center\"><b>%1</b></td><td align=\"center\"%2>%3</td></tr>")
                 .arg(q.mean ? number(*q.mean, 1) : QStringLiteral("—"),
                      disagree ? QStringLiteral(" bgcolor=\"#fff3cd\"") : QString(),
                      q.count >= 2 ? QString::number(q.spread) : QStringLiteral("—"));
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p class=\"small muted\">%1</p>")
             .arg(text(tr("Mean and spread leave out skipped and unasked questions. ⚠ marks a disagreement: "
                          "a spread of "
                          "2 or more between interviewers.")));

    h += QStringLiteral("<p style=\"font-size: 5pt;\">&nbsp;</p><h2>%1</h2><table class=\"grid\" "
                        "border=\"0\" cellspacing=\"0\" cellpadding=\"3\" width=\"60%\">"
                        "<thead><tr><th bgcolor=\"#e8eef4\" align=\"left\">%2</th><th bgcolor=\"#e8eef4\" "
                        "align=\"center\">%3</th></tr></thead>")
             .arg(text(tr("By category")), text(tr("Category")), text(tr("Weighted mean")));
    for (const PanelSummary::Category& c : panel.categories) {
        h += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td></tr>")
                 .arg(text(c.name), c.weightedMean ? number(*c.weightedMean, 2) : QStringLiteral("—"));
    }
    h += QStringLiteral("</table>");
    return h;
}

QString DebriefPacket::html(const Candidate& candidate, const QList<Scorecard>& submitted)
{
    QString h = coverHtml(candidate, submitted);
    for (const Scorecard& card : submitted)
        h += ReportHtml::pageBreak() + ScorecardReport::html(card, candidate);
    return h;
}

} // namespace ia
