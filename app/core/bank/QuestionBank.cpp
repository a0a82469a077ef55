#include "QuestionBank.h"

#include "DataFileError.h"
#include "domain/Identity.h"
#include "storage/AppMetaRepository.h"
#include "storage/Database.h"
#include "storage/KitRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ia {

namespace {

[[noreturn]] void fail(const QString& source, const QString& where, const QString& problem)
{
    throw DataFileError(QuestionBank::tr("%1: %2: %3").arg(source, where, problem));
}

QString requiredText(const QJsonObject& object, const QString& field, const QString& source,
                     const QString& where)
{
    const QString value = object.value(field).toString().trimmed();
    if (value.isEmpty())
        fail(source, where, QuestionBank::tr("the field \"%1\" is missing or empty").arg(field));
    return value;
}

int requiredSeconds(const QJsonObject& object, const QString& field, const QString& source,
                    const QString& where)
{
    const QJsonValue value = object.value(field);
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 24 * 3600)
        fail(source, where,
             QuestionBank::tr("\"%1\" must be a number of seconds between 0 and 86400").arg(field));
    return value.toInt();
}

// A UUID field the bank may carry; without one, the name-based UUID `fallback`.
QString optionalUuid(const QJsonObject& object, const QString& field, const QString& fallback,
                     const QString& source, const QString& where)
{
    if (!object.contains(field))
        return fallback;
    const QString value = object.value(field).toString();
    if (!Identity::isValid(value))
        fail(source, where,
             QuestionBank::tr("\"%1\" must be a UUID in lower case, like %2").arg(field, fallback));
    return value;
}

Question parseQuestion(const QJsonObject& object, const QString& source, const QString& where)
{
    Question q;
    q.key = requiredText(object, QStringLiteral("key"), source, where);
    q.uuid = optionalUuid(object, QStringLiteral("uuid"), Identity::ofBankQuestion(q.key), source, where);
    q.versionUuid = optionalUuid(object, QStringLiteral("versionUuid"),
                                 Identity::ofBankQuestionVersion(q.key, 1), source, where);
    q.category = requiredText(object, QStringLiteral("category"), source, where);
    q.title = requiredText(object, QStringLiteral("title"), source, where);
    q.prompt = requiredText(object, QStringLiteral("prompt"), source, where);
    q.assesses = object.value(QStringLiteral("assesses")).toString().trimmed();
    q.timeBudgetSeconds = requiredSeconds(object, QStringLiteral("timeBudgetSeconds"), source, where);
    q.practical = object.value(QStringLiteral("practical")).toBool(false);
    for (const QJsonValue& f : object.value(QStringLiteral("followUps")).toArray()) {
        if (!f.toString().trimmed().isEmpty())
            q.followUps.append(f.toString().trimmed());
    }
    const QJsonObject code = object.value(QStringLiteral("code")).toObject();
    if (!code.isEmpty()) {
        q.snippet.syntax = code.value(QStringLiteral("syntax")).toString(QStringLiteral("Python"));
        q.snippet.text = code.value(QStringLiteral("text")).toString();
    }
    const QJsonArray rubric = object.value(QStringLiteral("rubric")).toArray();
    QSet<int> seen;
    for (const QJsonValue& v : rubric) {
        const QJsonObject anchor = v.toObject();
        const int score = anchor.value(QStringLiteral("score")).toInt();
        if (!Rubric::isValidScore(score) || seen.contains(score))
            fail(source, where, QuestionBank::tr("rubric scores must be 1, 2, 3 and 4, each once"));
        seen.insert(score);
        q.rubric.setAnchor(score, anchor.value(QStringLiteral("label")).toString().trimmed(),
                           anchor.value(QStringLiteral("description")).toString().trimmed());
    }
    if (!q.rubric.isComplete())
        fail(source, where,
             QuestionBank::tr("the rubric needs a label and a description for each score from 1 to 4"));
    return q;
}

} // namespace

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
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        fail(source, tr("offset %1").arg(error.offset), error.errorString());
    if (!doc.isObject())
        fail(source, tr("top level"), tr("expected a JSON object"));
    const QJsonObject root = doc.object();

    QuestionBank bank;
    bank.m_name = requiredText(root, QStringLiteral("bank"), source, tr("top level"));
    bank.m_revision = root.value(QStringLiteral("revision")).toInt(1);

    QSet<QString> keys;
    const QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString where = QStringLiteral("questions[%1]").arg(i);
        Question q = parseQuestion(questions.at(i).toObject(), source, where);
        if (keys.contains(q.key))
            fail(source, where, tr("the key \"%1\" is used twice").arg(q.key));
        keys.insert(q.key);
        bank.m_questions.append(q);
    }

    const QJsonArray kits = root.value(QStringLiteral("kits")).toArray();
    for (qsizetype i = 0; i < kits.size(); ++i) {
        const QString where = QStringLiteral("kits[%1]").arg(i);
        const QJsonObject object = kits.at(i).toObject();
        KitTemplate kit;
        kit.name = requiredText(object, QStringLiteral("name"), source, where);
        kit.uuid = optionalUuid(object, QStringLiteral("uuid"), Identity::ofBankKit(kit.name), source, where);
        kit.role = object.value(QStringLiteral("role")).toString().trimmed();
        kit.description = object.value(QStringLiteral("description")).toString().trimmed();
        const QJsonArray items = object.value(QStringLiteral("items")).toArray();
        for (qsizetype j = 0; j < items.size(); ++j) {
            const QString itemWhere = QStringLiteral("%1.items[%2]").arg(where).arg(j);
            const QJsonObject item = items.at(j).toObject();
            KitItemTemplate t;
            t.questionKey = requiredText(item, QStringLiteral("question"), source, itemWhere);
            if (!keys.contains(t.questionKey))
                fail(source, itemWhere, tr("no question has the key \"%1\"").arg(t.questionKey));
            t.timeBudgetSeconds =
                requiredSeconds(item, QStringLiteral("timeBudgetSeconds"), source, itemWhere);
            t.weight = item.value(QStringLiteral("weight")).toDouble(1.0);
            if (t.weight < 0)
                fail(source, itemWhere, tr("the weight must not be negative"));
            kit.items.append(t);
        }
        bank.m_kits.append(kit);
    }
    return bank;
}

bool QuestionBank::installInto(const Database& database) const
{
    const QString flag = QStringLiteral("question_bank/") + m_name;
    AppMetaRepository meta(database);
    WriteTransaction tx(database);
    if (const std::optional<QString> installed = meta.value(flag);
        installed && installed->toInt() >= m_revision) {
        tx.commit();
        return false;
    }
    QuestionRepository questions(database);
    QHash<QString, Question> byKey;
    for (const Question& q : m_questions) {
        std::optional<Question> existing = questions.latestByKey(q.key);
        byKey.insert(q.key, existing ? *existing : questions.create(q));
    }
    KitRepository kits(database);
    for (const KitTemplate& t : m_kits) {
        if (kits.byName(t.name))
            continue;
        Kit kit;
        kit.uuid = t.uuid;
        kit.name = t.name;
        kit.role = t.role;
        kit.description = t.description;
        for (const KitItemTemplate& it : t.items) {
            KitItem item;
            item.question = byKey.value(it.questionKey);
            item.timeBudgetSeconds = it.timeBudgetSeconds;
            item.weight = it.weight;
            kit.items.append(item);
        }
        kits.create(kit);
    }
    meta.setValue(flag, QString::number(m_revision));
    tx.commit();
    return true;
}

bool QuestionBank::installDefault(const Database& database)
{
    return fromFile(defaultBankPath()).installInto(database);
}

} // namespace ia
