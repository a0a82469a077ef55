#include "saving/SaveQueue.h"

#include "storage/Database.h"
#include "storage/OfflineJournal.h"
#include "storage/StorageError.h"
#include "support/TestFiles.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

// The queue's own rules, with writes that fail on command.

namespace {

SaveQueue::Write write(const QString& key, std::function<void()> apply)
{
    return SaveQueue::Write{key, QJsonObject{{QStringLiteral("key"), key}}, std::move(apply), QJsonObject()};
}

[[noreturn]] void fail(StorageError::Kind kind)
{
    throw StorageError(kind, QStringLiteral("test failure"));
}

} // namespace

TEST(SaveQueue, AWriteThatHitAFullDiskStaysAProblemWhenTheNextOneGoesThrough)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("q.sqlite")));
    SaveQueue queue(db);
    bool diskFull = true;
    int bWrites = 0;
    QSignalSpy waiting(&queue, &SaveQueue::waiting);
    QSignalSpy saved(&queue, &SaveQueue::allSaved);

    EXPECT_EQ(queue.saveNow(write(QStringLiteral("a"),
                                  [&] {
                                      if (diskFull)
                                          fail(StorageError::Kind::DiskFull);
                                  })),
              SaveQueue::Outcome::Kept);
    EXPECT_EQ(queue.saveNow(write(QStringLiteral("b"), [&] { ++bWrites; })), SaveQueue::Outcome::Saved);
    EXPECT_EQ(bWrites, 1);
    EXPECT_TRUE(queue.hasPending(QStringLiteral("a")));
    ASSERT_FALSE(waiting.isEmpty());
    EXPECT_NE(waiting.last().at(1).value<StorageError::Kind>(), StorageError::Kind::Busy)
        << "the full disk was forgotten because the next write worked";
    EXPECT_FALSE(queue.recoveryFile().isEmpty()) << "no recovery copy of the write that waits";
    EXPECT_TRUE(saved.isEmpty());

    diskFull = false;
    ASSERT_TRUE(saved.wait(10000)) << "the waiting write was never tried again";
    EXPECT_FALSE(queue.hasPending());
}

TEST(SaveQueue, AChoiceReplacingAWaitingWriteIsTheOneTriedAndAnswered)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("q.sqlite")));
    SaveQueue queue(db);
    int laterWrites = 0;
    queue.saveSoon(write(QStringLiteral("k1"), [] {}));
    queue.saveSoon(write(QStringLiteral("k2"), [&] { ++laterWrites; }));
    // A choice on k1 that can never be written: refused, whatever k2 does.
    EXPECT_EQ(queue.saveNow(write(QStringLiteral("k1"), [] { fail(StorageError::Kind::Denied); })),
              SaveQueue::Outcome::Refused);
    EXPECT_EQ(laterWrites, 1) << "written, in its turn, by the flush before the choice";
    EXPECT_FALSE(queue.hasPending());
}

TEST(SaveQueue, WhileTheServerIsAwayEditsWaitInTheJournalWithoutBeingTriedOneByOne)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("q.sqlite")));
    OfflineJournal journal(dir.path(QStringLiteral("journal.sqlite")));
    SaveQueue queue(db);
    queue.setJournal(&journal);
    bool away = true;
    int attempts = 0;
    const auto toServer = [&](const QString& key) {
        SaveQueue::Write w = write(key, [&] {
            ++attempts;
            if (away)
                fail(StorageError::Kind::Unreachable);
        });
        w.change = QJsonObject{{QStringLiteral("key"), key}};
        return w;
    };
    EXPECT_EQ(queue.saveNow(toServer(QStringLiteral("score"))), SaveQueue::Outcome::Kept);
    EXPECT_EQ(attempts, 1);
    // The next choice and the typing join the waiting write: a connection attempt each (seconds
    // on a network that drops packets) would freeze the window.
    EXPECT_EQ(queue.saveNow(toServer(QStringLiteral("verdict"))), SaveQueue::Outcome::Kept);
    queue.saveSoon(toServer(QStringLiteral("note")));
    EXPECT_EQ(attempts, 1);
    EXPECT_EQ(journal.entries(db.path()).size(), 3) << "typed while away, not yet in the journal";
    EXPECT_TRUE(queue.keptInJournal());
    EXPECT_TRUE(queue.recoveryFile().isEmpty()) << "the journal holds it all";
    // A write the journal cannot take (only this run can make it) still gets its recovery file.
    queue.saveSoon(write(QStringLiteral("rewrite"), [&] {
        if (away)
            fail(StorageError::Kind::Unreachable);
    }));
    EXPECT_FALSE(queue.keptInJournal());

    away = false;
    QSignalSpy saved(&queue, &SaveQueue::allSaved);
    ASSERT_TRUE(saved.wait(10000));
    EXPECT_TRUE(journal.entries(db.path()).isEmpty());
    EXPECT_TRUE(queue.recoveryFile().isEmpty());
}

TEST(SaveQueue, AJournaledWriteReplacedLaterKeepsItsJournalRowCurrent)
{
    TestDir dir;
    Database db(dir.path(QStringLiteral("q.sqlite")));
    OfflineJournal journal(dir.path(QStringLiteral("journal.sqlite")));
    SaveQueue queue(db);
    queue.setJournal(&journal);
    StorageError::Kind failure = StorageError::Kind::Unreachable;
    bool failing = true;
    const auto note = [&](const QString& text) {
        SaveQueue::Write w = write(QStringLiteral("note"), [&] {
            if (failing)
                fail(failure);
        });
        w.change = QJsonObject{{QStringLiteral("text"), text}};
        return w;
    };
    EXPECT_EQ(queue.saveNow(note(QStringLiteral("first"))), SaveQueue::Outcome::Kept);
    ASSERT_EQ(journal.entries(db.path()).size(), 1);
    // The server is back but busy for a moment: no longer "away", and the same note typed on.
    failure = StorageError::Kind::Busy;
    queue.flush();
    queue.saveSoon(note(QStringLiteral("second")));
    const QList<OfflineJournal::Entry> kept = journal.entries(db.path());
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().change.value(QStringLiteral("text")).toString(), QStringLiteral("second"))
        << "a later run would write the older text over the newer one";
    failing = false;
    EXPECT_TRUE(queue.flush());
    EXPECT_TRUE(journal.entries(db.path()).isEmpty());
}
