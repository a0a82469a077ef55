#pragma once

#include "domain/CandidateStatus.h"
#include "domain/Ids.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ia {

struct CandidateLink
{
    qint64 id = 0;
    QString kind; // one of kinds()
    QString url;

    static QStringList kinds()
    {
        return {QStringLiteral("cv"), QStringLiteral("portfolio"), QStringLiteral("github"),
                QStringLiteral("other")};
    }

    friend bool operator==(const CandidateLink&, const CandidateLink&) = default;
};

struct CandidateReference
{
    qint64 id = 0;
    QString name;
    QString relation;
    QString contact;
    QString notes;

    friend bool operator==(const CandidateReference&, const CandidateReference&) = default;
};

struct Candidate
{
    CandidateId id = 0;
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

} // namespace ia
