#pragma once

#include "storage/ServerAddress.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ServerConnectDialog;
}

namespace ia {

// File → Connect to team server…: host (or socket folder), port, database, user, TLS mode and the
// password, checked as they are typed (OK only for an address that can be used). Also what the app
// shows when a server did not accept the password, with the address filled in and the reason on
// top.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT

public:
    ServerConnectDialog(QWidget* parent, const std::optional<ServerAddress>& address = std::nullopt,
                        const QString& message = {});
    ~ServerConnectDialog() override;

    // The address typed (without the password); valid once the dialog was accepted.
    ServerAddress address() const;
    QString password() const;
    // Whether the password is to go into the desktop's keyring once the server has accepted it.
    bool rememberPassword() const;

private:
    void check();

    std::unique_ptr<Ui::ServerConnectDialog> m_ui;
    std::optional<ServerAddress> m_address;
};

} // namespace ia
