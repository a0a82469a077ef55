#include "CodeAnswerEditor.h"

#include "SyntaxRepository.h"
#include "ui/CodeView.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ia {

CodeAnswerEditor::CodeAnswerEditor(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("Candidate's &code"), this))
    , m_language(new QComboBox(this))
    , m_editor(new CodeView(this))
{
    m_editor->setEditable(true);
    m_editor->setObjectName(QStringLiteral("codeAnswerEdit"));
    m_editor->setAccessibleName(tr("Candidate's code"));
    m_editor->setPlaceholderText(tr("Paste or type the candidate's code here"));
    m_language->setObjectName(QStringLiteral("codeLanguage"));
    m_language->setAccessibleName(tr("Language of the code"));
    // Python until the list is needed: reading every syntax definition costs tens of milliseconds,
    // which the window's start would otherwise pay for an editor nobody has opened yet.
    m_language->addItem(QStringLiteral("Python"), QStringLiteral("Python"));
    m_language->installEventFilter(this);

    m_title->setBuddy(m_editor);
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_language);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);

    connect(m_language, &QComboBox::activated, this, [this] {
        m_editor->setSyntax(m_language->currentData().toString());
        if (!m_updating)
            emit edited(code());
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            emit edited(code());
    });
}

void CodeAnswerEditor::ensureLanguages() const
{
    if (m_languagesLoaded)
        return;
    m_languagesLoaded = true;
    const QString current = m_language->currentData().toString();
    const QSignalBlocker quiet(m_language);
    m_language->clear();
    for (const KSyntaxHighlighting::Definition& d : syntaxRepository().definitions()) {
        if (!d.isHidden())
            m_language->addItem(d.translatedName(), d.name());
    }
    m_language->model()->sort(0);
    m_language->setCurrentIndex(m_language->findData(current));
}

QComboBox* CodeAnswerEditor::languageCombo() const
{
    ensureLanguages();
    return m_language;
}

void CodeAnswerEditor::showEvent(QShowEvent* event)
{
    ensureLanguages();
    QWidget::showEvent(event);
}

bool CodeAnswerEditor::eventFilter(QObject* watched, QEvent* event)
{
    // Keys or a click on the list before the editor was ever shown.
    if (watched == m_language &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress))
        ensureLanguages();
    return QWidget::eventFilter(watched, event);
}

void CodeAnswerEditor::setCode(const CodeSnippet& snippet)
{
    m_updating = true;
    const QString syntax = snippet.syntax.isEmpty() ? QStringLiteral("Python") : snippet.syntax;
    if (m_language->findData(syntax) < 0)
        ensureLanguages();
    const int index = m_language->findData(syntax);
    if (index >= 0 && index != m_language->currentIndex())
        m_language->setCurrentIndex(index);
    m_editor->setCode(CodeSnippet{syntax, snippet.text});
    m_updating = false;
}

void CodeAnswerEditor::setLabels(const QString& title, const QString& placeholder)
{
    m_title->setText(title);
    m_editor->setPlaceholderText(placeholder);
    m_editor->setAccessibleName(QString(title).remove(QLatin1Char('&')));
}

CodeSnippet CodeAnswerEditor::code() const
{
    return CodeSnippet{m_language->currentData().toString(), m_editor->toPlainText()};
}

void CodeAnswerEditor::setReadOnly(bool readOnly)
{
    m_editor->setEditable(!readOnly);
    m_language->setEnabled(!readOnly);
}

} // namespace ia
