#pragma once

#include "domain/CodeSnippet.h"

#include <QWidget>

class QComboBox;

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

    QComboBox* languageCombo() const { return m_language; }
    CodeView* editor() const { return m_editor; }

signals:
    void edited(const CodeSnippet& code);

private:
    QComboBox* m_language;
    CodeView* m_editor;
    bool m_updating = false;
};

} // namespace ia
