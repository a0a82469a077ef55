#include "ServerLogin.h"

#include "storage/ServerAddress.h"
#include "storage/StorageError.h"
#include "ui/ServerConnectDialog.h"

#include <QEventLoop>
#include <QHash>
#include <QMessageBox>
#include <qt6keychain/keychain.h>

namespace ia {

namespace {

const QString keyringService = QStringLiteral("Interview Assistant team server");

struct Offered
{
    QString password;
    bool keep = false;
};

// What was typed in this run, by ServerAddress::keyringKey.
QHash<QString, Offered>& offered()
{
    static QHash<QString, Offered> passwords;
    return passwords;
}

// QtKeychain's jobs report asynchronously; opening a database waits for them.
template <typename Job>
void runJob(Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

// The keyring's password for the address; empty when it has none or there is no keyring.
QString fromKeyring(const ServerAddress& address)
{
    QKeychain::ReadPasswordJob job(keyringService);
    job.setAutoDelete(false);
    job.setKey(address.keyringKey());
    runJob(job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

// An empty text when stored, or what went wrong.
QString toKeyring(const ServerAddress& address, const QString& password)
{
    QKeychain::WritePasswordJob job(keyringService);
    job.setAutoDelete(false);
    job.setKey(address.keyringKey());
    job.setTextData(password);
    runJob(job);
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

} // namespace

void ServerLogin::offer(const ServerAddress& address, const QString& password, bool keep)
{
    offered().insert(address.keyringKey(), Offered{password, keep});
}

std::unique_ptr<Database> ServerLogin::open(QString& location, const Database::Options& options, bool mayAsk,
                                            QWidget* parent)
{
    ServerAddress address = ServerAddress::parse(location);
    Database::Options tried = options;
    bool keep = false;
    // The keyring is asked only once the server wants a password: a trusted login, ~/.pgpass and
    // PGPASSWORD need no desktop session, and a keyring that is slow to answer (no session bus, a
    // locked wallet) does not hold up a server that would have let the user in anyway.
    bool keyringAsked = !address.password().isEmpty();
    if (address.password().isEmpty()) {
        if (const auto typed = offered().constFind(address.keyringKey()); typed != offered().cend()) {
            tried.serverPassword = typed->password;
            keep = typed->keep;
            keyringAsked = true;
        }
    }
    for (;;) {
        try {
            auto database = std::make_unique<Database>(location, tried);
            if (keep && !tried.serverPassword.isEmpty()) {
                if (const QString problem = toKeyring(address, tried.serverPassword);
                    !problem.isEmpty() && mayAsk)
                    QMessageBox::information(parent, tr("Password not remembered"),
                                             tr("The desktop's keyring did not keep the password (%1); you "
                                                "will be asked for it next time.")
                                                 .arg(problem));
                offered()[address.keyringKey()].keep = false;
            }
            return database;
        } catch (const StorageError& e) {
            // Any refusal, not only one in libpq's English words: a stale ~/.pgpass refused by a
            // server that answers in another language still gets the keyring's password.
            if (!keyringAsked && e.kind() == StorageError::Kind::Refused) {
                keyringAsked = true;
                if (QString stored = fromKeyring(address); !stored.isEmpty()) {
                    tried.serverPassword = std::move(stored);
                    continue;
                }
            }
            if (!mayAsk || !ServerAddress::isPasswordRefusal(e))
                throw;
            ServerConnectDialog dialog(parent, address, e.message());
            if (dialog.exec() != QDialog::Accepted)
                throw;
            address = dialog.address();
            location = address.display();
            tried.serverPassword = dialog.password();
            keep = dialog.rememberPassword();
            offer(address, tried.serverPassword, keep);
        }
    }
}

} // namespace ia
