#include "CandidateEdits.h"

#include "saving/SaveQueue.h"
#include "storage/CandidateRepository.h"

#include <QJsonArray>

namespace ia {

namespace {

QJsonValue valueOf(const Candidate& c, CandidateField field)
{
    switch (field) {
    case CandidateField::Name:
        return c.name;
    case CandidateField::Email:
        return c.email;
    case CandidateField::Phone:
        return c.phone;
    case CandidateField::Role:
        return c.role;
    case CandidateField::Source:
        return c.source;
    case CandidateField::Status:
        return toKey(c.status);
    case CandidateField::CulturalFitNotes:
        return c.culturalFitNotes;
    case CandidateField::Notes:
        return c.notes;
    case CandidateField::Links: {
        QJsonArray links;
        for (const CandidateLink& l : c.links)
            links.append(QJsonObject{{QStringLiteral("kind"), l.kind}, {QStringLiteral("url"), l.url}});
        return links;
    }
    case CandidateField::References: {
        QJsonArray refs;
        for (const CandidateReference& r : c.references) {
            refs.append(QJsonObject{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("relation"), r.relation},
                                    {QStringLiteral("contact"), r.contact},
                                    {QStringLiteral("notes"), r.notes}});
        }
        return refs;
    }
    case CandidateField::Tags:
        return QJsonArray::fromStringList(c.tags);
    }
    return {};
}

} // namespace

QString CandidateEdits::keyPrefix(CandidateId candidate)
{
    return QStringLiteral("candidate/%1/").arg(candidate);
}

void CandidateEdits::post(SaveQueue& queue, const Database& database, const Candidate& before,
                          const Candidate& after)
{
    for (CandidateField field : changedFields(before, after)) {
        const QJsonObject content{{QStringLiteral("candidate"), after.id},
                                  {QStringLiteral("candidate_name"), after.name},
                                  {QStringLiteral("field"), toKey(field)},
                                  {QStringLiteral("value"), valueOf(after, field)}};
        queue.saveSoon(
            SaveQueue::Write{keyPrefix(after.id) + toKey(field), content, [&database, after, field] {
                                 CandidateRepository(database).update(after, {field});
                             }});
    }
}

} // namespace ia
