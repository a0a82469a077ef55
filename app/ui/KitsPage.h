#pragma once

#include "domain/Kit.h"

#include <QWidget>

#include <functional>
#include <memory>

class QTableView;

namespace Ui {
class KitsPage;
}

namespace ia {

class BankExchange;
class Database;
class KitItemsModel;
class UserPrompts;

// Go → Kits (Ctrl+6): the kits, and the working copy of the chosen one: its details, its questions
// in order with time and weight, the total against the target length and each category's share of
// the weight. Every change is saved at once; Publish makes the working copy the version new
// interviews start from.
class KitsPage : public QWidget
{
    Q_OBJECT
public:
    KitsPage(const Database& database, std::function<UserPrompts&()> prompts, QWidget* parent = nullptr);
    ~KitsPage() override;

    void reload();
    void focusList();
    void select(KitId id);
    KitId currentKit() const { return m_current; }
    QTableView* itemTable() const;

    void newKit();
    void duplicate();
    void toggleArchived();
    void publish();
    void addQuestions();
    void removeQuestion();
    void moveQuestion(int by);

signals:
    // A kit was published, renamed or archived: the start form offers kits.
    void kitsChanged();

private:
    void show(KitId id);
    void saveDetails();
    void saveItems();
    void updateSummary();

    const Database& m_database;
    std::function<UserPrompts&()> m_prompts;
    std::unique_ptr<Ui::KitsPage> m_ui;
    std::unique_ptr<BankExchange> m_exchange;
    KitItemsModel* m_items;
    KitId m_current = 0;
    Kit m_shown;
    bool m_updating = false;
};

} // namespace ia
