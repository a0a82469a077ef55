#pragma once

#include "bundle/BundleImporter.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QWidget;

namespace ia {

class Database;
class UserPrompts;

// The panel meeting through files, as the window offers it: File → Export my scorecards… writes
// the submitted scorecards of whoever is at the keyboard to a bundle; File → Import scorecards…
// (and bundles dropped on the window) merges bundles into this database, asking about candidates
// who only look like someone already here, and says what happened.
class PanelExchange
{
    Q_DECLARE_TR_FUNCTIONS(ia::PanelExchange)

public:
    PanelExchange(const Database& database, std::function<UserPrompts&()> prompts, QWidget* window);

    static QString fileFilter();
    static bool isBundle(const QString& path); // by its name: never opens the file to look

    // Both return whether anything was written.
    bool exportMine();
    bool importFiles(const QStringList& paths);
    bool importChosenFiles(); // asks which

private:
    const Database& m_database;
    std::function<UserPrompts&()> m_prompts;
    QWidget* m_window;
    bool m_busy = false; // an export or import is running: a second one waits its turn
};

} // namespace ia
