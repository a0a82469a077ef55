#pragma once

#include <QString>

namespace ia::ReportHtml {

// Small pieces every report shares. Everything that comes from a user goes through text() or
// multiline(), so a name like "<b>Ann</b>" prints as those ten characters.
QString text(const QString& userText);
QString multiline(const QString& userText); // keeps line breaks and runs of spaces
QString number(double value, int decimals = 1);
QString styleSheet(); // the CSS subset QTextDocument understands
QString recommendationBadge(const QString& label, const QString& key);
QString pageBreak();

} // namespace ia::ReportHtml
