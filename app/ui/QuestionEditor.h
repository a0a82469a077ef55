#pragma once

#include "domain/Question.h"

#include <QWidget>

#include <memory>

class QUndoStack;

namespace Ui {
class QuestionEditor;
}

namespace ia {

class CodeAnswerEditor;

// The form of one question: title, category, time, prompt, what it assesses, follow-ups, the four
// rubric anchors and a highlighted code snippet. It does not store anything: every change (and
// every undo or redo, which have their own stack here, also on Ctrl+Z inside a text field) is
// announced with `edited`, and the page saves it as the draft at once.
class QuestionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionEditor(QWidget* parent = nullptr);
    ~QuestionEditor() override;

    void setCategories(const QStringList& categories);
    // Shows a question and forgets the undo history (it belonged to another question).
    void setQuestion(const Question& question);
    void setStatus(const QString& text);
    void setEditable(bool editable);
    // What the form holds, with the shown question's ids.
    Question question() const;
    QUndoStack* undoStack() const { return m_undo; }
    QWidget* titleEdit() const;

    // Shows a question the undo stack returns to, and announces it.
    void apply(const Question& question);

signals:
    void edited(const Question& question);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void show(const Question& question);
    void changed(int field, const QString& what);
    void moveFollowUp(int by);

    std::unique_ptr<Ui::QuestionEditor> m_ui;
    CodeAnswerEditor* m_code;
    QUndoStack* m_undo;
    Question m_shown; // what the widgets show, as last announced
    bool m_updating = false;
};

} // namespace ia
