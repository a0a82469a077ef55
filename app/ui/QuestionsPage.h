#pragma once

#include "domain/Ids.h"
#include "storage/QuestionRepository.h"

#include <QWidget>

#include <functional>
#include <memory>

class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace Ui {
class QuestionsPage;
}

namespace ia {

class BankExchange;
class Database;
class QuestionEditor;
class QuestionFilterModel;
class UserPrompts;

// Go → Questions (Ctrl+5): every question of the bank, filtered and sorted, and the editor of the
// chosen one. Each edit is saved as the question's draft at once; Publish makes the draft the
// version new interviews ask.
class QuestionsPage : public QWidget
{
    Q_OBJECT
public:
    QuestionsPage(const Database& database, std::function<UserPrompts&()> prompts, QWidget* parent = nullptr);
    ~QuestionsPage() override;

    void reload();
    void focusList();
    void select(QuestionId id);
    QuestionId currentQuestion() const { return m_current; }
    QUndoStack* undoStack() const;
    QTableView* table() const;
    QuestionEditor* editor() const { return m_editor; }

    void newQuestion();
    void publish();
    void discardDraft();
    void toggleArchived();
    void showHistory();

signals:
    // The bank changed in a way other pages show (a publish, an archive, an import).
    void bankChanged();

private:
    void show(QuestionId id);
    void reloadShowing(QuestionId id);
    void saveDraft(const Question& edited);
    void updateButtons();
    void updateStatus(const Question& shown);

    const Database& m_database;
    std::function<UserPrompts&()> m_prompts;
    std::unique_ptr<Ui::QuestionsPage> m_ui;
    std::unique_ptr<BankExchange> m_exchange;
    QStandardItemModel* m_model;
    QuestionFilterModel* m_filter;
    QuestionEditor* m_editor;
    QuestionId m_current = 0;
    QList<QuestionOverview> m_overview;
};

} // namespace ia
