#include "PackImporter.h"

#include "pack/PackProblem.h"
#include "storage/Database.h"
#include "storage/KitRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/WriteTransaction.h"

#include <QStringList>

namespace ia {

int PackImporter::Result::count(Change::Kind kind) const
{
    return int(
        std::count_if(changes.begin(), changes.end(), [kind](const Change& c) { return c.kind == kind; }));
}

QString PackImporter::Result::summary() const
{
    QStringList parts;
    const int questions = count(Change::Kind::NewQuestion);
    const int versions = count(Change::Kind::NewVersion);
    const int kits = count(Change::Kind::NewKit);
    const int kitVersions = count(Change::Kind::NewKitVersion);
    const int kitDetails = count(Change::Kind::KitDetails);
    if (questions)
        parts.append(tr("%n new question(s)", nullptr, questions));
    if (versions)
        parts.append(tr("%n new question version(s)", nullptr, versions));
    if (kits)
        parts.append(tr("%n new kit(s)", nullptr, kits));
    if (kitVersions)
        parts.append(tr("%n new kit version(s)", nullptr, kitVersions));
    if (kitDetails)
        parts.append(tr("new details for %n kit(s)", nullptr, kitDetails));
    if (parts.isEmpty())
        parts.append(tr("nothing new"));
    // Each count in a phrase of its own, so every language gets its plural forms right.
    return tr("%1; %2 and %3 unchanged")
        .arg(parts.join(QStringLiteral(", ")), tr("%n question(s)", nullptr, unchangedQuestions),
             tr("%n kit(s)", nullptr, unchangedKits));
}

PackImporter::PackImporter(const Database& database, QString author)
    : m_database(database)
    , m_author(std::move(author))
{}

PackImporter::Result PackImporter::import(const Pack& pack, Mode mode, bool dryRun)
{
    return importAll({pack}, mode, dryRun).first();
}

QList<PackImporter::Result> PackImporter::importAll(const QList<Pack>& packs, Mode mode, bool dryRun)
{
    WriteTransaction tx(m_database);
    QList<Result> results;
    for (const Pack& pack : packs)
        results.append(apply(pack, mode));
    if (!dryRun)
        tx.commit();
    return results;
}

PackImporter::Result PackImporter::apply(const Pack& pack, Mode mode)
{
    QuestionRepository questions(m_database);
    KitRepository kits(m_database);
    Result result;
    QList<PackProblem> problems;
    QList<QuestionId> ids; // pack.questions' index → question here

    for (qsizetype i = 0; i < pack.questions.size(); ++i) {
        const Question& q = pack.questions.at(i);
        const QString where = QStringLiteral("questions[%1]").arg(i);
        const std::optional<QuestionId> existing = questions.match(q);
        // A new UUID with a key another question has here: two identities for one name.
        if (!existing && !q.uuid.isEmpty() && !q.key.isEmpty() && questions.byKey(q.key)) {
            problems.append({where + QStringLiteral(".key"),
                             tr("another question in this database has the key \"%1\"").arg(q.key)});
            ids.append(0);
            continue;
        }
        if (!q.versionUuid.isEmpty()) {
            if (const std::optional<QuestionId> owner = questions.ownerOfVersion(q.versionUuid)) {
                if (existing && *owner == *existing) {
                    ids.append(*existing);
                    ++result.unchangedQuestions;
                } else {
                    problems.append({where + QStringLiteral(".versionUuid"),
                                     tr("this version belongs to another question in this database")});
                    ids.append(0);
                }
                continue;
            }
        }
        if (!existing) {
            ids.append(questions.create(q, m_author).id);
            result.changes.append({Change::Kind::NewQuestion, q.title});
            continue;
        }
        ids.append(*existing);
        const std::optional<Question> current = questions.latest(*existing);
        if (mode == Mode::AddMissing || (current && current->sameContent(q))) {
            ++result.unchangedQuestions;
            continue;
        }
        questions.addVersionFromElsewhere(*existing, q, m_author);
        result.changes.append({Change::Kind::NewVersion, q.title});
    }
    if (!problems.isEmpty())
        throw PackError(pack.name, problems);

    for (const PackKit& k : pack.kits) {
        std::optional<Kit> existing = k.uuid.isEmpty() ? kits.byName(k.name) : kits.byUuid(k.uuid);
        QList<KitItem> items;
        for (const PackKitItem& it : k.items) {
            KitItem item;
            item.question.id = ids.value(it.question);
            item.timeBudgetSeconds = it.timeBudgetSeconds;
            item.weight = it.weight;
            items.append(item);
        }
        if (!existing) {
            Kit kit;
            kit.uuid = k.uuid;
            kit.name = kits.freeName(k.name);
            kit.role = k.role;
            kit.description = k.description;
            kit.targetSeconds = k.targetSeconds;
            kit.items = items;
            const Kit created = kits.create(kit);
            kits.publish(created.id, m_author);
            result.changes.append({Change::Kind::NewKit, kit.name});
            continue;
        }
        if (mode == Mode::AddMissing) {
            ++result.unchangedKits;
            continue;
        }
        bool sameItems = existing->items.size() == items.size();
        for (qsizetype i = 0; sameItems && i < items.size(); ++i) {
            const KitItem& here = existing->items.at(i);
            sameItems = here.question.id == items.at(i).question.id &&
                        here.timeBudgetSeconds == items.at(i).timeBudgetSeconds &&
                        here.weight == items.at(i).weight;
        }
        const bool newDetails = existing->role != k.role || existing->description != k.description ||
                                existing->targetSeconds != k.targetSeconds;
        if (newDetails) {
            Kit details = *existing;
            details.role = k.role;
            details.description = k.description;
            details.targetSeconds = k.targetSeconds;
            kits.updateDetails(details);
            if (sameItems)
                result.changes.append({Change::Kind::KitDetails, existing->name});
        }
        if (sameItems) {
            if (!newDetails)
                ++result.unchangedKits;
            continue;
        }
        kits.setItems(existing->id, items);
        kits.publish(existing->id, m_author);
        result.changes.append({Change::Kind::NewKitVersion, existing->name});
    }
    return result;
}

} // namespace ia
