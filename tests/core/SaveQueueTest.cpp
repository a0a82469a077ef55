#include "saving/SaveQueue.h"

#include "storage/Database.h"
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
    return SaveQueue::Write{key, QJsonObject{{QStringLiteral("key"), key}}, std::move(apply)};
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
