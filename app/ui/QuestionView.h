#pragma once

#include "domain/Question.h"

#include <QWidget>

class QTextBrowser;
class QLabel;

namespace ia {

class CodeView;

// The current question: prompt, what it assesses, follow-ups, the rubric's four anchors and the
// highlighted code snippet. Every piece of text is escaped, never interpreted as markup.
class QuestionView : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionView(QWidget* parent = nullptr);

    void setQuestion(const Question& question, int timeBudgetSeconds);
    void clear();

    QString plainText() const; // what the reader sees, for tests and accessibility
    CodeView* codeView() const { return m_code; }

private:
    QLabel* m_codeLabel;
    QTextBrowser* m_text;
    CodeView* m_code;
};

} // namespace ia
