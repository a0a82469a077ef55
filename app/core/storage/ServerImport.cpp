#include "ServerImport.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/ServerAccess.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QSet>
#include <QVariant>

namespace ia {

namespace {

// Rows per INSERT: one round trip for many, under PostgreSQL's 65,535 parameters for the widest
// table.
constexpr int batchRows = 400;

// Which tables hold the team's records, parents before the tables that point at them (from the
// server's own foreign keys), so each row goes in after what it refers to.
QStringList copyOrder(const QSqlDatabase& server)
{
    QStringList tables = ServerAccess::teamTables();
    // A lease is a window's, gone with it; it does not move.
    tables.removeAll(QStringLiteral("interview_lease"));
    QHash<QString, QSet<QString>> parents;
    Query keys(server, QStringLiteral("SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM "
                                      "pg_constraint c WHERE c.contype = 'f' AND c.connamespace = "
                                      "current_schema()::regnamespace"));
    keys.exec();
    while (keys.next()) {
        if (keys.text(0) != keys.text(1))
            parents[keys.text(0)].insert(keys.text(1));
    }
    QStringList ordered;
    while (!tables.isEmpty()) {
        const qsizetype before = tables.size();
        for (qsizetype i = 0; i < tables.size();) {
            const QString& table = tables.at(i);
            bool ready = true;
            for (const QString& parent : parents.value(table)) {
                if (tables.contains(parent))
                    ready = false;
            }
            if (ready) {
                ordered << table;
                tables.removeAt(i);
            } else {
                ++i;
            }
        }
        if (tables.size() == before) {
            throw StorageError(StorageError::Kind::Failed,
                               ServerImport::tr("The server's tables refer to each other in a circle (%1); "
                                                "this version cannot move a database onto it.")
                                   .arg(tables.join(QStringLiteral(", "))));
        }
    }
    return ordered;
}

QStringList columnsOnServer(const QSqlDatabase& server, const QString& table)
{
    Query q(server, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                   "current_schema() AND table_name = :table AND is_generated = 'NEVER' "
                                   "ORDER BY ordinal_position"));
    q.bind(QStringLiteral(":table"), table).exec();
    QStringList columns;
    while (q.next())
        columns << q.text(0);
    return columns;
}

QStringList columnsInFile(const QSqlDatabase& file, const QString& table)
{
    // Table names come from the app's own list, never from the file.
    Query q(file, QStringLiteral("SELECT name FROM pragma_table_info(:table)"));
    q.bind(QStringLiteral(":table"), table).exec();
    QStringList columns;
    while (q.next())
        columns << q.text(0);
    return columns;
}

bool hasIdentity(const QSqlDatabase& server, const QString& table)
{
    Query q(server, QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                   "current_schema() AND table_name = :table AND column_name = 'id' AND "
                                   "is_identity = 'YES'"));
    q.bind(QStringLiteral(":table"), table);
    return q.scalar().toInt() > 0;
}

qint64 count(const QSqlDatabase& db, const QString& table)
{
    Query q(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.scalar().toLongLong();
}

} // namespace

qint64 ServerImport::Report::rowsOf(const QString& table) const
{
    for (const Table& t : tables) {
        if (t.name == table)
            return t.rows;
    }
    return 0;
}

ServerImport::Report ServerImport::run(const Database& file, const Database& server,
                                       const std::function<bool(qint64, qint64)>& progress)
{
    if (file.isServer() || !server.isServer()) {
        throw StorageError(StorageError::Kind::InvalidData,
                           tr("Moving a database onto a team server takes a database file and a server."));
    }
    if (server.serverViewer()) {
        throw StorageError(StorageError::Kind::Denied,
                           tr("Only the database's owner moves a database onto the team server; run this "
                              "with the owner's login."));
    }
    if (file.schemaVersion() != server.schemaVersion()) {
        throw StorageError(StorageError::Kind::InvalidData,
                           tr("%1 has schema version %2 and the team server %3; bring the older one up to "
                              "this version of Interview Assistant first.")
                               .arg(file.path())
                               .arg(file.schemaVersion())
                               .arg(server.schemaVersion()));
    }
    Report report;
    const QSqlDatabase source = file.connection();
    WriteTransaction tx(server);
    const QSqlDatabase target = tx.connection();
    for (const char* table : {"candidate", "interview", "interviewer"}) {
        if (count(target, QLatin1String(table)) > 0) {
            throw StorageError(
                StorageError::Kind::InvalidData,
                tr("The team server %1 already holds candidates, interviews or interviewers, so a whole "
                   "database cannot move onto it without mixing two teams' records. Move it onto a server "
                   "just set up (before adding logins), or share scorecards through bundles (File → "
                   "Export panel bundle, then import it).")
                    .arg(server.path()));
        }
    }
    const QStringList order = copyOrder(target);

    // The server's question bank (the default one from the setup) gives way to the file's, which
    // its interviews point at.
    report.replacedBank = count(target, QStringLiteral("question"));
    for (qsizetype i = order.size() - 1; i >= 0; --i)
        Query::run(target, QStringLiteral("DELETE FROM %1").arg(order.at(i)));

    qint64 total = 0;
    for (const QString& table : order)
        total += count(source, table);
    qint64 done = 0;
    const QString keepIds = server.dialect().keepGivenId();
    QList<qint64> submitted;
    for (const QString& table : order) {
        const QStringList serverColumns = columnsOnServer(target, table);
        QStringList columns;
        for (const QString& column : columnsInFile(source, table)) {
            if (serverColumns.contains(column))
                columns << column;
        }
        const QString insertHead = QStringLiteral("INSERT INTO %1 (%2)%3 VALUES ")
                                       .arg(table, columns.join(QStringLiteral(", ")),
                                            hasIdentity(target, table) ? keepIds : QString());
        Query rows(source, QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                               .arg(columns.join(QStringLiteral(", ")), table));
        rows.exec();
        qint64 copied = 0;
        QList<QVariantList> batch;
        const auto flush = [&] {
            if (batch.isEmpty())
                return;
            QStringList tuples;
            for (qsizetype r = 0; r < batch.size(); ++r) {
                QStringList placeholders;
                for (qsizetype c = 0; c < columns.size(); ++c)
                    placeholders << QStringLiteral(":v%1_%2").arg(r).arg(c);
                tuples << QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')');
            }
            Query insert(target, insertHead + tuples.join(QStringLiteral(", ")));
            for (qsizetype r = 0; r < batch.size(); ++r) {
                for (qsizetype c = 0; c < columns.size(); ++c)
                    insert.bind(QStringLiteral(":v%1_%2").arg(r).arg(c), batch.at(r).at(c));
            }
            insert.exec();
            done += batch.size();
            batch.clear();
            if (progress && !progress(done, total)) {
                throw StorageError(StorageError::Kind::Failed,
                                   tr("Stopped; nothing was moved onto the team server."));
            }
        };
        // The caches follow an interview's state (its entries change only while it is a draft):
        // a submitted one goes in as a draft and is submitted once its entries are there.
        const qsizetype stateColumn =
            table == QLatin1String("interview") ? columns.indexOf(QStringLiteral("state")) : -1;
        const qsizetype idColumn = columns.indexOf(QStringLiteral("id"));
        while (rows.next()) {
            QVariantList values;
            values.reserve(columns.size());
            for (qsizetype c = 0; c < columns.size(); ++c)
                values << rows.value(int(c));
            if (stateColumn >= 0 && values.at(stateColumn).toString() == QLatin1String("submitted")) {
                submitted << values.at(idColumn).toLongLong();
                values[stateColumn] = QStringLiteral("in_progress");
            }
            batch.append(values);
            ++copied;
            if (batch.size() == batchRows)
                flush();
        }
        flush();
        report.tables.append(Table{table, copied});
        // New rows on the server continue after the ones that came with the file.
        if (hasIdentity(target, table)) {
            Query::run(target,
                       QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce((SELECT "
                                      "max(id) FROM %1), 0) + 1, false)")
                           .arg(table));
        }
    }
    // What the candidates filter and the name index match is written by the app, not by a
    // trigger (it is folded in C++): it comes from the file as it is.
    {
        Query texts(source,
                    QStringLiteral("SELECT candidate_id, filter_text, folded_name FROM candidate_score"));
        texts.exec();
        QList<QVariantList> batch;
        const auto write = [&] {
            if (batch.isEmpty())
                return;
            QStringList tuples;
            for (qsizetype r = 0; r < batch.size(); ++r)
                tuples << QStringLiteral("(CAST(:c%1 AS bigint), CAST(:f%1 AS text), CAST(:n%1 AS text))")
                              .arg(r);
            Query update(target,
                         QStringLiteral("UPDATE candidate_score SET filter_text = v.f, folded_name = v.n "
                                        "FROM (VALUES %1) AS v(c, f, n) WHERE candidate_id = v.c")
                             .arg(tuples.join(QStringLiteral(", "))));
            for (qsizetype r = 0; r < batch.size(); ++r) {
                update.bind(QStringLiteral(":c%1").arg(r), batch.at(r).at(0));
                update.bind(QStringLiteral(":f%1").arg(r), batch.at(r).at(1));
                update.bind(QStringLiteral(":n%1").arg(r), batch.at(r).at(2));
            }
            update.exec();
            batch.clear();
        };
        while (texts.next()) {
            batch.append({texts.value(0), texts.value(1), texts.value(2)});
            if (batch.size() == batchRows)
                write();
        }
        write();
    }
    for (qsizetype from = 0; from < submitted.size(); from += batchRows) {
        const QList<qint64> ids = submitted.mid(from, batchRows);
        QStringList placeholders;
        for (qsizetype i = 0; i < ids.size(); ++i)
            placeholders << QStringLiteral(":i%1").arg(i);
        Query submit(target, QStringLiteral("UPDATE interview SET state = 'submitted' WHERE id IN (%1)")
                                 .arg(placeholders.join(QStringLiteral(", "))));
        for (qsizetype i = 0; i < ids.size(); ++i)
            submit.bind(QStringLiteral(":i%1").arg(i), ids.at(i));
        submit.exec();
    }
    tx.commit();
    return report;
}

} // namespace ia
