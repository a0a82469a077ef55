#pragma once

#include "domain/CandidateStatus.h"
#include "domain/Ids.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ia {

struct CandidateLink
{
    qint64 id = 0;
    QString kind; // one of kinds()
    QString url;
    QString uuid; // kept by the storage for a link whose address stays the same

    static QStringList kinds()
    {
        return {QStringLiteral("cv"), QStringLiteral("portfolio"), QStringLiteral("github"),
                QStringLiteral("other")};
    }

    // The same link to the user: the storage's id and UUID do not count.
    friend bool operator==(const CandidateLink& a, const CandidateLink& b)
    {
        return a.kind == b.kind && a.url == b.url;
    }
};

struct CandidateReference
{
    qint64 id = 0;
    QString name;
    QString relation;
    QString contact;
    QString notes;
    QString uuid; // kept by the storage for a reference whose name and contact stay the same

    // The same reference to the user: the storage's id and UUID do not count.
    friend bool operator==(const CandidateReference& a, const CandidateReference& b)
    {
        return a.name == b.name && a.relation == b.relation && a.contact == b.contact && a.notes == b.notes;
    }
};

struct Candidate
{
    CandidateId id = 0;
    QString uuid;
    QString name;
    QString email;
    QString phone;
    QString role; // the role applied for; panels and comparisons group by it
    QString source;
    CandidateStatus status = CandidateStatus::New;
    QList<CandidateLink> links;
    QList<CandidateReference> references;
    QStringList tags;
    QString culturalFitNotes;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The parts of a profile an editor can change, for writing only what changed: two editors of the
// same candidate (the candidates page, the interview screen) then never write each other's stale
// copy of a field the other one changed.
enum class CandidateField
{
    Name,
    Email,
    Phone,
    Role,
    Source,
    Status,
    CulturalFitNotes,
    Notes,
    Links,
    References,
    Tags,
};

QList<CandidateField> allCandidateFields();
QList<CandidateField> changedFields(const Candidate& before, const Candidate& after);
QString toKey(CandidateField field); // "email", "links", ...
std::optional<CandidateField> candidateFieldFromKey(const QString& key);

} // namespace ia
