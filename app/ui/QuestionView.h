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
    // The interview screen shows the rubric beside the score buttons instead.
    void setRubricVisible(bool visible) { m_rubricVisible = visible; }

    QString plainText() const; // what the reader sees, for tests and accessibility
    CodeView* codeView() const { return m_code; }

private:
    QLabel* m_codeLabel;
    QTextBrowser* m_text;
    CodeView* m_code;
    bool m_rubricVisible = true;
};

} // namespace ia
