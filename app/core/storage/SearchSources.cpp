#include "SearchSources.h"

#include "storage/Query.h"
#include "storage/SqlDialect.h"

namespace ia {

void fillSearchIndex(const SqlDialect& dialect, const QSqlDatabase& db, const QString& keyColumn)
{
    for (const SearchSource& s : searchSources) {
        const QString table = QLatin1String(s.table);
        const QString column = QLatin1String(s.column);
        const QString key = QStringLiteral("%2.id * 8 + %1").arg(s.code);
        const QString insert =
            QStringLiteral("INSERT INTO search_index (%6, body, kind, ref_id, candidate_id, interview_id) "
                           "SELECT %1, NEW.%2, '%3', NEW.id, %4, %5 WHERE NEW.%2 <> ''")
                .arg(key.arg(QStringLiteral("NEW")), column, QLatin1String(s.kind),
                     QLatin1String(s.candidate), QLatin1String(s.interview), keyColumn);
        const QString remove = QStringLiteral("DELETE FROM search_index WHERE %1 = %2")
                                   .arg(keyColumn, key.arg(QStringLiteral("OLD")));
        const QString base = QStringLiteral("search_%1").arg(QLatin1String(s.kind));
        dialect.createTrigger(db, base + QStringLiteral("_insert"),
                              QStringLiteral("AFTER INSERT ON ") + table, {insert});
        dialect.createTrigger(db, base + QStringLiteral("_update"),
                              QStringLiteral("AFTER UPDATE OF %1 ON %2").arg(column, table),
                              {remove, insert});
        dialect.createTrigger(db, base + QStringLiteral("_delete"),
                              QStringLiteral("AFTER DELETE ON ") + table, {remove});
        // What the database held before the index existed.
        Query::run(db, QStringLiteral(
                           "INSERT INTO search_index (%7, body, kind, ref_id, candidate_id, interview_id) "
                           "SELECT %1, NEW.%2, '%3', NEW.id, %4, %5 FROM %6 AS NEW WHERE NEW.%2 <> ''")
                           .arg(key.arg(QStringLiteral("NEW")), column, QLatin1String(s.kind),
                                QLatin1String(s.candidate), QLatin1String(s.interview), table, keyColumn));
    }
}

} // namespace ia
