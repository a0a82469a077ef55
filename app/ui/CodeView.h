#pragma once

#include "domain/CodeSnippet.h"

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace ia {

// Source code highlighted by KSyntaxHighlighting with a theme that suits the palette (so dark
// mode stays readable). Read-only unless made editable (the code answer pane).
class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget* parent = nullptr);

    void setCode(const CodeSnippet& code);
    void setSyntax(const QString& syntax); // re-highlights, keeps the text
    void setEditable(bool editable);
    CodeSnippet code() const;
    QString definitionName() const; // the syntax actually used, "" when plain text

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
    bool m_applyingTheme = false;
    // The theme comes from the syntax repository, which is read only once a view is shown or given
    // code: every window builds views it may never show.
    bool m_themed = false;
};

} // namespace ia
