#pragma once

#include "domain/Question.h"

#include <QDialog>

class QComboBox;
class QTextBrowser;

namespace ia {

// Every version of a question: who wrote it and when it was published, and what changed between
// any two of them (the newest against the one before, at first).
class QuestionHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    QuestionHistoryDialog(const QList<Question>& versions, QWidget* parent = nullptr);

    QString differencesText() const; // what the differences pane shows, as plain text

private:
    void compare();

    QList<Question> m_versions;
    QComboBox* m_from;
    QComboBox* m_to;
    QTextBrowser* m_differences;
};

} // namespace ia
