#include "GuardedApplication.h"

#include "storage/StorageError.h"

#include <QMessageBox>
#include <QTextStream>

namespace ia {

GuardedApplication::GuardedApplication(int& argc, char** argv)
    : QApplication(argc, argv)
{}

bool GuardedApplication::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StorageError& e) {
        report(tr("Interview Assistant"), e.message());
    } catch (const std::exception& e) {
        report(tr("Interview Assistant"),
               tr("An internal error interrupted what you were doing (%1). Your saved work is not "
                  "affected; please report this.")
                   .arg(QString::fromLocal8Bit(e.what())));
    }
    return false;
}

void GuardedApplication::report(const QString& title, const QString& message)
{
    QTextStream(stderr) << message << '\n';
    // A second failure while the first dialog is up is printed only.
    if (m_unattended || m_reporting)
        return;
    m_reporting = true;
    QMessageBox::critical(activeWindow(), title, message);
    m_reporting = false;
}

} // namespace ia
