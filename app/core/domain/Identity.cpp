#include "Identity.h"

#include <QUuid>

namespace ia {

namespace {

// The namespace of the name-based UUIDs of the shipped bank (itself a random UUID, fixed forever).
const QUuid bankNamespace(QStringLiteral("{6f1d2c1e-6a43-4b5e-9a57-0c1f3f5d8e21}"));

QString canonical(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

QString Identity::create()
{
    return canonical(QUuid::createUuid());
}

bool Identity::isValid(const QString& text)
{
    if (text.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && canonical(uuid) == text;
}

QString Identity::ofBankQuestion(const QString& key)
{
    return canonical(QUuid::createUuidV5(bankNamespace, QStringLiteral("question:") + key));
}

QString Identity::ofBankQuestionVersion(const QString& key, int version)
{
    return canonical(
        QUuid::createUuidV5(bankNamespace, QStringLiteral("question-version:%1@%2").arg(key).arg(version)));
}

QString Identity::ofBankKit(const QString& name)
{
    return canonical(QUuid::createUuidV5(bankNamespace, QStringLiteral("kit:") + name));
}

} // namespace ia
