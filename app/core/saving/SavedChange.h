#pragma once

#include "LocatedProblem.h"
#include "domain/Candidate.h"
#include "domain/Highlight.h"
#include "domain/Ids.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ia {

class Database;

// One edit of the save queue written down in values ({"kind": "interview", "op": "note", ...}), so
// that it can wait in the offline journal and be made by a later run of the app. An editor builds
// the values and the write is compiled from them: the same code makes a change the moment it is
// typed and when it is replayed from the journal, so the journal cannot describe a write the app
// would not make. Read back from a file, the values are checked first, each problem located.
class SavedChange
{
    Q_DECLARE_TR_FUNCTIONS(ia::SavedChange)

public:
    // An edit of an interview, made while holder holds its lease. values holds "op" and what the
    // op needs: "note" (entry, text), "result" (entry, status, score), "spent" (entry, seconds),
    // "clock" (total, entry, seconds), "recommendation" (value), "highlight" (highlight),
    // "highlight_removed" (highlight), "code" (entry, syntax, text), "summary" (text).
    static SavedChange interview(InterviewId interview, const QString& holder, QJsonObject values);
    static SavedChange highlight(InterviewId interview, const QString& holder, const Highlight& highlight);
    // One field of a profile, as after has it.
    static SavedChange candidate(const Candidate& after, CandidateField field);
    // A change read from the journal; nullopt with every problem, located, when it is not one
    // this app writes.
    static std::optional<SavedChange> fromJson(const QJsonObject& json, QList<LocatedProblem>* problems);

    const QJsonObject& json() const { return m_json; }
    // The interview and lease holder of an interview's change (0 and empty otherwise).
    InterviewId interviewId() const { return m_interview; }
    const QString& holder() const { return m_holder; }
    // Makes the change in one transaction; throws StorageError (Gone, LeaseLost, Unreachable, ...).
    void apply(const Database& database) const;

private:
    SavedChange() = default;
    static std::optional<SavedChange> compile(const QJsonObject& json, QList<LocatedProblem>* problems);

    QJsonObject m_json;
    InterviewId m_interview = 0;
    QString m_holder;
    std::function<void(const Database&)> m_apply;
};

} // namespace ia
