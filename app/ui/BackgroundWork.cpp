#include "BackgroundWork.h"

#include "storage/Database.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <exception>
#include <memory>

namespace ia {

bool BackgroundWork::Progress::report(int done, int total)
{
    m_total.store(total);
    m_done.store(done);
    return !m_cancelled.load();
}

bool BackgroundWork::run(QWidget* window, const QString& label, const Database& database,
                         const std::function<void(Progress&)>& work)
{
    Progress progress;
    std::exception_ptr failure;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            work(progress);
        } catch (...) {
            failure = std::current_exception();
        }
        // The thread's connection goes with it (a connection is tied to its thread).
        database.releaseThreadConnection();
    }));

    QProgressDialog dialog(label, tr("Cancel"), 0, 0, window);
    dialog.setWindowModality(Qt::WindowModal);
    // Shown at once: while it is up, the window takes no input that could close the database
    // under the work or start a second one.
    dialog.setMinimumDuration(0);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    // Cancel (the button, Escape or closing the dialog) hides the dialog; it comes back saying so
    // until the work has stopped, so the window stays out of reach until then.
    const auto stopping = [&] {
        progress.m_cancelled.store(true);
        dialog.setLabelText(tr("Stopping…"));
        dialog.show();
    };
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, stopping);
    QObject::connect(&dialog, &QDialog::rejected, &dialog, stopping);
    // Polled rather than signalled per step: a large import reports thousands of steps.
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (progress.m_cancelled.load())
            return;
        dialog.setMaximum(progress.m_total.load());
        dialog.setValue(progress.m_done.load());
    });
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    // Up (and modal) before the work starts, so no key already queued reaches the window.
    dialog.show();
    thread->start();
    poll.start();
    loop.exec();
    if (!thread->isFinished()) {
        // The application is quitting (its loops end, and no new one runs): stop the work rather
        // than let it go on unseen, and wait for it.
        progress.m_cancelled.store(true);
    }
    thread->wait();
    poll.stop();
    QObject::disconnect(&dialog, nullptr, &dialog, nullptr);
    dialog.hide();
    // Keys go back where they were: window managers do this for a closed dialog, not every
    // platform does (offscreen, some X setups without one).
    if (window && window->window()->isVisible())
        window->window()->activateWindow();
    if (failure)
        std::rethrow_exception(failure);
    return progress.cancelled();
}

} // namespace ia
