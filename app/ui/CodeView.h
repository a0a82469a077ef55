#pragma once

#include "domain/CodeSnippet.h"

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace ia {

// Read-only source code, highlighted by KSyntaxHighlighting with a theme that suits the palette
// (so dark mode stays readable).
class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget* parent = nullptr);

    void setCode(const CodeSnippet& code);
    QString definitionName() const; // the syntax actually used, "" when plain text

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
    bool m_applyingTheme = false;
};

} // namespace ia
