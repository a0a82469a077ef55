#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QWidget;

namespace ia {

class Database;
class UserPrompts;

// Question packs in and out of the window, for the Questions and Kits pages alike: files chosen,
// every problem of a refused file shown, a preview of what an import changes before it does.
class BankExchange
{
    Q_DECLARE_TR_FUNCTIONS(ia::BankExchange)

public:
    BankExchange(const Database& database, std::function<UserPrompts&()> prompts);

    // Returns whether anything was imported.
    bool importPacks(QWidget* parent);
    // Every published question and kit, or the named kits with their questions.
    void exportPack(QWidget* parent, const QStringList& kitNames = {});

private:
    const Database& m_database;
    std::function<UserPrompts&()> m_prompts;
};

} // namespace ia
