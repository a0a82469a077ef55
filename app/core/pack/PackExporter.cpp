#include "PackExporter.h"

#include "DataFileError.h"
#include "storage/KitRepository.h"
#include "storage/QuestionRepository.h"

#include <QHash>

#include <algorithm>

namespace ia {

Pack PackExporter::build(const Database& database, const QStringList& kitNames)
{
    const KitRepository kitRepo(database);
    QList<Kit> kits;
    if (kitNames.isEmpty()) {
        kits = kitRepo.offered();
    } else {
        for (const QString& name : kitNames) {
            const std::optional<Kit> kit = kitRepo.byName(name);
            if (!kit)
                throw DataFileError(tr("There is no kit named \"%1\" in this database.").arg(name));
            if (kit->version == 0)
                throw DataFileError(tr("The kit \"%1\" was never published; publish it first.").arg(name));
            kits.append(*kit);
        }
        std::sort(kits.begin(), kits.end(), [](const Kit& a, const Kit& b) { return a.name < b.name; });
    }

    QList<Question> questions;
    if (kitNames.isEmpty()) {
        questions = QuestionRepository(database).allLatest();
    } else {
        QHash<QuestionId, Question> inKits;
        for (const Kit& kit : std::as_const(kits)) {
            for (const KitItem& item : kit.items)
                inKits.insert(item.question.id, item.question);
        }
        questions = inKits.values();
    }
    std::sort(questions.begin(), questions.end(), [](const Question& a, const Question& b) {
        return std::tie(a.category, a.title, a.uuid) < std::tie(b.category, b.title, b.uuid);
    });

    Pack pack;
    pack.name = kitNames.isEmpty() ? QStringLiteral("question-bank") : kitNames.join(QStringLiteral(", "));
    QHash<QuestionId, int> index;
    for (const Question& q : std::as_const(questions)) {
        index.insert(q.id, int(pack.questions.size()));
        Question exported = q;
        exported.id = 0;
        exported.versionId = 0;
        pack.questions.append(exported);
    }
    for (const Kit& kit : std::as_const(kits)) {
        PackKit k;
        k.uuid = kit.uuid;
        k.name = kit.name;
        k.role = kit.role;
        k.description = kit.description;
        k.targetSeconds = kit.targetSeconds;
        for (const KitItem& item : kit.items) {
            // A kit's question archived since: still in the kit, so still in the pack.
            if (!index.contains(item.question.id)) {
                index.insert(item.question.id, int(pack.questions.size()));
                pack.questions.append(item.question);
            }
            k.items.append({index.value(item.question.id), item.timeBudgetSeconds, item.weight});
        }
        pack.kits.append(k);
    }
    return pack;
}

} // namespace ia
