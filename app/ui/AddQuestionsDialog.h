#pragma once

#include "domain/Question.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace ia {

// Picks questions from the bank for a kit: type to narrow the list (title, category, prompt),
// Space or click to tick, Return to add the ticked ones (or the current one when none is ticked).
class AddQuestionsDialog : public QDialog
{
    Q_OBJECT
public:
    AddQuestionsDialog(const QList<Question>& questions, const QList<QuestionId>& alreadyInKit,
                       QWidget* parent = nullptr);

    QList<Question> chosen() const;
    QLineEdit* searchEdit() const { return m_search; }
    QListWidget* list() const { return m_list; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filter();

    QList<Question> m_questions;
    QLineEdit* m_search;
    QListWidget* m_list;
};

} // namespace ia
