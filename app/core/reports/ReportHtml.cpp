#include "ReportHtml.h"

#include <QLocale>

namespace ia::ReportHtml {

QString text(const QString& userText)
{
    return userText.toHtmlEscaped();
}

QString multiline(const QString& userText)
{
    // pre-wrap keeps what was typed (line breaks, indentation) and still wraps long lines.
    return QStringLiteral("<span style=\"white-space: pre-wrap;\">%1</span>").arg(userText.toHtmlEscaped());
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString styleSheet()
{
    return QStringLiteral(
        "body { font-size: 9.5pt; color: #1a1a1a; }"
        "h1 { font-size: 17pt; margin-bottom: 2pt; }"
        "h2 { font-size: 12.5pt; margin-top: 14pt; margin-bottom: 4pt; color: #1f3f62; }"
        "h3 { font-size: 10.5pt; margin-top: 8pt; margin-bottom: 2pt; }"
        ".muted { color: #6b6b6b; }"
        ".small { font-size: 8pt; }"
        ".kind { font-size: 8pt; color: #6b6b6b; text-transform: uppercase; }"
        "td { vertical-align: top; }"
        // Rows are told apart by shading, which survives any printer; hairline borders do not.
        "table.grid td, table.grid th { padding: 3pt; }"
        "td.over { color: #b71c1c; font-weight: bold; }"
        ".code { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; white-space: pre-wrap; }"
        "table.code td { background-color: #f6f8fa; border: 0.5pt solid #d0d7de; padding: 5pt; }");
}

QString recommendationBadge(const QString& label, const QString& key)
{
    QString colour = QStringLiteral("#555555");
    QString background = QStringLiteral("#eeeeee");
    if (key == QLatin1String("strong_yes")) {
        colour = QStringLiteral("#ffffff");
        background = QStringLiteral("#1b5e20");
    } else if (key == QLatin1String("yes")) {
        colour = QStringLiteral("#1b5e20");
        background = QStringLiteral("#dcefdc");
    } else if (key == QLatin1String("no")) {
        colour = QStringLiteral("#8e1b1b");
        background = QStringLiteral("#fbe3e3");
    } else if (key == QLatin1String("strong_no")) {
        colour = QStringLiteral("#ffffff");
        background = QStringLiteral("#8e1b1b");
    }
    return QStringLiteral(
               "<table cellpadding=\"6\" cellspacing=\"0\"><tr><td style=\"background-color:%1; color:%2; "
               "font-size:13pt; font-weight:bold;\">%3</td></tr></table>")
        .arg(background, colour, label.toHtmlEscaped());
}

QString pageBreak()
{
    return QStringLiteral("<div style=\"page-break-before: always;\"></div>");
}

} // namespace ia::ReportHtml
