#include "HtmlCodeHighlighter.h"

#include "SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

namespace ia {

HtmlCodeHighlighter::HtmlCodeHighlighter()
{
    // The theme first: formats are resolved against it.
    setTheme(syntaxRepository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
}

QString HtmlCodeHighlighter::highlight(const CodeSnippet& code)
{
    setDefinition(syntaxRepository().definitionForName(code.syntax));
    m_html.clear();
    m_html.reserve(code.text.size() * 3);
    KSyntaxHighlighting::State state;
    const QStringList lines = code.text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        m_line = line;
        if (definition().isValid())
            state = highlightLine(line, state);
        else
            m_html += line.toHtmlEscaped();
        if (i + 1 < lines.size())
            m_html += QStringLiteral("<br/>");
    }
    m_line = {};
    return m_html;
}

void HtmlCodeHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format)
{
    const QString text = m_line.mid(offset, length).toString().toHtmlEscaped();
    if (format.isDefaultTextStyle(theme())) {
        m_html += text;
        return;
    }
    QString style;
    if (format.hasTextColor(theme()))
        style += QStringLiteral("color:%1;").arg(format.textColor(theme()).name());
    if (format.hasBackgroundColor(theme()))
        style += QStringLiteral("background-color:%1;").arg(format.backgroundColor(theme()).name());
    // Colour only: bold and italic monospace would each embed one more font in every PDF, which
    // costs more time than it adds to eight-point code on paper.
    if (format.isUnderline(theme()))
        style += QStringLiteral("text-decoration:underline;");
    m_html += style.isEmpty() ? text : QStringLiteral("<span style=\"%1\">%2</span>").arg(style, text);
}

} // namespace ia
