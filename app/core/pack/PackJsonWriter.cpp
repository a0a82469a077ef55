#include "PackJsonWriter.h"

#include "json/QuestionJson.h"
#include "pack/PackJsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ia {

QByteArray PackJsonWriter::write(const Pack& pack)
{
    QJsonArray questions;
    for (const Question& q : pack.questions)
        questions.append(QuestionJson::write(q, QuestionJson::Form::Pack));
    QJsonArray kits;
    for (const PackKit& kit : pack.kits) {
        QJsonArray items;
        for (const PackKitItem& item : kit.items) {
            const Question& q = pack.questions.at(item.question);
            items.append(QJsonObject{{QStringLiteral("question"), q.uuid.isEmpty() ? q.key : q.uuid},
                                     {QStringLiteral("timeBudgetSeconds"), item.timeBudgetSeconds},
                                     {QStringLiteral("weight"), item.weight}});
        }
        kits.append(QJsonObject{{QStringLiteral("uuid"), kit.uuid},
                                {QStringLiteral("name"), kit.name},
                                {QStringLiteral("role"), kit.role},
                                {QStringLiteral("description"), kit.description},
                                {QStringLiteral("targetSeconds"), kit.targetSeconds},
                                {QStringLiteral("items"), items}});
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(PackJsonReader::formatName)},
                           {QStringLiteral("formatVersion"), PackJsonReader::formatVersion},
                           {QStringLiteral("name"), pack.name},
                           {QStringLiteral("revision"), pack.revision},
                           {QStringLiteral("questions"), questions},
                           {QStringLiteral("kits"), kits}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ia
