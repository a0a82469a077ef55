#include "PackJsonReader.h"

#include "json/JsonWalker.h"
#include "json/QuestionJson.h"
#include "pack/PackProblem.h"
#include "pack/PackRules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace ia {

namespace {

// A member the format does not know is most often a misspelt one ("promt"): saying so beats
// silently dropping what the author wrote.
void requireKnownMembers(JsonWalker& r, const QJsonObject& o, const QString& path,
                         std::initializer_list<const char*> known)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        bool ok = false;
        for (const char* k : known)
            ok = ok || it.key() == QLatin1String(k);
        if (!ok)
            r.problem(JsonWalker::at(path, it.key().left(60)),
                      PackJsonReader::tr("not a member of this format"));
    }
}

// "line 3, column 14" for a byte offset into the file.
QString lineAndColumn(const QByteArray& data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return PackJsonReader::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

Pack PackJsonReader::read(const QByteArray& json, const QString& source)
{
    if (json.size() > PackRules::maxFileBytes) {
        throw PackError(
            source,
            {{tr("file"),
              tr("%1 bytes; a pack may have at most %2").arg(json.size()).arg(PackRules::maxFileBytes)}});
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw PackError(source, {{lineAndColumn(json, error.offset), error.errorString()}});
    if (!doc.isObject())
        throw PackError(source, {{tr("top level"), tr("expected a JSON object")}});
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName)) {
        throw PackError(source, {{QStringLiteral("format"),
                                  tr("not a question pack of Interview Assistant (expected \"%1\")")
                                      .arg(QLatin1String(formatName))}});
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || std::floor(version.toDouble()) != version.toDouble() || version.toDouble() < 1)
        throw PackError(source, {{QStringLiteral("formatVersion"), tr("expected a whole number")}});
    if (version.toDouble() > formatVersion) {
        throw PackError(source,
                        {{QStringLiteral("formatVersion"),
                          tr("the pack is in format version %1, made by a newer Interview Assistant; "
                             "this version reads up to format version %2. Update the app to import it.")
                              .arg(version.toInt())
                              .arg(formatVersion)}});
    }

    JsonWalker r(PackRules::maxCode);
    requireKnownMembers(r, root, {},
                        {"format", "formatVersion", "name", "revision", "questions", "kits", "description"});
    Pack pack;
    pack.name = r.nonEmpty(root, QStringLiteral("name"), {});
    PackRules::checkText(pack.name, PackRules::maxShortText, QStringLiteral("name"), r.problems);
    if (root.contains(QStringLiteral("revision")))
        pack.revision = int(r.integer(root, QStringLiteral("revision"), {}, 1, 1'000'000));

    const QJsonArray questions = r.array(root, QStringLiteral("questions"), {});
    if (questions.size() > PackRules::maxQuestions)
        r.problem(QStringLiteral("questions"), tr("more than %1 questions").arg(PackRules::maxQuestions));
    QHash<QString, int> byReference; // a question's UUID or key → its index
    QSet<QString> versionUuids;
    QSet<QString> titles;
    for (qsizetype i = 0; i < questions.size() && i < PackRules::maxQuestions; ++i) {
        const QString path = JsonWalker::item(QStringLiteral("questions"), i);
        const qsizetype before = r.problems.size();
        const QJsonObject o = questions.at(i).toObject();
        requireKnownMembers(r, o, path,
                            {"uuid", "versionUuid", "key", "category", "title", "prompt", "assesses",
                             "followUps", "timeBudgetSeconds", "practical", "rubric", "code"});
        Question q = QuestionJson::read(r, questions.at(i), path, QuestionJson::Form::Pack);
        if (r.problems.size() == before) {
            const QJsonArray rubric = o.value(QStringLiteral("rubric")).toArray();
            const auto place = [&](const QString& field) {
                if (field.startsWith(QLatin1String("rubric."))) {
                    const int score = field.section(QLatin1Char('.'), 1, 1).toInt();
                    for (qsizetype a = 0; a < rubric.size(); ++a) {
                        if (rubric.at(a).toObject().value(QStringLiteral("score")).toInt() == score) {
                            return JsonWalker::at(
                                JsonWalker::item(JsonWalker::at(path, QStringLiteral("rubric")), a),
                                field.section(QLatin1Char('.'), 2));
                        }
                    }
                    return JsonWalker::at(path, QStringLiteral("rubric"));
                }
                return JsonWalker::at(path, field);
            };
            PackRules::checkQuestion(q, place, r.problems);
        }
        const auto claim = [&](const QString& reference, const char* field) {
            if (reference.isEmpty())
                return;
            if (byReference.contains(reference)) {
                r.problem(JsonWalker::at(path, QLatin1String(field)),
                          tr("\"%1\" is used by questions[%2] already")
                              .arg(reference.left(60))
                              .arg(byReference.value(reference)));
            } else {
                byReference.insert(reference, int(i));
            }
        };
        claim(q.uuid, "uuid");
        claim(q.key, "key");
        // Without a UUID or key, category and title are what the importer matches a question by.
        if (q.uuid.isEmpty() && q.key.isEmpty() && !q.title.isEmpty()) {
            const QString identity = q.category + QChar(31) + q.title;
            if (titles.contains(identity))
                r.problem(
                    JsonWalker::at(path, QStringLiteral("title")),
                    tr("another question of this pack without a UUID or key has this category and title"));
            titles.insert(identity);
        }
        if (!q.versionUuid.isEmpty()) {
            if (versionUuids.contains(q.versionUuid))
                r.problem(JsonWalker::at(path, QStringLiteral("versionUuid")), tr("this UUID is used twice"));
            versionUuids.insert(q.versionUuid);
        }
        pack.questions.append(q);
    }

    const QJsonArray kits =
        root.contains(QStringLiteral("kits")) ? r.array(root, QStringLiteral("kits"), {}) : QJsonArray();
    if (kits.size() > PackRules::maxKits)
        r.problem(QStringLiteral("kits"), tr("more than %1 kits").arg(PackRules::maxKits));
    QSet<QString> kitNames;
    QSet<QString> kitUuids;
    for (qsizetype i = 0; i < kits.size() && i < PackRules::maxKits; ++i) {
        const QString path = JsonWalker::item(QStringLiteral("kits"), i);
        const QJsonObject o = r.object(kits.at(i), path);
        requireKnownMembers(r, o, path, {"uuid", "name", "role", "description", "targetSeconds", "items"});
        PackKit kit;
        kit.uuid = r.uuid(o, QStringLiteral("uuid"), path, false);
        kit.name = r.nonEmpty(o, QStringLiteral("name"), path);
        kit.role = r.text(o, QStringLiteral("role"), path, false);
        kit.description = r.text(o, QStringLiteral("description"), path, false);
        PackRules::checkText(kit.name, PackRules::maxShortText, JsonWalker::at(path, QStringLiteral("name")),
                             r.problems);
        PackRules::checkText(kit.role, PackRules::maxShortText, JsonWalker::at(path, QStringLiteral("role")),
                             r.problems);
        PackRules::checkText(kit.description, PackRules::maxLongText,
                             JsonWalker::at(path, QStringLiteral("description")), r.problems);
        if (o.contains(QStringLiteral("targetSeconds")))
            kit.targetSeconds =
                int(r.integer(o, QStringLiteral("targetSeconds"), path, 0, PackRules::maxSeconds));
        if (!kit.name.isEmpty() && kitNames.contains(kit.name))
            r.problem(JsonWalker::at(path, QStringLiteral("name")),
                      tr("another kit of this pack has this name"));
        kitNames.insert(kit.name);
        if (!kit.uuid.isEmpty() && kitUuids.contains(kit.uuid))
            r.problem(JsonWalker::at(path, QStringLiteral("uuid")), tr("this UUID is used twice"));
        kitUuids.insert(kit.uuid);
        const QString itemsPath = JsonWalker::at(path, QStringLiteral("items"));
        const QJsonArray items = r.array(o, QStringLiteral("items"), path);
        if (items.size() > PackRules::maxQuestions)
            r.problem(itemsPath, tr("more than %1 questions").arg(PackRules::maxQuestions));
        for (qsizetype j = 0; j < items.size() && j < PackRules::maxQuestions; ++j) {
            const QString itemPath = JsonWalker::item(itemsPath, j);
            const QJsonObject io = r.object(items.at(j), itemPath);
            requireKnownMembers(r, io, itemPath, {"question", "timeBudgetSeconds", "weight"});
            PackKitItem item;
            const QString reference = r.nonEmpty(io, QStringLiteral("question"), itemPath);
            if (!reference.isEmpty()) {
                if (byReference.contains(reference))
                    item.question = byReference.value(reference);
                else
                    r.problem(
                        JsonWalker::at(itemPath, QStringLiteral("question")),
                        tr("no question of this pack has the UUID or key \"%1\"").arg(reference.left(60)));
            }
            item.timeBudgetSeconds =
                int(r.integer(io, QStringLiteral("timeBudgetSeconds"), itemPath, 0, PackRules::maxSeconds));
            if (io.contains(QStringLiteral("weight")))
                item.weight = r.number(io, QStringLiteral("weight"), itemPath, 0, PackRules::maxWeight);
            kit.items.append(item);
        }
        if (items.isEmpty() && o.value(QStringLiteral("items")).isArray())
            r.problem(itemsPath, tr("a kit needs at least one question"));
        pack.kits.append(kit);
    }

    if (!r.problems.isEmpty())
        throw PackError(source, r.problems);
    return pack;
}

} // namespace ia
