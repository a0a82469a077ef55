// The team server: addresses, connecting, the schema on PostgreSQL. The suites named TeamServer*
// run only against the run's server (ctest starts it; see tests/CMakeLists.txt); ServerAddress
// needs none.
#include "domain/Candidate.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/ServerAddress.h"
#include "storage/StorageError.h"
#include "support/TestStore.h"

#include <QSemaphore>
#include <QThread>
#include <gtest/gtest.h>

#include <memory>

using namespace ia;
using namespace ia::test;

namespace {

StorageError openingError(const QString& location, Database::Options options = {})
{
    try {
        Database db(location, options);
    } catch (const StorageError& e) {
        return e;
    }
    ADD_FAILURE() << "opening " << location.toStdString() << " did not fail";
    return StorageError(StorageError::Kind::Failed, {});
}

Candidate someone(const QString& name)
{
    Candidate c;
    c.name = name;
    c.email = QStringLiteral("%1@example.com").arg(name.toLower());
    c.role = QStringLiteral("Backend developer");
    c.tags = {QStringLiteral("remote")};
    return c;
}

} // namespace

TEST(ServerAddress, ReadsLibpqUrlsAndNeverShowsThePassword)
{
    const ServerAddress remote =
        ServerAddress::parse(QStringLiteral("postgresql://alice:s3cret@db.example.com:6543/interviews"));
    EXPECT_EQ(remote.host(), QStringLiteral("db.example.com"));
    EXPECT_EQ(remote.port(), 6543);
    EXPECT_EQ(remote.database(), QStringLiteral("interviews"));
    EXPECT_EQ(remote.user(), QStringLiteral("alice"));
    EXPECT_EQ(remote.password(), QStringLiteral("s3cret"));
    // On the network the certificate must match the server's name, unless the URL says otherwise.
    EXPECT_EQ(remote.sslMode(), QStringLiteral("verify-full"));
    EXPECT_FALSE(remote.display().contains(QStringLiteral("s3cret"))) << remote.display().toStdString();
    EXPECT_EQ(remote.display(), QStringLiteral("postgresql://alice@db.example.com:6543/interviews"));

    const ServerAddress socket =
        ServerAddress::parse(QStringLiteral("postgresql://bob@/team?host=/run/postgresql"));
    EXPECT_EQ(socket.host(), QStringLiteral("/run/postgresql"));
    EXPECT_EQ(socket.database(), QStringLiteral("team"));
    EXPECT_EQ(socket.sslMode(), QStringLiteral("prefer"));
    // What is shown can be typed in again.
    const ServerAddress again = ServerAddress::parse(socket.display());
    EXPECT_EQ(again.host(), socket.host());
    EXPECT_EQ(again.database(), socket.database());
    EXPECT_EQ(again.user(), socket.user());

    EXPECT_EQ(ServerAddress::parse(QStringLiteral("postgres://carol@localhost/db?sslmode=require")).sslMode(),
              QStringLiteral("require"));
    EXPECT_TRUE(ServerAddress::isServerUrl(QStringLiteral("postgresql://x/y")));
    EXPECT_FALSE(ServerAddress::isServerUrl(QStringLiteral("/home/me/interviews.sqlite")));
}

TEST(ServerAddress, SaysWhatIsWrongWithAnAddress)
{
    const auto why = [](const QString& url) {
        try {
            ServerAddress::parse(url);
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::InvalidData);
            return e.message();
        }
        ADD_FAILURE() << url.toStdString() << " was accepted";
        return QString();
    };
    EXPECT_TRUE(why(QStringLiteral("postgresql://db.example.com/")).contains(QStringLiteral("no database")));
    EXPECT_TRUE(why(QStringLiteral("postgresql://db.example.com/x?sslmode=maybe"))
                    .contains(QStringLiteral("sslmode")));
    EXPECT_TRUE(why(QStringLiteral("postgresql://db.example.com/x?options=-c%20role%3Dadmin"))
                    .contains(QStringLiteral("\"options\" is not supported")));
    const QString withPassword = why(QStringLiteral("postgresql://alice:s3cret@db.example.com/x?port=abc"));
    EXPECT_TRUE(withPassword.contains(QStringLiteral("port")));
    EXPECT_FALSE(withPassword.contains(QStringLiteral("s3cret"))) << withPassword.toStdString();
}

TEST(TeamServer, CreatesTheSchemaKeepsDataAndNumbersRowsItself)
{
    TestStore store;
    CandidateId id = 0;
    {
        Database db(store.location());
        EXPECT_TRUE(db.isServer());
        EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
        EXPECT_TRUE(db.engineVersion().startsWith(QStringLiteral("PostgreSQL 17")))
            << db.engineVersion().toStdString();
        EXPECT_TRUE(db.backupFiles().isEmpty());
        id = CandidateRepository(db).create(someone(QStringLiteral("Zoë Quist"))).id;
        EXPECT_GT(id, 0);
    }
    Database db(store.location(), Database::Options{{}, 5000, /*mayCreate=*/false});
    const std::optional<Candidate> found = CandidateRepository(db).get(id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->name, QStringLiteral("Zoë Quist"));
    EXPECT_EQ(found->tags, QStringList{QStringLiteral("remote")});
    // Ids are the server's: a client cannot choose one.
    const auto chooseId = [&] {
        Query::run(db.connection(),
                   QStringLiteral("INSERT INTO interviewer (id, uuid, name, created_at) VALUES "
                                  "(999, '00000000-0000-0000-0000-000000000999', 'X', 0)"));
    };
    EXPECT_THROW(chooseId(), StorageError);
}

TEST(TeamServer, SaysWhyItCannotConnect)
{
    QString name;
    TestStore::createServerDatabase(&name);
    TestStore::runAsOwner(QStringLiteral("postgres"),
                          QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                                         "'dora') THEN CREATE ROLE dora LOGIN PASSWORD 'right-one'; END IF; "
                                         "END $$"));

    const StorageError wrongPassword =
        openingError(TestStore::urlFor(name, QStringLiteral("dora"), QStringLiteral("wrong-one")));
    EXPECT_EQ(wrongPassword.kind(), StorageError::Kind::Refused);
    EXPECT_TRUE(wrongPassword.message().contains(QStringLiteral("did not accept the password for dora")))
        << wrongPassword.message().toStdString();
    EXPECT_FALSE(wrongPassword.message().contains(QStringLiteral("wrong-one")));

    const StorageError noDatabase = openingError(TestStore::urlFor(QStringLiteral("no_such_db")));
    EXPECT_EQ(noDatabase.kind(), StorageError::Kind::Refused);
    EXPECT_TRUE(noDatabase.message().contains(QStringLiteral("There is no database \"no_such_db\"")))
        << noDatabase.message().toStdString();

    const StorageError noUser =
        openingError(TestStore::urlFor(name, QStringLiteral("nobody_here"), QStringLiteral("x")));
    EXPECT_EQ(noUser.kind(), StorageError::Kind::Refused) << noUser.message().toStdString();

    const StorageError unreachable =
        openingError(QStringLiteral("postgresql://ia_owner@/%1?host=/nonexistent-socket-dir").arg(name));
    EXPECT_EQ(unreachable.kind(), StorageError::Kind::Unreachable);
    EXPECT_TRUE(unreachable.message().contains(QStringLiteral("cannot be reached")))
        << unreachable.message().toStdString();

    // Nothing set up yet, and not asked to: the owner is told how.
    Database::Options existingOnly;
    existingOnly.mayCreate = false;
    const StorageError empty = openingError(TestStore::urlFor(name), existingOnly);
    EXPECT_EQ(empty.kind(), StorageError::Kind::NotADatabase);
    EXPECT_TRUE(empty.message().contains(QStringLiteral("interview-cli server setup")))
        << empty.message().toStdString();

    // Another program's tables: left alone.
    TestStore::runAsOwner(name, QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
    const StorageError foreign = openingError(TestStore::urlFor(name));
    EXPECT_EQ(foreign.kind(), StorageError::Kind::NotADatabase);
    EXPECT_TRUE(foreign.message().contains(QStringLiteral("another program")))
        << foreign.message().toStdString();
    TestStore::dropServerDatabase(name);
}

TEST(TeamServer, ANewerOrOlderSchemaIsLeftAsItIsWithWhatToDo)
{
    TestStore store;
    // The schema as it was at version 6, then this app.
    {
        Database::Options older;
        older.migrations = Schema::migrations().mid(0, 6);
        Database db(store.location(), older);
        EXPECT_EQ(db.schemaVersion(), 6);
    }
    const StorageError outdated = openingError(store.location());
    EXPECT_EQ(outdated.kind(), StorageError::Kind::UpgradeNeeded);
    EXPECT_TRUE(outdated.message().contains(QStringLiteral("pg_dump --format=custom")))
        << outdated.message().toStdString();
    EXPECT_TRUE(outdated.message().contains(QStringLiteral("interview-cli server upgrade")));
    {
        Database::Options upgrade;
        upgrade.mayUpgradeServer = true;
        Database db(store.location(), upgrade);
        EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
        EXPECT_TRUE(db.backupFiles().isEmpty());
        Query q(db.connection(), QStringLiteral("SELECT count(*) FROM scorecard_total"));
        EXPECT_EQ(q.scalar().toInt(), 0);
    }
    {
        Database db(store.location());
        Query q(db.connection(),
                QStringLiteral("UPDATE app_meta SET value = '99' WHERE key = 'schema_version'"));
        q.exec();
    }
    const StorageError newer = openingError(store.location());
    EXPECT_EQ(newer.kind(), StorageError::Kind::NewerSchema);
    EXPECT_TRUE(newer.message().contains(QStringLiteral("schema version 99")))
        << newer.message().toStdString();
}

TEST(TeamServer, TwoProgramsStartingAtOnceSetTheSchemaUpOnce)
{
    TestStore store;
    QSemaphore ready;
    QSemaphore go;
    QString errors[2];
    int versions[2] = {0, 0};
    std::unique_ptr<QThread> threads[2];
    for (int i = 0; i < 2; ++i) {
        threads[i].reset(QThread::create([&, i] {
            ready.release();
            go.acquire();
            try {
                Database db(store.location());
                versions[i] = db.schemaVersion();
                db.releaseThreadConnection();
            } catch (const StorageError& e) {
                errors[i] = e.fullText();
            }
        }));
        threads[i]->start();
    }
    ready.acquire(2);
    go.release(2);
    for (auto& t : threads)
        ASSERT_TRUE(t->wait(60000));
    for (int i = 0; i < 2; ++i) {
        EXPECT_TRUE(errors[i].isEmpty()) << errors[i].toStdString();
        EXPECT_EQ(versions[i], Schema::latestVersion());
    }
}
