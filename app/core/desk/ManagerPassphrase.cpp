#include "ManagerPassphrase.h"

#include "storage/AppMetaRepository.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace ia {

namespace {

const QString metaKey = QStringLiteral("manager_passphrase");
const QString scheme = QStringLiteral("pbkdf2-sha256");
constexpr int saltBytes = 16;
constexpr int hashBytes = 32;

QByteArray derive(const QString& passphrase, const QByteArray& salt, int rounds)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                              passphrase.normalized(QString::NormalizationForm_C).toUtf8(),
                                              salt, rounds, hashBytes);
}

// Compares in time independent of where the first difference is.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

bool ManagerPassphrase::isSet(const Database& database)
{
    return AppMetaRepository(database).value(metaKey).has_value();
}

bool ManagerPassphrase::verify(const Database& database, const QString& passphrase)
{
    const std::optional<QString> stored = AppMetaRepository(database).value(metaKey);
    if (!stored)
        return false;
    // "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>"; anything else never matches.
    const QStringList parts = stored->split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != scheme)
        return false;
    bool ok = false;
    const int rounds = parts.at(1).toInt(&ok);
    if (!ok || rounds < 1000 || rounds > 10'000'000)
        return false;
    const auto salt =
        QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash =
        QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.size() < 8 || hash.decoded.size() != hashBytes)
        return false;
    return sameBytes(derive(passphrase, salt.decoded, rounds), hash.decoded);
}

void ManagerPassphrase::set(const Database& database, const QString& passphrase, const QString& current)
{
    if (isSet(database) && !verify(database, current)) {
        throw StorageError(
            StorageError::Kind::Denied,
            tr("The current manager passphrase is not right; the passphrase was not changed."));
    }
    if (passphrase.size() < minimumLength) {
        throw StorageError(StorageError::Kind::Failed,
                           tr("A manager passphrase needs at least %n characters.", nullptr, minimumLength));
    }
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QString value =
        QStringList{scheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                    QString::fromLatin1(derive(passphrase, salt, iterations).toBase64())}
            .join(QLatin1Char('$'));
    AppMetaRepository(database).setValue(metaKey, value);
}

std::optional<Viewer> ManagerPassphrase::unlock(const Database& database, const QString& passphrase)
{
    if (!verify(database, passphrase))
        return std::nullopt;
    return Viewer::asManager();
}

} // namespace ia
