#include "QuestionBank.h"

#include "DataFileError.h"
#include "pack/PackImporter.h"
#include "pack/PackJsonReader.h"
#include "storage/AppMetaRepository.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QFile>

namespace ia {

QString QuestionBank::defaultBankPath()
{
    return QStringLiteral(":/questions/python-developer.json");
}

QString QuestionBank::defaultKitName()
{
    return QStringLiteral("Python developer");
}

QuestionBank QuestionBank::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataFileError(tr("Could not read the question bank %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

QuestionBank QuestionBank::fromJson(const QByteArray& json, const QString& source)
{
    QuestionBank bank;
    bank.m_pack = PackJsonReader::read(json, source);
    return bank;
}

bool QuestionBank::installInto(const Database& database) const
{
    const QString flag = QStringLiteral("question_bank/") + m_pack.name;
    AppMetaRepository meta(database);
    WriteTransaction tx(database);
    if (const std::optional<QString> installed = meta.lockedValue(flag);
        installed && installed->toInt() >= m_pack.revision) {
        tx.commit();
        return false;
    }
    PackImporter(database, {}).import(m_pack, PackImporter::Mode::AddMissing);
    meta.setValue(flag, QString::number(m_pack.revision));
    tx.commit();
    return true;
}

bool QuestionBank::installDefault(const Database& database)
{
    return fromFile(defaultBankPath()).installInto(database);
}

} // namespace ia
