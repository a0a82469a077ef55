#pragma once

#include "domain/CodeSnippet.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <QString>

namespace ia {

// Code as HTML for reports, coloured by KSyntaxHighlighting with its light theme (paper is white);
// colours only, no bold or italic.
// KF6 keeps its own HTML writer private, so this is the library's documented extension point:
// KF6 tokenises and picks each span's format, this class only writes the spans. Every piece of
// source text is escaped.
class HtmlCodeHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    HtmlCodeHighlighter();

    // A block of <span>s and <br/>s for one snippet, meant for a pre-wrap container. Unknown
    // languages come out as escaped plain text.
    QString highlight(const CodeSnippet& code);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format& format) override;

private:
    QStringView m_line;
    QString m_html;
};

} // namespace ia
