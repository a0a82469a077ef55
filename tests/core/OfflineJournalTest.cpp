// The offline journal: where edits wait while the team server cannot be reached, and how a later
// run makes them. The journal and the replay are the same for both engines; these tests use a
// database file, the team-server tests (ServerOfflineTest) a real server that goes away.
#include "storage/OfflineJournal.h"

#include "bank/QuestionBank.h"
#include "domain/Candidate.h"
#include "saving/OfflineReplay.h"
#include "saving/RecoveryFiles.h"
#include "saving/SavedChange.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/LeaseRepository.h"
#include "storage/StorageError.h"
#include "support/TestFiles.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace ia;
using namespace ia::test;

namespace {

struct JournalPanel
{
    explicit JournalPanel(const QString& path)
        : db(path)
    {
        QuestionBank::installDefault(db);
        Candidate c;
        c.name = QStringLiteral("Noor Haddad");
        candidate = CandidateRepository(db).create(c).id;
        const InterviewerId me = InterviewerRepository(db).findOrCreate(QStringLiteral("Omar")).id;
        interview = InterviewRepository(db)
                        .create(candidate, me, *KitRepository(db).byName(QuestionBank::defaultKitName()))
                        .id;
        entry = InterviewRepository(db).scorecard(interview)->entries.at(0).id;
        // Held by the run that left the journal, as when it was killed.
        EXPECT_TRUE(LeaseRepository(db).acquire(interview, holder, QStringLiteral("Omar on laptop")).ours);
    }

    QJsonObject note(const QString& holder, const QString& text) const
    {
        return SavedChange::interview(interview, holder,
                                      QJsonObject{{QStringLiteral("op"), QStringLiteral("note")},
                                                  {QStringLiteral("entry"), entry},
                                                  {QStringLiteral("text"), text}})
            .json();
    }

    const QString holder = QStringLiteral("earlier-run");
    Database db;
    CandidateId candidate = 0;
    InterviewId interview = 0;
    ScorecardEntryId entry = 0;
};

QJsonObject described(const QString& text)
{
    return QJsonObject{{QStringLiteral("field"), QStringLiteral("note")}, {QStringLiteral("text"), text}};
}

} // namespace

TEST(OfflineJournal, KeepsEachKeyOnceInTheOrderOfItsFirstChangeWithTheNewestValue)
{
    TestDir dir;
    OfflineJournal journal(dir.path(QStringLiteral("journal.sqlite")));
    const QString server = QStringLiteral("postgresql://omar@db.example/interview");
    journal.put(server, QStringLiteral("interview/1/note/1"), QJsonObject{{QStringLiteral("v"), 1}},
                described("a"));
    journal.put(server, QStringLiteral("interview/1/result/2"), QJsonObject{{QStringLiteral("v"), 2}},
                described("b"));
    journal.put(server, QStringLiteral("interview/1/note/1"), QJsonObject{{QStringLiteral("v"), 3}},
                described("c"));
    journal.put(QStringLiteral("postgresql://omar@other/interview"), QStringLiteral("interview/1/note/1"),
                QJsonObject{{QStringLiteral("v"), 4}}, described("d"));
    const QList<OfflineJournal::Entry> entries = journal.entries(server);
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).key, QStringLiteral("interview/1/note/1"));
    EXPECT_EQ(entries.at(0).change.value(QStringLiteral("v")).toInt(), 3);
    EXPECT_EQ(entries.at(0).content.value(QStringLiteral("text")).toString(), QStringLiteral("c"));
    EXPECT_EQ(entries.at(1).key, QStringLiteral("interview/1/result/2"));
    journal.remove(server, QStringLiteral("interview/1/note/1"));
    EXPECT_EQ(journal.entries(server).size(), 1);
    // Only its owner reads the text, as with the database.
    EXPECT_EQ(permissionBits(journal.path()), 0600);
}

TEST(OfflineJournal, ALaterRunTakesWhatAnEndedRunLeftNeverWhatALiveOneStillRetries)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("journal.sqlite"));
    const QString server = QStringLiteral("postgresql://omar@db.example/interview");
    auto earlier = std::make_unique<OfflineJournal>(path);
    earlier->put(server, QStringLiteral("k"), QJsonObject{{QStringLiteral("v"), 1}}, described("kept"));
    {
        OfflineJournal meanwhile(path);
        EXPECT_TRUE(meanwhile.leftovers(server).isEmpty()) << "a running window's edits were taken from it";
    }
    earlier.reset();
    OfflineJournal later(path);
    const QList<OfflineJournal::Entry> left = later.leftovers(server);
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.at(0).content.value(QStringLiteral("text")).toString(), QStringLiteral("kept"));
    // Claimed: a third run started now does not make them a second time.
    {
        OfflineJournal third(path);
        EXPECT_TRUE(third.leftovers(server).isEmpty());
    }
    later.removeLeftover(left.at(0).seq);
    EXPECT_TRUE(later.leftovers(server).isEmpty());
}

TEST(OfflineJournal, ANewerJournalIsRefusedNotRewritten)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("journal.sqlite"));
    {
        OfflineJournal journal(path);
    }
    {
        // As a newer app would leave it.
        QSqlDatabase newer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        newer.setDatabaseName(path);
        ASSERT_TRUE(newer.open());
        ASSERT_TRUE(QSqlQuery(newer).exec(QStringLiteral("PRAGMA user_version = 99")));
        newer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    try {
        OfflineJournal journal(path);
        FAIL() << "a journal of a newer app was opened";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::NewerSchema);
        EXPECT_TRUE(e.message().contains(path));
    }
}

TEST(OfflineJournal, EveryEditReadsBackAsTheSameChange)
{
    const QString holder = QStringLiteral("2b1f0a4e-7f65-4b3a-9a57-1f0a4e7f654b");
    const QList<QJsonObject> edits{
        {{QStringLiteral("op"), QStringLiteral("note")},
         {QStringLiteral("entry"), 5},
         {QStringLiteral("text"), QStringLiteral("ünïcode ✓")}},
        {{QStringLiteral("op"), QStringLiteral("result")},
         {QStringLiteral("entry"), 5},
         {QStringLiteral("status"), QStringLiteral("scored")},
         {QStringLiteral("score"), 4}},
        {{QStringLiteral("op"), QStringLiteral("result")},
         {QStringLiteral("entry"), 5},
         {QStringLiteral("status"), QStringLiteral("skipped")},
         {QStringLiteral("score"), QJsonValue()}},
        {{QStringLiteral("op"), QStringLiteral("spent")},
         {QStringLiteral("entry"), 5},
         {QStringLiteral("seconds"), 75}},
        {{QStringLiteral("op"), QStringLiteral("clock")},
         {QStringLiteral("total"), 600},
         {QStringLiteral("entry"), 5},
         {QStringLiteral("seconds"), 75}},
        {{QStringLiteral("op"), QStringLiteral("recommendation")},
         {QStringLiteral("value"), QStringLiteral("strong_yes")}},
        {{QStringLiteral("op"), QStringLiteral("recommendation")}, {QStringLiteral("value"), QJsonValue()}},
        {{QStringLiteral("op"), QStringLiteral("summary")},
         {QStringLiteral("text"), QStringLiteral("Solid.")}},
        {{QStringLiteral("op"), QStringLiteral("code")},
         {QStringLiteral("entry"), 5},
         {QStringLiteral("syntax"), QStringLiteral("Python")},
         {QStringLiteral("text"), QStringLiteral("print(1)")}},
        {{QStringLiteral("op"), QStringLiteral("highlight_removed")}, {QStringLiteral("highlight"), 9}},
    };
    for (const QJsonObject& values : edits) {
        const SavedChange made = SavedChange::interview(7, holder, values);
        QList<LocatedProblem> problems;
        // Through text, as the journal stores it.
        const QJsonObject stored = QJsonDocument::fromJson(QJsonDocument(made.json()).toJson()).object();
        const std::optional<SavedChange> read = SavedChange::fromJson(stored, &problems);
        ASSERT_TRUE(read.has_value())
            << values.value(QStringLiteral("op")).toString().toStdString() << ": "
            << (problems.isEmpty()
                    ? std::string()
                    : problems.first().where.toStdString() + " " + problems.first().message.toStdString());
        EXPECT_EQ(read->json(), made.json());
        EXPECT_EQ(read->interviewId(), 7);
        EXPECT_EQ(read->holder(), holder);
    }
    Highlight h;
    h.id = 3;
    h.entryId = 5;
    h.elapsedSeconds = 12;
    h.flag = HighlightFlag::RedFlag;
    h.text = QStringLiteral("hesitated");
    QList<LocatedProblem> problems;
    EXPECT_TRUE(SavedChange::fromJson(SavedChange::highlight(7, holder, h).json(), &problems).has_value());
    Candidate c;
    c.id = 4;
    c.name = QStringLiteral("Noor");
    c.links = {CandidateLink{0, QStringLiteral("github"), QStringLiteral("https://example.org/noor"), {}}};
    c.tags = {QStringLiteral("backend")};
    for (CandidateField field : allCandidateFields()) {
        EXPECT_TRUE(SavedChange::fromJson(SavedChange::candidate(c, field).json(), &problems).has_value())
            << toKey(field).toStdString();
    }
}

TEST(OfflineJournal, AnEditThatIsNotOneTheAppWritesIsRefusedWithWhereItIsWrong)
{
    struct Case
    {
        const char* json;
        const char* where;
    };
    const QList<Case> cases{
        {R"({"kind":"interview","interview":"7","holder":"h","op":"note","entry":5,"text":"x"})",
         "interview"},
        {R"({"kind":"interview","interview":7,"holder":"","op":"note","entry":5,"text":"x"})", "holder"},
        {R"({"kind":"interview","interview":7,"holder":"h","op":"drop_table","entry":5})", "op"},
        {R"({"kind":"interview","interview":7,"holder":"h","op":"result","entry":5,"status":"scored","score":9})",
         "score"},
        {R"({"kind":"interview","interview":7,"holder":"h","op":"result","entry":5,"status":"scored","score":null})",
         "score"},
        {R"({"kind":"interview","interview":7,"holder":"h","op":"result","entry":-1,"status":"skipped","score":null})",
         "entry"},
        {R"({"kind":"interview","interview":7,"holder":"h","op":"highlight","highlight":{"id":1,"flag":"purple","elapsed_seconds":1}})",
         "highlight.flag"},
        {R"({"kind":"candidate","candidate":4,"field":"salary","value":"1"})", "field"},
        {R"({"kind":"candidate","candidate":4,"field":"name","value":"  "})", "value"},
        {R"({"kind":"candidate","candidate":4,"field":"links","value":[{"kind":"ftp","url":"x"}]})",
         "value[0].kind"},
        {R"({"kind":"candidate","candidate":4,"field":"tags","value":[1]})", "value[0]"},
        {R"({"kind":"rm -rf"})", "kind"},
        {R"({"kind":"interview","interview":7,"holder":"h","op":""})", "op"},
        {R"({"kind":""})", "kind"},
        {R"({})", "kind"},
    };
    for (const Case& c : cases) {
        QList<LocatedProblem> problems;
        const QJsonObject json = QJsonDocument::fromJson(c.json).object();
        EXPECT_FALSE(SavedChange::fromJson(json, &problems).has_value()) << c.json;
        ASSERT_FALSE(problems.isEmpty()) << c.json;
        EXPECT_EQ(problems.first().where, QString::fromUtf8(c.where)) << c.json;
    }
}

TEST(OfflineJournal, ALaterRunSavesWhatWasLeftInOrderAndLetsTheInterviewGo)
{
    TestDir dir;
    JournalPanel panel(dir.path(QStringLiteral("panel.sqlite")));
    const QString& holder = panel.holder;
    const QString journalPath = dir.path(QStringLiteral("journal.sqlite"));
    {
        OfflineJournal earlier(journalPath);
        earlier.put(panel.db.path(), QStringLiteral("n"), panel.note(holder, QStringLiteral("first")),
                    described("first"));
        earlier.put(panel.db.path(), QStringLiteral("r"),
                    SavedChange::interview(panel.interview, holder,
                                           QJsonObject{{QStringLiteral("op"), QStringLiteral("result")},
                                                       {QStringLiteral("entry"), panel.entry},
                                                       {QStringLiteral("status"), QStringLiteral("scored")},
                                                       {QStringLiteral("score"), 3}})
                        .json(),
                    described("3"));
        earlier.put(panel.db.path(), QStringLiteral("n"),
                    panel.note(holder, QStringLiteral("first, then more")), described("more"));
    }
    OfflineJournal later(journalPath);
    const OfflineReplay::Outcome outcome = OfflineReplay::run(panel.db, later);
    EXPECT_EQ(outcome.saved, 2);
    EXPECT_EQ(outcome.refused, 0);
    EXPECT_FALSE(outcome.message().isEmpty());
    const Scorecard card = *InterviewRepository(panel.db).scorecard(panel.interview);
    EXPECT_EQ(card.entries.at(0).note, QStringLiteral("first, then more"));
    EXPECT_EQ(card.entries.at(0).score, 3);
    EXPECT_TRUE(LeaseRepository(panel.db).current(panel.interview, holder).holderName.isEmpty())
        << "the earlier run's lease still makes the interview look open elsewhere";
    EXPECT_TRUE(OfflineReplay::run(panel.db, later).isEmpty()) << "made twice";
}

TEST(OfflineJournal, WhatTheDatabaseRefusesIsKeptInARecoveryFileAndSaid)
{
    TestDir dir;
    JournalPanel panel(dir.path(QStringLiteral("panel.sqlite")));
    const QString& holder = panel.holder;
    const QString journalPath = dir.path(QStringLiteral("journal.sqlite"));
    {
        OfflineJournal earlier(journalPath);
        earlier.put(panel.db.path(), QStringLiteral("n"),
                    panel.note(holder, QStringLiteral("typed on the train")),
                    described("typed on the train"));
        // A damaged line: kept for the person too, not dropped.
        earlier.put(panel.db.path(), QStringLiteral("x"),
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("interview")}},
                    described("damaged line"));
    }
    // Meanwhile a colleague took the interview over on another laptop.
    ASSERT_TRUE(
        LeaseRepository(panel.db)
            .acquire(panel.interview, QStringLiteral("colleague"), QStringLiteral("Ann on desk"), true)
            .ours);
    OfflineJournal later(journalPath);
    const OfflineReplay::Outcome outcome = OfflineReplay::run(panel.db, later);
    EXPECT_EQ(outcome.saved, 0);
    EXPECT_EQ(outcome.refused, 2);
    EXPECT_TRUE(outcome.reason.contains(QStringLiteral("Ann on desk"))) << outcome.reason.toStdString();
    ASSERT_FALSE(outcome.recoveryFile.isEmpty()) << outcome.recoveryError.toStdString();
    EXPECT_TRUE(outcome.message().contains(outcome.recoveryFile));
    const QByteArray copy = readAll(outcome.recoveryFile);
    EXPECT_TRUE(copy.contains("typed on the train"));
    EXPECT_TRUE(copy.contains("damaged line"));
    EXPECT_EQ(permissionBits(outcome.recoveryFile), 0600);
    EXPECT_TRUE(InterviewRepository(panel.db).scorecard(panel.interview)->entries.at(0).note.isEmpty())
        << "the colleague's interview was written over";
    EXPECT_TRUE(OfflineReplay::run(panel.db, later).isEmpty());
}

TEST(OfflineJournal, AnEditThatCanNeverBeMadeDoesNotHoldBackTheOnesAfterIt)
{
    TestDir dir;
    JournalPanel panel(dir.path(QStringLiteral("panel.sqlite")));
    const QString journalPath = dir.path(QStringLiteral("journal.sqlite"));
    Candidate c;
    c.name = QStringLiteral("Second candidate");
    const CandidateId second = CandidateRepository(panel.db).create(c).id;
    {
        OfflineJournal earlier(journalPath);
        earlier.put(panel.db.path(), QStringLiteral("n"),
                    panel.note(panel.holder, QStringLiteral("too late")), described("too late"));
        c.id = second;
        c.email = QStringLiteral("second@example.com");
        earlier.put(panel.db.path(), QStringLiteral("e"),
                    SavedChange::candidate(c, CandidateField::Email).json(), described("second@example.com"));
    }
    // Submitted meanwhile (from another laptop, say): its notes change only after a reopening.
    InterviewRepository(panel.db).start(panel.interview, QDateTime::currentDateTimeUtc());
    InterviewRepository(panel.db).submit(panel.interview, QDateTime::currentDateTimeUtc());
    OfflineJournal later(journalPath);
    const OfflineReplay::Outcome outcome = OfflineReplay::run(panel.db, later);
    EXPECT_EQ(outcome.refused, 1) << outcome.message().toStdString();
    EXPECT_EQ(outcome.waiting, 0) << "a refusal was taken for a server that is away";
    EXPECT_EQ(outcome.saved, 1);
    EXPECT_EQ(CandidateRepository(panel.db).get(second)->email, QStringLiteral("second@example.com"));
    EXPECT_TRUE(readAll(outcome.recoveryFile).contains("too late"));
    EXPECT_TRUE(OfflineReplay::run(panel.db, later).isEmpty());
}
