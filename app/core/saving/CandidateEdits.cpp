#include "CandidateEdits.h"

#include "saving/SaveQueue.h"
#include "saving/SavedChange.h"

#include <QJsonArray>

namespace ia {

QString CandidateEdits::keyPrefix(CandidateId candidate)
{
    return QStringLiteral("candidate/%1/").arg(candidate);
}

void CandidateEdits::post(SaveQueue& queue, const Database& database, const Candidate& before,
                          const Candidate& after)
{
    for (CandidateField field : changedFields(before, after)) {
        const SavedChange change = SavedChange::candidate(after, field);
        const QJsonObject content{{QStringLiteral("candidate"), after.id},
                                  {QStringLiteral("candidate_name"), after.name},
                                  {QStringLiteral("field"), toKey(field)},
                                  {QStringLiteral("value"), change.json().value(QStringLiteral("value"))}};
        queue.saveSoon(SaveQueue::Write{keyPrefix(after.id) + toKey(field), content,
                                        [&database, change] { change.apply(database); }, change.json()});
    }
}

} // namespace ia
