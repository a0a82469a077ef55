#pragma once

#include "domain/Ids.h"
#include "domain/Viewer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ia {

class Database;

// A place where the words were found.
struct SearchHit
{
    QString kind; // one of kinds()
    qint64 refId = 0;
    CandidateId candidate = 0;
    QString candidateName;
    std::optional<InterviewId> interview;
    QString interviewerName;
    QString questionTitle; // for notes, highlights and code answers
    QString snippet;       // the matched words between \x01 and \x02
    double score = 0;      // lower is a better match

    static QStringList kinds();  // note, highlight, summary, code, candidate_notes, cultural_fit
    QString kindName() const;    // translated, e.g. "Evidence note"
    QString snippetHtml() const; // escaped, with the matched words in bold
};

// Full-text search over every note, highlight, summary, code answer and candidate note, best match
// first. Blind scoring applies: what the viewer may not see yet is not found either.
class SearchRepository
{
    Q_DECLARE_TR_FUNCTIONS(ia::SearchRepository)

public:
    explicit SearchRepository(const Database& database);

    QList<SearchHit> search(const QString& text, const Viewer& viewer, int limit = 100) const;

private:
    const Database& m_database;
};

} // namespace ia
