#include "ExportFile.h"
#include "bank/QuestionBank.h"
#include "demo/DemoData.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewerRepository.h"
#include "storage/Schema.h"
#include "storage/StorageError.h"
#include "support/CliRunner.h"
#include "support/PrivateMount.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

#include <csignal>
#include <cstring>
#include <optional>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ia;
using namespace ia::test;

namespace {

Candidate someone(const QString& name)
{
    Candidate c;
    c.name = name;
    c.role = QStringLiteral("Backend Python developer");
    return c;
}

} // namespace

TEST(FileSafety, ReadingCommandsNeverCreateADatabase)
{
    TestDir dir;
    const QString missing = dir.path(QStringLiteral("typo.sqlite"));
    const QString empty = dir.path(QStringLiteral("empty.sqlite"));
    writeAll(empty, {});
    const QList<QStringList> commands{
        {QStringLiteral("compare"), QStringLiteral("--role"), QStringLiteral("R"), QStringLiteral("--as"),
         QStringLiteral("X")},
        {QStringLiteral("calibration"), QStringLiteral("--as"), QStringLiteral("X")},
        {QStringLiteral("search"), QStringLiteral("anything"), QStringLiteral("--as"), QStringLiteral("X")},
        {QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--out-dir"),
         dir.path(QStringLiteral("out")), QStringLiteral("--as"), QStringLiteral("X")},
        {QStringLiteral("erase"), QStringLiteral("--candidate"), QStringLiteral("1"),
         QStringLiteral("--yes")},
    };
    for (const QStringList& command : commands) {
        SCOPED_TRACE(command.first().toStdString());
        const CliRun onMissing = cli(command + QStringList{QStringLiteral("--db"), missing});
        EXPECT_EQ(onMissing.exitCode, 1);
        EXPECT_TRUE(onMissing.err.contains(QStringLiteral("There is no database")))
            << onMissing.err.toStdString();
        EXPECT_FALSE(QFile::exists(missing)) << "a reading command created the database";

        const CliRun onEmpty = cli(command + QStringList{QStringLiteral("--db"), empty});
        EXPECT_EQ(onEmpty.exitCode, 1);
        EXPECT_TRUE(onEmpty.err.contains(QStringLiteral("empty file"))) << onEmpty.err.toStdString();
        EXPECT_EQ(QFileInfo(empty).size(), 0) << "a reading command turned the empty file into a database";
        EXPECT_EQ(QDir(dir.path(QString())).entryList(QDir::Files),
                  QStringList{QStringLiteral("empty.sqlite")})
            << "side files appeared";
    }
    // The commands that make databases still do.
    EXPECT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), empty}).exitCode, 0);
    EXPECT_GT(QFileInfo(empty).size(), 0);
}

TEST(FileSafety, RefusedFilesLeaveTheFolderExactlyAsItWas)
{
    TestDir dir;
    const QString text = dir.path(QStringLiteral("notes.sqlite"));
    writeAll(text, "shopping list: milk, eggs\n");
    const QString other = dir.path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QString newer = dir.path(QStringLiteral("newer.sqlite"));
    {
        Database db(newer);
    }
    tamper(newer, QStringLiteral("UPDATE app_meta SET value = '99.0' WHERE key = 'min_app_version'"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(newer);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QString damaged = dir.path(QStringLiteral("damaged.sqlite"));
    {
        Database db(damaged);
        DemoData::create(db);
    }
    QByteArray bytes = readAll(damaged);
    for (qsizetype i = 4096 * 3; i < 4096 * 5 && i < bytes.size(); ++i)
        bytes[i] = char(0xA5);
    writeAll(damaged, bytes);

    const QMap<QString, QByteArray> before = folderSnapshot(dir.path(QString()));
    ASSERT_EQ(before.size(), 4) << "no side files to begin with";
    for (const QString& path : {text, other, newer, damaged}) {
        SCOPED_TRACE(path.toStdString());
        EXPECT_THROW(Database{path}, StorageError);
        const CliRun run = cli({QStringLiteral("search"), QStringLiteral("--db"), path, QStringLiteral("x"),
                                QStringLiteral("--as"), QStringLiteral("X")});
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_FALSE(run.crashed);
        const QMap<QString, QByteArray> after = folderSnapshot(dir.path(QString()));
        EXPECT_EQ(after.keys().join(QLatin1Char(' ')).toStdString(),
                  before.keys().join(QLatin1Char(' ')).toStdString())
            << "files appeared or went";
        EXPECT_TRUE(after == before) << "a file's bytes changed";
    }
}

TEST(FileSafety, AnUpgradeKilledWhileBackingUpLeavesNoBrokenBackupUnderTheBackupName)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("old.sqlite"));
    {
        Database::Options v1;
        v1.migrations = {Schema::migrations().first()};
        Database old(path, v1);
    }
    tamper(path, QStringLiteral("INSERT INTO candidate (name, notes, created_at, updated_at) WITH RECURSIVE "
                                "n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) SELECT "
                                "'Candidate ' || i, printf('%.2000c', 'n'), 1700000000, 1700000000 FROM n"));
    const QByteArray before = sha256(path);

    // The moment the upgrade creates its backup file, the process is killed, as a power cut or a
    // kill -9 would. inotify says when; no sleeping.
    const int watch = ::inotify_init1(IN_CLOEXEC);
    ASSERT_GE(watch, 0);
    ASSERT_GE(::inotify_add_watch(watch, QFile::encodeName(dir.path(QString())).constData(), IN_CREATE), 0);
    QProcess upgrade;
    upgrade.setProcessEnvironment([] {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }());
    upgrade.start(cliPath(), {QStringLiteral("init"), QStringLiteral("--db"), path});
    ASSERT_TRUE(upgrade.waitForStarted());
    bool killed = false;
    char buffer[4096];
    while (!killed) {
        const ssize_t n = ::read(watch, buffer, sizeof buffer);
        ASSERT_GT(n, 0);
        for (char* p = buffer; p < buffer + n;) {
            const auto* event = reinterpret_cast<const inotify_event*>(p);
            if (event->len > 0 && QByteArray(event->name).contains(".backup-v")) {
                ::kill(pid_t(upgrade.processId()), SIGKILL);
                killed = true;
            }
            p += sizeof(inotify_event) + event->len;
        }
    }
    ::close(watch);
    upgrade.waitForFinished();

    for (const QString& name : QDir(dir.path(QString())).entryList(QDir::Files)) {
        if (name.contains(QStringLiteral(".backup-v"))) {
            EXPECT_TRUE(name.contains(QStringLiteral(".partial")))
                << name.toStdString() << " looks like a finished backup but the upgrade was killed";
        }
    }
    EXPECT_EQ(sha256(path), before) << "the database changed before its backup was complete";
    // Opened again, the upgrade happens and leaves a complete backup.
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), Schema::latestVersion());
    ASSERT_FALSE(db.backupPath().isEmpty());
    EXPECT_TRUE(QDir(dir.path(QString())).entryList({QStringLiteral("*.partial*")}, QDir::Files).isEmpty())
        << "the interrupted copy, which holds personal data too, is cleaned up";
    Database backup(db.backupPath(), Database::Options{{Schema::migrations().first()}, 5000, false});
    EXPECT_EQ(CandidateRepository(backup).count(), 300);
}

TEST(FileSafety, ExportsGoOnlyToRegularFilesAndArePrivate)
{
    TestDir dir;
    const QString fifo = dir.path(QStringLiteral("pipe.pdf"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString socketPath = dir.path(QStringLiteral("socket.pdf"));
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, QFile::encodeName(socketPath).constData(), sizeof address.sun_path - 1);
    ASSERT_EQ(::bind(sock, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
    const QString folder = dir.path(QStringLiteral("folder.pdf"));
    QDir().mkpath(folder);
    QStringList targets{fifo, socketPath, folder};
    if (::geteuid() == 0) {
        // What happened to /dev/full: a device node replaced by a PDF.
        const QString device = dir.path(QStringLiteral("full.pdf"));
        ASSERT_EQ(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 7)), 0);
        targets << device;
    }
    for (const QString& target : std::as_const(targets)) {
        SCOPED_TRACE(target.toStdString());
        struct stat before
        {};
        ASSERT_EQ(::lstat(QFile::encodeName(target).constData(), &before), 0);
        const QString error = ExportFile::write(target, "%PDF-1.4 not really\n");
        EXPECT_TRUE(error.contains(QStringLiteral("not a file"))) << error.toStdString();
        struct stat after
        {};
        ASSERT_EQ(::lstat(QFile::encodeName(target).constData(), &after), 0);
        EXPECT_EQ(before.st_mode, after.st_mode) << "the target was replaced";
        EXPECT_EQ(before.st_ino, after.st_ino) << "the target was replaced";
    }
    ::close(sock);

    // The same through the command line, onto the FIFO.
    const QString db = dir.path(QStringLiteral("demo.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const CliRun toFifo =
        cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--candidate"),
             QStringLiteral("1"), QStringLiteral("--out"), fifo, QStringLiteral("--manager")},
            "demo-manager\n");
    EXPECT_EQ(toFifo.exitCode, 1);
    EXPECT_TRUE(toFifo.err.contains(QStringLiteral("a pipe"))) << toFifo.err.toStdString();
    struct stat st
    {};
    ASSERT_EQ(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));

    // Onto the database itself: refused, the database intact.
    {
        Database open(db);
        const QByteArray before = sha256(db);
        const QString error = ExportFile::write(db, "%PDF-1.4\n");
        EXPECT_TRUE(error.contains(QStringLiteral("database"))) << error.toStdString();
        EXPECT_EQ(sha256(db), before);
        EXPECT_FALSE(ExportFile::write(db + QStringLiteral("-wal"), "x").isEmpty());
    }

    // A PDF and a CSV are private even when the umask would let others read them.
    const mode_t oldMask = ::umask(022);
    const QString pdf = dir.path(QStringLiteral("packet.pdf"));
    const CliRun exported =
        cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--candidate"),
             QStringLiteral("1"), QStringLiteral("--out"), pdf, QStringLiteral("--manager")},
            "demo-manager\n");
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(permissionBits(pdf), 0600);
    const QString csv = dir.path(QStringLiteral("grid.csv"));
    EXPECT_TRUE(ExportFile::write(csv, "a,b\n").isEmpty());
    EXPECT_EQ(permissionBits(csv), 0600);
    // Replacing an existing, readable file leaves it private too.
    writeAll(csv, "old");
    ASSERT_TRUE(QFile::setPermissions(csv, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadGroup | QFileDevice::ReadOther));
    EXPECT_TRUE(ExportFile::write(csv, "a,b\n").isEmpty());
    EXPECT_EQ(permissionBits(csv), 0600);
    ::umask(oldMask);
}

TEST(FileSafety, ADatabaseThatCannotBeWrittenOpensReadOnlyAndSaysWhy)
{
    TestDir dir;
    const QString folder = dir.path(QStringLiteral("ro"));
    // As root, permissions do not stop a write: a read-only mount does. Otherwise a folder the user
    // may not write to.
    const bool mount = PrivateTmpfs::available();
    std::optional<PrivateTmpfs> disk;
    if (mount)
        disk.emplace(folder, 4096);
    else
        QDir().mkpath(folder);
    const QString expectedReason = mount ? QStringLiteral("read-only") : QStringLiteral("may not write");
    const QString path = QDir(folder).filePath(QStringLiteral("panel.sqlite"));
    CandidateId id = 0;
    {
        Database db(path);
        id = CandidateRepository(db).create(someone(QStringLiteral("Read Only"))).id;
        InterviewerRepository(db).findOrCreate(QStringLiteral("Reader"));
        db.purgeDeletedData(); // checkpointed: the WAL is empty, as after a clean close
    }
    if (mount)
        ASSERT_TRUE(disk->remountReadOnly());
    else
        ASSERT_TRUE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QMap<QString, QByteArray> before = folderSnapshot(folder);

    {
        Database db(path);
        EXPECT_TRUE(db.isReadOnly());
        EXPECT_TRUE(db.readOnlyReason().contains(expectedReason)) << db.readOnlyReason().toStdString();
        ASSERT_TRUE(CandidateRepository(db).get(id));
        EXPECT_EQ(CandidateRepository(db).get(id)->name, QStringLiteral("Read Only"));
        try {
            CandidateRepository(db).create(someone(QStringLiteral("Never Written")));
            ADD_FAILURE() << "a write to a read-only database was accepted";
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::ReadOnly);
            EXPECT_TRUE(e.message().contains(QStringLiteral("reading only"))) << e.message().toStdString();
        }
    }
    const CliRun search = cli({QStringLiteral("search"), QStringLiteral("--db"), path,
                               QStringLiteral("anything"), QStringLiteral("--as"), QStringLiteral("Reader")});
    EXPECT_EQ(search.exitCode, 0) << "reading works on a read-only disk: " << search.err.toStdString();
    EXPECT_TRUE(folderSnapshot(folder) == before) << "the read-only folder changed";
    if (!mount)
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST(FileSafety, AFullDiskIsCalledAFullDisk)
{
    if (!PrivateTmpfs::available())
        GTEST_SKIP() << "a full disk of the test's own needs root for a private mount";
    TestDir dir;
    const QString folder = dir.path(QStringLiteral("small"));
    PrivateTmpfs disk(folder, 2048);
    ASSERT_TRUE(disk.isMounted());
    const QString path = QDir(folder).filePath(QStringLiteral("panel.sqlite"));
    {
        Database db(path);
        QuestionBank::installDefault(db);
        const QString ballast = disk.fill();
        // A write that needs new pages cannot get them.
        Candidate big = someone(QStringLiteral("Big Notes"));
        big.notes = QString(200'000, QLatin1Char('n'));
        try {
            CandidateRepository(db).create(big);
            ADD_FAILURE() << "the write fit on a full disk";
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::DiskFull) << e.fullText().toStdString();
            EXPECT_TRUE(e.message().contains(QStringLiteral("full"))) << e.message().toStdString();
        }
        // Room again: the same write goes through on the same connection.
        QFile::remove(ballast);
        EXPECT_NO_THROW(CandidateRepository(db).create(big));
    }
    // Opening a new database on a full disk: not "damaged or not a database".
    const QString ballast = disk.fill();
    try {
        Database fresh(QDir(folder).filePath(QStringLiteral("new.sqlite")));
        ADD_FAILURE() << "a database was created on a full disk";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::DiskFull) << e.fullText().toStdString();
        EXPECT_FALSE(e.message().contains(QStringLiteral("damaged"))) << e.message().toStdString();
    }
    EXPECT_FALSE(QFile::exists(QDir(folder).filePath(QStringLiteral("new.sqlite"))));
    QFile::remove(ballast);
}
