#pragma once

#include <QApplication>

namespace ia {

// The last line of defence: an exception that escapes an event handler (a storage error nobody
// caught, a bug) is shown to the user in a dialog instead of aborting the app, and the event loop
// goes on, so the other pages and everything saved stay usable. The code paths catch what they can
// explain better; this only ever sees what they missed.
class GuardedApplication final : public QApplication
{
public:
    GuardedApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

    // Unattended runs (a screenshot under Xvfb) print instead of waiting for a click.
    void setUnattended(bool unattended) { m_unattended = unattended; }

private:
    void report(const QString& title, const QString& message);

    bool m_unattended = false;
    bool m_reporting = false;
};

} // namespace ia
