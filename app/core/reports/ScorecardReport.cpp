#include "ScorecardReport.h"

#include "analysis/ScorecardTotals.h"
#include "interview/TimeFormat.h"
#include "reports/HtmlCodeHighlighter.h"
#include "reports/ReportHtml.h"

#include <QLocale>

namespace ia {

namespace {

using ReportHtml::multiline;
using ReportHtml::number;
using ReportHtml::text;

QString dateOf(const Interview& i)
{
    const QDateTime when = i.startedAt.isValid() ? i.startedAt : i.scheduledAt;
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat) : QString();
}

QString resultCell(const ScorecardEntry& e)
{
    switch (e.status) {
    case EntryStatus::Scored:
        return QStringLiteral("<b style=\"font-size:11pt;\">%1</b><br/><span class=\"small\">%2</span>")
            .arg(*e.score)
            .arg(text(e.question.rubric.anchor(*e.score).label));
    case EntryStatus::Skipped:
        return QStringLiteral("<span class=\"muted\">%1</span>").arg(text(displayName(EntryStatus::Skipped)));
    case EntryStatus::NotAsked:
        break;
    }
    return QStringLiteral("<span class=\"muted\">%1</span>").arg(text(displayName(EntryStatus::NotAsked)));
}

} // namespace

QString ScorecardReport::footer(const Scorecard& card)
{
    return tr("%1 — scorecard by %2").arg(card.interview.candidateName, card.interview.interviewerName);
}

QString ScorecardReport::html(const Scorecard& card, const Candidate& candidate)
{
    const Interview& iv = card.interview;
    const ScorecardTotals totals = ScorecardTotals::of(card);
    QString h;
    h += QStringLiteral("<p class=\"kind\">%1</p>").arg(text(tr("Interview scorecard")));
    h +=
        QStringLiteral("<h1>%1</h1>").arg(text(candidate.name.isEmpty() ? iv.candidateName : candidate.name));

    // Who, when, how long.
    h += QStringLiteral("<table cellpadding=\"2\" cellspacing=\"0\" width=\"100%\"><tr><td width=\"50%\">");
    const auto fact = [](const QString& label, const QString& value) {
        return QStringLiteral("<span class=\"muted\">%1</span> %2<br/>").arg(text(label), text(value));
    };
    h += fact(tr("Role:"), iv.role.isEmpty() ? candidate.role : iv.role);
    h += fact(tr("Interviewer:"), iv.interviewerName);
    h += fact(tr("Date:"), dateOf(iv));
    h += fact(tr("Duration:"), TimeFormat::clock(iv.elapsedSeconds));
    h += fact(tr("Kit:"), iv.kitName);
    h += fact(tr("State:"), displayName(iv.state));
    h += QStringLiteral("</td><td width=\"50%\" align=\"right\">");
    h += QStringLiteral("<p class=\"kind\">%1</p>").arg(text(tr("Recommendation")));
    h += iv.recommendation
             ? ReportHtml::recommendationBadge(displayName(*iv.recommendation), toKey(*iv.recommendation))
             : ReportHtml::recommendationBadge(tr("None yet"), QString());
    h += QStringLiteral("<p>%1 <b style=\"font-size:13pt;\">%2</b> <span class=\"muted\">/ 4</span></p>")
             .arg(text(tr("Weighted score")),
                  totals.overall ? number(*totals.overall, 2) : QStringLiteral("—"));
    h += QStringLiteral("</td></tr></table>");

    // Questions in kit order: the scored line, then the evidence across the full width.
    h += QStringLiteral("<p style=\"font-size: 5pt;\">&nbsp;</p><h2>%1</h2>").arg(text(tr("Questions")));
    h +=
        QStringLiteral(
            "<table class=\"grid\" border=\"0\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
            "<thead><tr><th bgcolor=\"#e8eef4\" align=\"left\" width=\"4%\">#</th><th bgcolor=\"#e8eef4\" "
            "align=\"left\" width=\"56%\">%1</th><th bgcolor=\"#e8eef4\" align=\"left\" width=\"24%\">%2</th>"
            "<th bgcolor=\"#e8eef4\" align=\"left\" width=\"16%\">%3</th></tr></thead>")
            .arg(text(tr("Question")), text(tr("Score")), text(tr("Time / budget")));
    for (int i = 0; i < card.entries.size(); ++i) {
        const ScorecardEntry& e = card.entries.at(i);
        const bool over = e.timeBudgetSeconds > 0 && e.secondsSpent > e.timeBudgetSeconds;
        h +=
            QStringLiteral(
                "<tr><td align=\"center\">%1</td><td><b>%2</b><br/><span class=\"small muted\">%3</span></td>"
                "<td>%4</td><td class=\"%5\">%6 / %7</td></tr>")
                .arg(i + 1)
                .arg(text(e.question.title), text(e.question.category), resultCell(e),
                     over ? QStringLiteral("over") : QString(), TimeFormat::clock(e.secondsSpent),
                     TimeFormat::clock(e.timeBudgetSeconds));
        h += QStringLiteral(
                 "<tr><td bgcolor=\"#f7f9fb\"></td><td colspan=\"3\" bgcolor=\"#f7f9fb\">%1</td></tr>")
                 .arg(e.note.trimmed().isEmpty() ? QStringLiteral("<span class=\"muted small\">%1</span>")
                                                       .arg(text(tr("No evidence note.")))
                                                 : multiline(e.note));
    }
    h += QStringLiteral("</table>");

    // Category subtotals.
    h += QStringLiteral("<p style=\"font-size: 5pt;\">&nbsp;</p><h2>%1</h2>").arg(text(tr("By category")));
    h +=
        QStringLiteral(
            "<table class=\"grid\" border=\"0\" cellspacing=\"0\" cellpadding=\"3\" width=\"70%\"><thead><tr>"
            "<th bgcolor=\"#e8eef4\" align=\"left\">%1</th><th bgcolor=\"#e8eef4\" "
            "align=\"left\">%2</th><th bgcolor=\"#e8eef4\" align=\"left\">%3</th></tr></thead>")
            .arg(text(tr("Category")), text(tr("Weighted mean")), text(tr("Scored")));
    for (const ScorecardTotals::Category& c : totals.categories) {
        // One arg() call for everything: a later call would substitute "%3" inside a user's text.
        h += QStringLiteral(
                 "<tr><td>%1</td><td align=\"center\">%2</td><td align=\"center\">%3 / %4</td></tr>")
                 .arg(text(c.name), c.weightedMean ? number(*c.weightedMean, 2) : QStringLiteral("—"),
                      QString::number(c.scored), QString::number(c.questions));
    }
    h +=
        QStringLiteral(
            "<tr><td><b>%1</b></td><td align=\"center\"><b>%2</b></td><td align=\"center\">%3 / %4</td></tr>")
            .arg(text(tr("Overall (weighted)")),
                 totals.overall ? number(*totals.overall, 2) : QStringLiteral("—"))
            .arg(totals.scored)
            .arg(card.entries.size());
    h += QStringLiteral("</table>");

    // Highlights, by the interview clock.
    if (!card.highlights.isEmpty()) {
        h += QStringLiteral("<p style=\"font-size: 5pt;\">&nbsp;</p><h2>%1</h2>").arg(text(tr("Highlights")));
        h += QStringLiteral(
                 "<table class=\"grid\" border=\"0\" width=\"100%\" cellspacing=\"0\" "
                 "cellpadding=\"3\"><thead><tr>"
                 "<th bgcolor=\"#e8eef4\" align=\"left\" width=\"9%\">%1</th><th bgcolor=\"#e8eef4\" "
                 "align=\"left\" width=\"13%\">%2</th><th bgcolor=\"#e8eef4\" align=\"left\" "
                 "width=\"25%\">%3</th><th bgcolor=\"#e8eef4\" align=\"left\">%4</th>"
                 "</tr></thead>")
                 .arg(text(tr("Time")), text(tr("Flag")), text(tr("Question")), text(tr("Note")));
        for (const Highlight& hl : card.highlights) {
            QString question;
            for (const ScorecardEntry& e : card.entries) {
                if (hl.entryId == e.id)
                    question = e.question.title;
            }
            const QString colour = hl.flag == HighlightFlag::RedFlag    ? QStringLiteral("#b71c1c")
                                   : hl.flag == HighlightFlag::Strength ? QStringLiteral("#1b5e20")
                                                                        : QStringLiteral("#555555");
            h += QStringLiteral(
                     "<tr><td>%1</td><td style=\"color:%2; font-weight:bold;\">%3</td><td>%4</td><td>%5</td>"
                     "</tr>")
                     .arg(TimeFormat::clock(hl.elapsedSeconds), colour, text(displayName(hl.flag)),
                          text(question), multiline(hl.text));
        }
        h += QStringLiteral("</table>");
    }

    // Code the candidate wrote, coloured on a light background.
    HtmlCodeHighlighter highlighter;
    for (const CodeAnswer& answer : card.codeAnswers) {
        if (answer.code.isEmpty())
            continue;
        QString question;
        for (const ScorecardEntry& e : card.entries) {
            if (answer.entryId == e.id)
                question = e.question.title;
        }
        h += QStringLiteral("<p style=\"font-size: 5pt;\">&nbsp;</p><h2>%1</h2>")
                 .arg(text(tr("Code answer: %1").arg(question)));
        h += QStringLiteral("<p class=\"small muted\">%1</p>").arg(text(answer.code.syntax));
        h += QStringLiteral(
                 "<table class=\"code\" width=\"100%\" cellspacing=\"0\"><tr><td><span class=\"code\">%1"
                 "</span></td></tr></table>")
                 .arg(highlighter.highlight(answer.code));
    }

    h += QStringLiteral("<p style=\"font-size: 5pt;\">&nbsp;</p><h2>%1</h2>").arg(text(tr("Summary")));
    h += iv.summary.trimmed().isEmpty()
             ? QStringLiteral("<p class=\"muted\">%1</p>").arg(text(tr("No summary.")))
             : QStringLiteral("<p>%1</p>").arg(multiline(iv.summary));
    return h;
}

} // namespace ia
