#include "bank/QuestionBank.h"
#include "interview/InterviewSession.h"
#include "saving/CandidateEdits.h"
#include "saving/RecoveryFiles.h"
#include "saving/SaveQueue.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "support/CliRunner.h"
#include "support/FakeClock.h"
#include "support/PrivateMount.h"
#include "support/SecondProgram.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

using namespace ia;
using namespace ia::test;

// What the interview screen's edits go through when the machine or other programs misbehave: a
// lock held by another program, a WAL deleted under the app, a second window on the same interview,
// a full disk, an erased candidate. Each test has a real second program or a real file system.

namespace {

Database::Options appOptions()
{
    Database::Options o;
    o.busyTimeoutMs = 100; // as the app
    return o;
}

struct Panel
{
    TestDir dir;
    QString path;
    InterviewId interview = 0;
    CandidateId candidate = 0;

    explicit Panel(const QString& folder = {})
        : path(QDir(folder.isEmpty() ? dir.path(QString()) : folder).filePath(QStringLiteral("panel.sqlite")))
    {
        Database db(path);
        QuestionBank::installDefault(db);
        Candidate c;
        c.name = QStringLiteral("Safety Candidate");
        c.email = QStringLiteral("first@example.com");
        candidate = CandidateRepository(db).create(c).id;
        const InterviewerId interviewer = InterviewerRepository(db).findOrCreate(QStringLiteral("Iris")).id;
        interview =
            InterviewRepository(db)
                .create(candidate, interviewer, *KitRepository(db).byName(QuestionBank::defaultKitName()))
                .id;
    }

    // What another program finds in the file for the question at position.
    QString storedScore(int position) const
    {
        return SecondProgram::query(path,
                                    QStringLiteral("SELECT coalesce(score, 'none') FROM scorecard_entry "
                                                   "WHERE interview_id = %1 AND position = %2")
                                        .arg(interview)
                                        .arg(position));
    }
    QString storedNote(int position) const
    {
        return SecondProgram::query(path,
                                    QStringLiteral("SELECT note FROM scorecard_entry WHERE interview_id = "
                                                   "%1 AND position = %2")
                                        .arg(interview)
                                        .arg(position));
    }
};

} // namespace

TEST(SessionSafety, AScoreWhileAnotherProgramHoldsTheLockIsKeptAndSavedWhenItLetsGo)
{
    Panel s;
    Database db(s.path, appOptions());
    FakeClock clock;
    SaveQueue queue(db);
    InterviewSession session(db, s.interview, clock,
                             InterviewSession::Opening{&queue, QStringLiteral("Iris")});
    QSignalSpy waiting(&queue, &SaveQueue::waiting);
    QSignalSpy saved(&queue, &SaveQueue::allSaved);

    SecondProgramLock lock(s.path);
    ASSERT_TRUE(lock.isHolding());
    // Three choices while the lock is held: all shown at once, none lost.
    EXPECT_TRUE(session.setResult(0, EntryStatus::Scored, 3));
    EXPECT_TRUE(session.setResult(1, EntryStatus::Scored, 2));
    EXPECT_TRUE(session.setResult(0, EntryStatus::Scored, 4)) << "a changed mind replaces the waiting write";
    EXPECT_EQ(session.entry(0).score, 4);
    EXPECT_TRUE(session.hasPendingWrites());
    ASSERT_FALSE(waiting.isEmpty());
    EXPECT_EQ(waiting.last().at(1).value<StorageError::Kind>(), StorageError::Kind::Busy);
    EXPECT_TRUE(waiting.last().at(0).toString().contains(QStringLiteral("Another program")));
    EXPECT_TRUE(queue.recoveryFile().isEmpty()) << "a lock is brief; no recovery file for it";
    EXPECT_EQ(s.storedScore(0), QStringLiteral("none"));

    lock.release();
    saved.clear();
    ASSERT_TRUE(saved.wait(10000)) << "the kept writes were never retried";
    EXPECT_FALSE(session.hasPendingWrites());
    EXPECT_EQ(s.storedScore(0), QStringLiteral("4"));
    EXPECT_EQ(s.storedScore(1), QStringLiteral("2"));
}

TEST(SessionSafety, ACommitIntoAWalAnotherProgramDeletedIsDetectedAndWrittenAgain)
{
    Panel s;
    Database db(s.path, appOptions());
    FakeClock clock;
    SaveQueue queue(db);
    InterviewSession session(db, s.interview, clock,
                             InterviewSession::Opening{&queue, QStringLiteral("Iris")});
    QSignalSpy recovered(&session, &InterviewSession::recovered);
    ASSERT_TRUE(session.setResult(0, EntryStatus::Scored, 2));
    session.setNote(0, QStringLiteral("Explained generators with a lazy pipeline"));
    ASSERT_TRUE(session.flush());

    // A path nobody thought of opens and closes the database file inside this process: on Linux
    // that drops every lock SQLite holds on it.
    ::close(::open(QFile::encodeName(s.path).constData(), O_RDONLY | O_CLOEXEC));
    // Another program then opens the database and, when it closes, believes it was the last one:
    // it checkpoints and deletes the WAL the app is still writing to.
    const CliRun reader = cli({QStringLiteral("search"), QStringLiteral("--db"), s.path, QStringLiteral("x"),
                               QStringLiteral("--as"), QStringLiteral("Iris")});
    ASSERT_EQ(reader.exitCode, 0) << reader.err.toStdString();
    ASSERT_FALSE(QFile::exists(s.path + QStringLiteral("-wal"))) << "the scenario needs the WAL gone";

    // The next score: it reaches the file, not the deleted WAL, and the session says what happened.
    EXPECT_TRUE(session.setResult(1, EntryStatus::Scored, 3));
    session.flush();
    if (recovered.isEmpty()) {
        ASSERT_TRUE(recovered.wait(5000)) << "the app did not notice its writes were going nowhere";
    }
    session.flush();
    EXPECT_EQ(s.storedScore(1), QStringLiteral("3")) << "the score was lost in the deleted WAL";
    EXPECT_EQ(s.storedScore(0), QStringLiteral("2"));
    EXPECT_EQ(s.storedNote(0), QStringLiteral("Explained generators with a lazy pipeline"));
    EXPECT_TRUE(recovered.last().at(0).toString().contains(QStringLiteral("nothing was lost")));
    EXPECT_EQ(db.reattachments(), 1);
    // And it goes on working normally.
    EXPECT_TRUE(session.setResult(2, EntryStatus::Scored, 4));
    EXPECT_EQ(s.storedScore(2), QStringLiteral("4"));
}

TEST(SessionSafety, ASecondWindowReadsUntilItTakesOverAndTheFirstKeepsWhatItTyped)
{
    Panel s;
    FakeClock clock;
    Database firstDb(s.path, appOptions());
    SaveQueue firstQueue(firstDb);
    InterviewSession first(firstDb, s.interview, clock,
                           InterviewSession::Opening{&firstQueue, QStringLiteral("Ann Example")});
    ASSERT_EQ(first.access(), InterviewSession::Access::Editable);
    ASSERT_TRUE(first.setResult(0, EntryStatus::Scored, 2));

    Database secondDb(s.path, appOptions());
    SaveQueue secondQueue(secondDb);
    InterviewSession second(secondDb, s.interview, clock,
                            InterviewSession::Opening{&secondQueue, QStringLiteral("Bob Example")});
    EXPECT_EQ(second.access(), InterviewSession::Access::OpenElsewhere);
    EXPECT_TRUE(second.otherHolder().holderName.startsWith(QStringLiteral("Ann Example on ")));
    EXPECT_TRUE(second.otherHolder().acquiredAt.isValid());
    EXPECT_FALSE(second.setResult(0, EntryStatus::Scored, 4)) << "a reading window must not write";
    EXPECT_EQ(s.storedScore(0), QStringLiteral("2"));

    ASSERT_TRUE(second.takeOver());
    EXPECT_EQ(second.access(), InterviewSession::Access::Editable);
    EXPECT_EQ(second.entry(0).score, 2) << "it shows what the first window wrote";
    ASSERT_TRUE(second.setResult(0, EntryStatus::Scored, 4));

    // The first window types on, unaware; its next write finds the lease gone.
    QSignalSpy accessChanged(&first, &InterviewSession::accessChanged);
    first.setNote(0, QStringLiteral("Typed after the take-over"));
    first.flush();
    if (accessChanged.isEmpty()) {
        ASSERT_TRUE(accessChanged.wait(5000));
    }
    EXPECT_EQ(first.access(), InterviewSession::Access::TakenOver);
    EXPECT_TRUE(first.otherHolder().holderName.startsWith(QStringLiteral("Bob Example on ")));
    EXPECT_FALSE(first.setResult(0, EntryStatus::Scored, 1)) << "Ctrl+Z or a key in the old window";
    EXPECT_EQ(s.storedScore(0), QStringLiteral("4"));
    EXPECT_EQ(s.storedNote(0), QString()) << "the old window's text must not overwrite the new one's";
    // Nothing typed is lost: it is kept, and in a recovery file.
    EXPECT_TRUE(first.hasPendingWrites());
    ASSERT_FALSE(firstQueue.recoveryFile().isEmpty());
    EXPECT_TRUE(readAll(firstQueue.recoveryFile()).contains("Typed after the take-over"));
    EXPECT_EQ(permissionBits(firstQueue.recoveryFile()), 0600);

    // Taking it back writes what was kept.
    ASSERT_TRUE(first.takeOver());
    first.flush();
    EXPECT_EQ(s.storedNote(0), QStringLiteral("Typed after the take-over"));
    EXPECT_EQ(s.storedScore(0), QStringLiteral("4")) << "and keeps what the other window scored";
    EXPECT_TRUE(firstQueue.recoveryFile().isEmpty()) << "nothing waits any more";
    // The second window learns at its heartbeat, without writing anything.
    second.checkLease();
    EXPECT_EQ(second.access(), InterviewSession::Access::TakenOver);
}

TEST(SessionSafety, ALeaseLeftByACrashedWindowExpiresAndIsTakenQuietly)
{
    Panel s;
    FakeClock clock;
    // A window that died without releasing its lease, a minute ago.
    tamper(s.path,
           QStringLiteral("INSERT INTO interview_lease (interview_id, holder, holder_name, acquired_at, "
                          "heartbeat_at, expires_at) VALUES (%1, 'dead', 'Ann on old-laptop', "
                          "unixepoch() - 60, unixepoch() - 60, unixepoch() - 30)")
               .arg(s.interview));
    Database db(s.path, appOptions());
    SaveQueue queue(db);
    InterviewSession session(db, s.interview, clock,
                             InterviewSession::Opening{&queue, QStringLiteral("Bob")});
    EXPECT_EQ(session.access(), InterviewSession::Access::Editable);
}

TEST(SessionSafety, ProfileEditsFromTwoPlacesNeverOverwriteEachOther)
{
    Panel s;
    Database db(s.path, appOptions());
    FakeClock clock;
    SaveQueue queue(db);
    InterviewSession session(db, s.interview, clock,
                             InterviewSession::Opening{&queue, QStringLiteral("Iris")});
    // The candidates page changes the e-mail while the interview is open (its own copy of the profile).
    Candidate onPage = *CandidateRepository(db).get(s.candidate);
    Candidate edited = onPage;
    edited.email = QStringLiteral("second@example.com");
    CandidateEdits::post(queue, db, onPage, edited);
    ASSERT_TRUE(queue.flush());
    // The interview screen, holding the profile as it was when the interview opened, edits notes.
    Candidate inInterview = session.candidate();
    ASSERT_EQ(inInterview.email, QStringLiteral("first@example.com")) << "the session's copy is stale";
    inInterview.notes = QStringLiteral("Prefers remote work");
    session.setCandidate(inInterview);
    ASSERT_TRUE(session.flush());
    const Candidate stored = *CandidateRepository(db).get(s.candidate);
    EXPECT_EQ(stored.email, QStringLiteral("second@example.com"))
        << "the stale copy overwrote the page's edit";
    EXPECT_EQ(stored.notes, QStringLiteral("Prefers remote work"));
    session.reloadCandidate();
    EXPECT_EQ(session.candidate().email, QStringLiteral("second@example.com"));
}

TEST(SessionSafety, ErasingTheCandidateOfAnOpenInterviewEndsItWithAMessage)
{
    Panel s;
    Database db(s.path, appOptions());
    FakeClock clock;
    SaveQueue queue(db);
    InterviewSession session(db, s.interview, clock,
                             InterviewSession::Opening{&queue, QStringLiteral("Iris")});
    QSignalSpy gone(&session, &InterviewSession::gone);
    QSignalSpy errors(&session, &InterviewSession::errorOccurred);
    CandidateRepository(db).erase(s.candidate); // as another program or the candidates page would
    session.setNote(0, QStringLiteral("Written to nobody"));
    session.flush();
    if (gone.isEmpty()) {
        ASSERT_TRUE(gone.wait(5000));
    }
    EXPECT_TRUE(gone.first().at(0).toString().contains(QStringLiteral("erased")));
    EXPECT_FALSE(session.hasPendingWrites()) << "nothing keeps retrying for an erased interview";
    errors.clear();
    session.flush();
    EXPECT_TRUE(errors.isEmpty());
}

TEST(SessionSafety, TextTypedOnAFullDiskIsKeptInARecoveryFileAndSavedOnceThereIsRoom)
{
    if (!PrivateTmpfs::available())
        GTEST_SKIP() << "a full disk of the test's own needs root for a private mount";
    TestDir dir;
    const QString folder = dir.path(QStringLiteral("small"));
    PrivateTmpfs disk(folder, 4096);
    Panel s(folder);
    Database db(s.path, appOptions());
    FakeClock clock;
    SaveQueue queue(db);
    InterviewSession session(db, s.interview, clock,
                             InterviewSession::Opening{&queue, QStringLiteral("Iris")});
    QSignalSpy saved(&queue, &SaveQueue::allSaved);
    const QString ballast = disk.fill();

    const QString note = QString(60'000, QLatin1Char('w')) + QStringLiteral(" the end of a long note");
    session.setNote(0, note);
    EXPECT_FALSE(session.flush());
    EXPECT_TRUE(session.hasPendingWrites());
    // The database's own folder is full too: the copy goes to the app's data folder.
    ASSERT_FALSE(queue.recoveryFile().isEmpty()) << queue.recoveryError().toStdString();
    EXPECT_TRUE(readAll(queue.recoveryFile()).contains("the end of a long note"));
    EXPECT_EQ(permissionBits(queue.recoveryFile()), 0600);
    const QString recovery = queue.recoveryFile();

    QFile::remove(ballast);
    saved.clear();
    ASSERT_TRUE(saved.wait(15000)) << "the kept note was not written once there was room";
    EXPECT_EQ(s.storedNote(0), note);
    EXPECT_FALSE(QFile::exists(recovery)) << "a recovery copy of saved text is personal data left behind";
}

TEST(SessionSafety, AReopenNoticedByTheHeartbeatAlsoWritesTheInterviewAgain)
{
    Panel s;
    Database db(s.path, appOptions());
    FakeClock clock;
    SaveQueue queue(db);
    InterviewSession session(db, s.interview, clock,
                             InterviewSession::Opening{&queue, QStringLiteral("Iris")});
    QSignalSpy recovered(&session, &InterviewSession::recovered);
    ASSERT_TRUE(session.setResult(0, EntryStatus::Scored, 2));
    ::close(::open(QFile::encodeName(s.path).constData(), O_RDONLY | O_CLOEXEC));
    ASSERT_EQ(cli({QStringLiteral("search"), QStringLiteral("--db"), s.path, QStringLiteral("x"),
                   QStringLiteral("--as"), QStringLiteral("Iris")})
                  .exitCode,
              0);
    ASSERT_FALSE(QFile::exists(s.path + QStringLiteral("-wal")));
    // Nobody types: the lease's heartbeat is the first write and finds the files gone.
    session.checkLease();
    ASSERT_TRUE(recovered.wait(5000)) << "a reopen the queue did not cause went unnoticed";
    session.flush();
    EXPECT_EQ(session.access(), InterviewSession::Access::Editable)
        << "the lease lost with the WAL is taken again";
    EXPECT_EQ(s.storedScore(0), QStringLiteral("2"));
}

TEST(SessionSafety, ClosingAnInterviewWhileAnotherProgramHoldsTheLockKeepsItsWrites)
{
    Panel s;
    Database db(s.path, appOptions());
    FakeClock clock;
    SaveQueue queue(db);
    QSignalSpy saved(&queue, &SaveQueue::allSaved);
    {
        auto session = std::make_unique<InterviewSession>(
            db, s.interview, clock, InterviewSession::Opening{&queue, QStringLiteral("Iris")});
        SecondProgramLock lock(s.path);
        ASSERT_TRUE(lock.isHolding());
        EXPECT_TRUE(session->setResult(0, EntryStatus::Scored, 3));
        session.reset(); // closed while the score waits
        EXPECT_TRUE(queue.hasPending()) << "closing the interview threw its waiting score away";
        saved.clear();
    }
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_EQ(s.storedScore(0), QStringLiteral("3"));
}

TEST(SessionSafety, SomeoneElsesScorecardOpensForReadingWithoutTakingIt)
{
    Panel s;
    FakeClock clock;
    Database db(s.path, appOptions());
    SaveQueue queue(db);
    {
        InterviewSession own(db, s.interview, clock,
                             InterviewSession::Opening{&queue, QStringLiteral("Iris")});
        ASSERT_TRUE(own.setResult(0, EntryStatus::Scored, 2));
    }
    InterviewSession other(db, s.interview, clock,
                           InterviewSession::Opening{&queue, QStringLiteral("A Manager"), false});
    EXPECT_EQ(other.access(), InterviewSession::Access::NotYours);
    EXPECT_FALSE(other.setResult(0, EntryStatus::Scored, 4));
    EXPECT_EQ(s.storedScore(0), QStringLiteral("2"));
    EXPECT_EQ(SecondProgram::query(s.path, QStringLiteral("SELECT count(*) FROM interview_lease")),
              QStringLiteral("0"))
        << "reading someone's scorecard must not lock them out of it";
}
