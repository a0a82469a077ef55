#include "CodeView.h"

#include "SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>

namespace ia {

CodeView::CodeView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setEditable(false);
}

void CodeView::showEvent(QShowEvent* event)
{
    if (!m_themed)
        applyTheme();
    QPlainTextEdit::showEvent(event);
}

void CodeView::setCode(const CodeSnippet& code)
{
    setSyntax(code.syntax);
    if (toPlainText() != code.text)
        setPlainText(code.text);
}

void CodeView::setSyntax(const QString& syntax)
{
    // The theme must be set before the definition, or the first pass is uncoloured.
    applyTheme();
    m_highlighter->setDefinition(syntaxRepository().definitionForName(syntax));
}

void CodeView::setEditable(bool editable)
{
    setReadOnly(!editable);
    setTextInteractionFlags(editable ? Qt::TextEditorInteraction
                                     : Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(!editable);
}

CodeSnippet CodeView::code() const
{
    return CodeSnippet{m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString(),
                       toPlainText()};
}

QString CodeView::definitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void CodeView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingTheme && m_themed) {
        applyTheme();
        m_highlighter->rehighlight();
    }
}

void CodeView::applyTheme()
{
    m_themed = true;
    // Judge light or dark by the surroundings, not by our own (themed) palette.
    const QPalette surroundings = parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
    const KSyntaxHighlighting::Theme theme = syntaxRepository().themeForPalette(surroundings);
    m_highlighter->setTheme(theme);
    QPalette p = surroundings;
    p.setColor(QPalette::Base,
               QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_applyingTheme = true;
    setPalette(p);
    m_applyingTheme = false;
}

} // namespace ia
