#include "Visibility.h"

#include "storage/Query.h"

namespace ia::Visibility {

QString candidateBlinded(const QString& candidateId)
{
    return QStringLiteral(
               "(:manager = 0 AND EXISTS (SELECT 1 FROM interview mine WHERE mine.candidate_id = %1 "
               "AND mine.interviewer_id = :viewer AND mine.state <> 'submitted'))")
        .arg(candidateId);
}

QString interviewVisible(const QString& interview)
{
    return QStringLiteral("(%1.interviewer_id = :viewer OR NOT %2)")
        .arg(interview, candidateBlinded(interview + QStringLiteral(".candidate_id")));
}

QString evidenceVisible(const QString& interview)
{
    return QStringLiteral("((%1.state = 'submitted' OR %1.interviewer_id = :viewer) AND %2)")
        .arg(interview, interviewVisible(interview));
}

void bind(Query& query, const Viewer& viewer)
{
    query.bind(QStringLiteral(":viewer"), viewer.interviewer);
    query.bind(QStringLiteral(":manager"), viewer.manager ? 1 : 0);
}

} // namespace ia::Visibility
