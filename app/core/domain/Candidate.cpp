#include "Candidate.h"

namespace ia {

QList<CandidateField> allCandidateFields()
{
    return {CandidateField::Name,
            CandidateField::Email,
            CandidateField::Phone,
            CandidateField::Role,
            CandidateField::Source,
            CandidateField::Status,
            CandidateField::CulturalFitNotes,
            CandidateField::Notes,
            CandidateField::Links,
            CandidateField::References,
            CandidateField::Tags};
}

QString toKey(CandidateField field)
{
    switch (field) {
    case CandidateField::Name:
        return QStringLiteral("name");
    case CandidateField::Email:
        return QStringLiteral("email");
    case CandidateField::Phone:
        return QStringLiteral("phone");
    case CandidateField::Role:
        return QStringLiteral("role");
    case CandidateField::Source:
        return QStringLiteral("source");
    case CandidateField::Status:
        return QStringLiteral("status");
    case CandidateField::CulturalFitNotes:
        return QStringLiteral("cultural_fit_notes");
    case CandidateField::Notes:
        return QStringLiteral("notes");
    case CandidateField::Links:
        return QStringLiteral("links");
    case CandidateField::References:
        return QStringLiteral("references");
    case CandidateField::Tags:
        return QStringLiteral("tags");
    }
    return {};
}

std::optional<CandidateField> candidateFieldFromKey(const QString& key)
{
    for (CandidateField field : allCandidateFields()) {
        if (toKey(field) == key)
            return field;
    }
    return std::nullopt;
}

QList<CandidateField> changedFields(const Candidate& a, const Candidate& b)
{
    QList<CandidateField> result;
    const auto check = [&](CandidateField field, bool same) {
        if (!same)
            result.append(field);
    };
    check(CandidateField::Name, a.name == b.name);
    check(CandidateField::Email, a.email == b.email);
    check(CandidateField::Phone, a.phone == b.phone);
    check(CandidateField::Role, a.role == b.role);
    check(CandidateField::Source, a.source == b.source);
    check(CandidateField::Status, a.status == b.status);
    check(CandidateField::CulturalFitNotes, a.culturalFitNotes == b.culturalFitNotes);
    check(CandidateField::Notes, a.notes == b.notes);
    check(CandidateField::Links, a.links == b.links);
    check(CandidateField::References, a.references == b.references);
    check(CandidateField::Tags, a.tags == b.tags);
    return result;
}

} // namespace ia
