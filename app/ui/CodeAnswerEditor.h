#pragma once

#include "domain/CodeSnippet.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace ia {

class CodeView;

// The candidate's code, pasted or typed in by the interviewer, highlighted as it is typed; the
// language list comes from the KSyntaxHighlighting repository (Python by default).
class CodeAnswerEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CodeAnswerEditor(QWidget* parent = nullptr);

    void setCode(const CodeSnippet& code); // keeps the cursor when the text is unchanged
    CodeSnippet code() const;
    void setReadOnly(bool readOnly);
    // The label above the code and the hint inside it (the question editor's snippet is not an answer).
    void setLabels(const QString& title, const QString& placeholder);

    QComboBox* languageCombo() const;
    CodeView* editor() const { return m_editor; }

signals:
    void edited(const CodeSnippet& code);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Fills the language list from the syntax repository, once.
    void ensureLanguages() const;

    QLabel* m_title;
    QComboBox* m_language;
    CodeView* m_editor;
    bool m_updating = false;
    mutable bool m_languagesLoaded = false;
};

} // namespace ia
