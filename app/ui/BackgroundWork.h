#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace ia {

class Database;

// Long work on a database (importing a large bundle) off the window's thread, with a progress
// dialog and a Cancel button; the window keeps painting. The work runs on its own connection and
// throws what it throws, in the caller's thread. Edits made in the window meanwhile wait for the
// work's transaction as for any other program's (the save queue retries), and are never inside it.
class BackgroundWork
{
    Q_DECLARE_TR_FUNCTIONS(ia::BackgroundWork)

public:
    // What the work reports to, from its thread.
    class Progress
    {
    public:
        // Returns false once the user cancelled: the work should stop and leave nothing written.
        bool report(int done, int total);
        bool cancelled() const { return m_cancelled.load(); }
        // report() as a callback, for work that takes one (BundleImporter::Options::progress).
        std::function<bool(int, int)> callback()
        {
            return [this](int done, int total) {
                return report(done, total);
            };
        }

    private:
        friend class BackgroundWork;
        std::atomic<int> m_done{0};
        std::atomic<int> m_total{0};
        std::atomic<bool> m_cancelled{false};
    };

    // Runs work and returns when it has finished; true when the user cancelled meanwhile (what the
    // work did about it is up to the work).
    static bool run(QWidget* window, const QString& label, const Database& database,
                    const std::function<void(Progress&)>& work);
};

} // namespace ia
