#include "ServerConnectDialog.h"

#include "storage/StorageError.h"
#include "ui_ServerConnectDialog.h"

#include <QPushButton>
#include <QSettings>

namespace ia {

namespace {

const QString rememberKey = QStringLiteral("server/rememberPassword");

} // namespace

ServerConnectDialog::ServerConnectDialog(QWidget* parent, const std::optional<ServerAddress>& address,
                                         const QString& message)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerConnectDialog>())
{
    m_ui->setupUi(this);
    m_ui->message->setText(message);
    m_ui->message->setVisible(!message.isEmpty());
    // libpq's modes in the user's words, safest first; the data is the mode itself.
    const QList<std::pair<QString, QString>> modes{
        {tr("Verify the server's certificate and name (recommended)"), QStringLiteral("verify-full")},
        {tr("Verify the server's certificate"), QStringLiteral("verify-ca")},
        {tr("Encrypt, without verifying the server"), QStringLiteral("require")},
        {tr("Encrypt when the server offers it"), QStringLiteral("prefer")},
        {tr("Never encrypt (a local socket only)"), QStringLiteral("disable")}};
    for (const auto& [text, mode] : modes)
        m_ui->tls->addItem(text, mode);
    m_ui->remember->setChecked(QSettings().value(rememberKey, true).toBool());
    if (address) {
        m_ui->host->setText(address->host());
        m_ui->port->setValue(address->port());
        m_ui->database->setText(address->database());
        m_ui->user->setText(address->user());
        m_ui->tls->setCurrentIndex(std::max(0, m_ui->tls->findData(address->sslMode())));
        m_ui->password->setFocus();
    } else {
        m_ui->user->setText(qEnvironmentVariable("USER"));
        m_ui->host->setFocus();
    }
    for (QLineEdit* edit : {m_ui->host, m_ui->database, m_ui->user})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectDialog::check);
    connect(m_ui->port, &QSpinBox::valueChanged, this, &ServerConnectDialog::check);
    connect(m_ui->tls, &QComboBox::currentIndexChanged, this, &ServerConnectDialog::check);
    // A socket folder or localhost needs no certificate: choosing one proposes that, once.
    connect(m_ui->host, &QLineEdit::editingFinished, this, [this] {
        const QString host = m_ui->host->text().trimmed();
        const bool local = host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost");
        if (local && m_ui->tls->currentData() == QLatin1String("verify-full"))
            m_ui->tls->setCurrentIndex(m_ui->tls->findData(QStringLiteral("prefer")));
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(rememberKey, m_ui->remember->isChecked());
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    check();
}

ServerConnectDialog::~ServerConnectDialog() = default;

void ServerConnectDialog::check()
{
    // The same checks as for a typed URL, with their words; nothing is said about a form still
    // being filled in (an empty database field).
    QString problem;
    try {
        m_address = ServerAddress::fromParts(m_ui->host->text(), m_ui->port->value(), m_ui->database->text(),
                                             m_ui->user->text(), m_ui->tls->currentData().toString());
    } catch (const StorageError& e) {
        m_address.reset();
        if (!m_ui->database->text().trimmed().isEmpty())
            problem = e.message();
    }
    if (m_address && m_address->user().isEmpty()) {
        m_address.reset();
        problem = tr("Give the user name the server knows you by.");
    }
    m_ui->problem->setText(problem);
    m_ui->problem->setVisible(!problem.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_address.has_value());
}

ServerAddress ServerConnectDialog::address() const
{
    return m_address.value_or(ServerAddress{});
}

QString ServerConnectDialog::password() const
{
    return m_ui->password->text();
}

bool ServerConnectDialog::rememberPassword() const
{
    return m_ui->remember->isChecked();
}

} // namespace ia
