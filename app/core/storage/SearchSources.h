#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ia {

class SqlDialect;

// What full-text search covers, for both engines' indexes (SqliteDialect, PostgresDialect): one
// index row per piece of text, its key derived from the source row (id * 8 + code), so the
// triggers that keep it find it again without scanning.
struct SearchSource
{
    const char* kind;
    int code;
    const char* table;
    const char* column;
    const char* candidate; // SQL for the candidate id, from NEW
    const char* interview; // SQL for the interview id, from NEW
};

inline constexpr SearchSource searchSources[] = {
    {"note", 1, "scorecard_entry", "note", "(SELECT candidate_id FROM interview WHERE id = NEW.interview_id)",
     "NEW.interview_id"},
    {"highlight", 2, "highlight", "text", "(SELECT candidate_id FROM interview WHERE id = NEW.interview_id)",
     "NEW.interview_id"},
    {"summary", 3, "interview", "summary", "NEW.candidate_id", "NEW.id"},
    {"code", 4, "code_answer", "code", "(SELECT candidate_id FROM interview WHERE id = NEW.interview_id)",
     "NEW.interview_id"},
    {"candidate_notes", 5, "candidate", "notes", "NEW.id", "NULL"},
    {"cultural_fit", 6, "candidate", "cultural_fit_notes", "NEW.id", "NULL"},
};

// For both engines' createSearchIndex, once the index table exists: the triggers that keep it in
// step with every source, and the rows for what the database held already. `keyColumn` names the
// index's key column (SQLite's FTS5 rowid, PostgreSQL's doc).
void fillSearchIndex(const SqlDialect& dialect, const QSqlDatabase& db, const QString& keyColumn);

} // namespace ia
