// The Wi-Fi drops mid-interview: the team server goes away while the interviewer types, and comes
// back. Nothing typed is lost. The test halts a PostgreSQL of its own (support/pg-cluster halt: as a
// crash would) since the run's server is shared by the other tests.
#include "bank/QuestionBank.h"
#include "domain/Candidate.h"
#include "interview/InterviewSession.h"
#include "saving/RecoveryFiles.h"
#include "saving/SaveQueue.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "support/FakeClock.h"
#include "support/QtMessageGuard.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

namespace {

// A cluster for this test alone, removed at the end.
class OwnServer
{
public:
    OwnServer()
        : m_dir(QStringLiteral("/tmp/ia-pg-offline-%1").arg(QCoreApplication::applicationPid()))
    {
        m_url = run(QStringLiteral("start"));
    }
    ~OwnServer() { run(QStringLiteral("stop")); }
    const QString& url() const { return m_url; }
    void halt() { run(QStringLiteral("halt")); }
    void start() { run(QStringLiteral("start")); }

private:
    QString run(const QString& command)
    {
        QProcess p;
        p.start(QStringLiteral(IA_PG_CLUSTER), {command, m_dir});
        EXPECT_TRUE(p.waitForFinished(120000));
        EXPECT_EQ(p.exitCode(), 0) << QString::fromLocal8Bit(p.readAllStandardError()).toStdString();
        return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    }

    QString m_dir;
    QString m_url;
};

} // namespace

TEST(TeamServerOffline, WhatIsTypedWhileTheServerIsAwayLandsWhenItIsBack)
{
    OwnServer server;
    ASSERT_FALSE(server.url().isEmpty());
    InterviewId id = 0;
    {
        Database setup(server.url());
        QuestionBank::installDefault(setup);
        Candidate c;
        c.name = QStringLiteral("Maya");
        const CandidateId maya = CandidateRepository(setup).create(c).id;
        const InterviewerId me = InterviewerRepository(setup).findOrCreate(QStringLiteral("Omar")).id;
        id = InterviewRepository(setup)
                 .create(maya, me, *KitRepository(setup).byName(QuestionBank::defaultKitName()))
                 .id;
        setup.releaseThreadConnection();
    }

    Database db(server.url());
    FakeClock clock;
    SaveQueue queue(db);
    InterviewSession session(db, id, clock, InterviewSession::Opening{&queue, QStringLiteral("Omar"), true});
    session.setNote(0, QStringLiteral("before the drop"));
    ASSERT_TRUE(queue.flush());

    // Qt's driver says so as it lets go of statements on a connection that is gone.
    const ExpectQtWarning lost(QStringLiteral("Unable to free statement"));
    server.halt();
    // Typing on, a score, a verdict: the app keeps it all and says the server is away.
    QSignalSpy waiting(&queue, &SaveQueue::waiting);
    session.setNote(0, QStringLiteral("before the drop, and during it"));
    ASSERT_TRUE(session.setResult(1, EntryStatus::Scored, 3));
    session.setNote(1, QStringLiteral("typed with the server gone"));
    ASSERT_TRUE(session.setRecommendation(Recommendation::Yes));
    EXPECT_FALSE(queue.flush());
    ASSERT_FALSE(waiting.isEmpty());
    EXPECT_TRUE(waiting.last().value(0).toString().contains(QStringLiteral("cannot be reached")))
        << waiting.last().value(0).toString().toStdString();
    // A copy beside the settings (a server has no folder of ours), with what was typed.
    ASSERT_FALSE(queue.recoveryFile().isEmpty()) << queue.recoveryError().toStdString();
    EXPECT_TRUE(RecoveryFiles::existing(db.path()).contains(queue.recoveryFile()));
    {
        QFile copy(queue.recoveryFile());
        ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
        EXPECT_TRUE(copy.readAll().contains("typed with the server gone"));
        EXPECT_EQ(copy.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    // The server returns: the queue's own retries write everything, in order, with no one asking.
    server.start();
    QSignalSpy saved(&queue, &SaveQueue::allSaved);
    ASSERT_TRUE(saved.wait(30000)) << "nothing was written after the server came back";
    EXPECT_TRUE(queue.recoveryFile().isEmpty());

    Database check(server.url());
    const std::optional<Scorecard> stored = InterviewRepository(check).scorecard(id);
    ASSERT_TRUE(stored.has_value());
    const Scorecard card = *stored;
    EXPECT_EQ(card.entries.at(0).note, QStringLiteral("before the drop, and during it"));
    EXPECT_EQ(card.entries.at(1).note, QStringLiteral("typed with the server gone"));
    EXPECT_EQ(card.entries.at(1).score, 3);
    EXPECT_EQ(card.interview.recommendation, Recommendation::Yes);
    check.releaseThreadConnection();
    db.releaseThreadConnection();
}
