#include "core/AppInfo.h"
#include "storage/Database.h"
#include "storage/InterviewerRepository.h"
#include "support/CliRunner.h"
#include "support/PdfTools.h"
#include "support/TestFiles.h"
#include "support/TestStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace ia::test;

namespace {

// The demo database's manager passphrase, given as the first line of standard input.
const QByteArray managerInput = "demo-manager\n";

CliRun asManager(QStringList arguments)
{
    arguments << QStringLiteral("--manager");
    return cli(arguments, managerInput);
}

} // namespace

TEST(Cli, VersionPrintsTheAppVersion)
{
    const CliRun run = cli({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.trimmed(), QStringLiteral("interview-cli ") + QLatin1String(ia::AppInfo::version));
}

TEST(Cli, HelpListsTheCommands)
{
    const CliRun run = cli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("init")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("demo")));
}

TEST(Cli, InitCreatesAPrivateDatabaseWithTheQuestionBank)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("cli.sqlite"));
    const CliRun run = cli({QStringLiteral("init"), QStringLiteral("--db"), path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(path)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Questions: 25, kits: 2"))) << run.out.toStdString();
    EXPECT_EQ(permissionBits(path), 0600);
}

TEST(Cli, DemoFillsTheDatabase)
{
    // A file, or a database on the team server when the suite runs against one.
    const TestStore store(QStringLiteral("demo.sqlite"));
    const QString path = store.location();
    const CliRun run = cli({QStringLiteral("demo"), QStringLiteral("--db"), path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Candidates: 6, interviewers: 3, interviews: 12")))
        << run.out.toStdString();
    const CliRun again = cli({QStringLiteral("demo"), QStringLiteral("--db"), path});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(QStringLiteral("already there"))) << again.out.toStdString();
}

TEST(Cli, RefusesAFileThatIsNotADatabaseWithAClearMessage)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("photo.jpg"));
    writeAll(path, QByteArray(4096, 'J'));
    const QByteArray before = sha256(path);
    const CliRun run = cli({QStringLiteral("init"), QStringLiteral("--db"), path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not an Interview Assistant database")))
        << run.err.toStdString();
    EXPECT_EQ(sha256(path), before);
}

TEST(Cli, UnknownCommandIsAUsageError)
{
    const CliRun run = cli({QStringLiteral("frobnicate")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("frobnicate")));
}

TEST(Cli, ExportsScorecardsAndPacketsWithoutADisplay)
{
    // A file, or a database on the team server when the suite runs against one.
    const TestStore store(QStringLiteral("export.sqlite"));
    const TestDir& dir = store.dir();
    const QString db = store.location();
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);

    const QString scorecard = dir.path(QStringLiteral("one.pdf"));
    CliRun run = asManager({QStringLiteral("export"), QStringLiteral("--db"), db,
                            QStringLiteral("--interview"), QStringLiteral("1"), QStringLiteral("--out"),
                            scorecard, QStringLiteral("--paper"), QStringLiteral("letter")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(scorecard)) << run.out.toStdString();
    EXPECT_TRUE(readAll(scorecard).startsWith("%PDF-"));

    const QString packet = dir.path(QStringLiteral("packet.pdf"));
    run = asManager({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--candidate"),
                     QStringLiteral("Daniel Ferreira"), QStringLiteral("--out"), packet});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(readAll(packet).startsWith("%PDF-"));

    const QString folder = dir.path(QStringLiteral("packets"));
    run = asManager({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--all"),
                     QStringLiteral("--out-dir"), folder});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Every demo candidate has at least one submitted interview, so each gets a packet.
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 6)
        << run.out.toStdString();
}

TEST(Cli, ExportAllPrintsEachFileAsItIsWritten)
{
    // A file, or a database on the team server when the suite runs against one.
    const TestStore store(QStringLiteral("all.sqlite"));
    const TestDir& dir = store.dir();
    const QString db = store.location();
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString folder = dir.path(QStringLiteral("packets"));
    const CliRun run = asManager({QStringLiteral("export"), QStringLiteral("--db"), db,
                                  QStringLiteral("--all"), QStringLiteral("--out-dir"), folder});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    // "[3/6] 003-…-debrief-2026-11-23.pdf (pages: 4)": counting up, one line per file.
    const QRegularExpression line(QStringLiteral(
        "^\\[(\\d+)/6\\] (\\d{3}-[a-z0-9-]+-debrief-\\d{4}-\\d{2}-\\d{2}\\.pdf) \\(pages: \\d+\\)$"));
    QStringList printed;
    int expected = 1;
    for (const QString& text : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch())
            continue;
        EXPECT_EQ(m.captured(1).toInt(), expected++) << text.toStdString();
        printed << m.captured(2);
    }
    EXPECT_EQ(printed.size(), 6) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Debrief packets written to %1: 6 of 6.").arg(folder)))
        << run.out.toStdString();
    printed.sort();
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name), printed)
        << "the files printed, and nothing else";

    // The same file as exporting that candidate alone.
    const QString one = dir.path(QStringLiteral("one.pdf"));
    ASSERT_EQ(asManager({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--candidate"),
                         QStringLiteral("1"), QStringLiteral("--out"), one})
                  .exitCode,
              0);
    ASSERT_TRUE(printed.first().startsWith(QStringLiteral("001-")));
    EXPECT_EQ(pdfText(QDir(folder).filePath(printed.first())), pdfText(one));
}

TEST(Cli, ExportExplainsWhatIsWrong)
{
    TestDir dir;
    const QString db = dir.path(QStringLiteral("errors.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    CliRun run = asManager({QStringLiteral("export"), QStringLiteral("--db"), db,
                            QStringLiteral("--candidate"), QStringLiteral("Nobody Atall"),
                            QStringLiteral("--out"), dir.path(QStringLiteral("x.pdf"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no candidate called \"Nobody Atall\"")))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("x.pdf"))));

    run = asManager({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--interview"),
                     QStringLiteral("1")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--out"))) << run.err.toStdString();

    run = asManager({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--interview"),
                     QStringLiteral("1"), QStringLiteral("--out"), dir.path(QStringLiteral("y.pdf")),
                     QStringLiteral("--paper"), QStringLiteral("tabloid")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("tabloid")));
}

TEST(Cli, CompareCalibrationAndSearchHonourBlindScoringWithAs)
{
    // A file, or a database on the team server when the suite runs against one.
    const TestStore store(QStringLiteral("desk.sqlite"));
    const QString db = store.location();
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString role = QStringLiteral("Data platform Python developer");

    // Hannah Okafor is still interviewing Sofia Lindqvist: Sofia's panel is hidden from her.
    CliRun manager =
        asManager({QStringLiteral("compare"), QStringLiteral("--db"), db, QStringLiteral("--role"), role,
                   QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(manager.exitCode, 0) << manager.err.toStdString();
    CliRun hannah = cli({QStringLiteral("compare"), QStringLiteral("--db"), db, QStringLiteral("--role"),
                         role, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--as"),
                         QStringLiteral("Hannah Okafor")});
    ASSERT_EQ(hannah.exitCode, 0) << hannah.err.toStdString();
    const auto sofia = [](const QString& json) {
        for (const QJsonValue& c :
             QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("candidates")).toArray()) {
            if (c.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Sofia Lindqvist"))
                return c.toObject();
        }
        return QJsonObject();
    };
    EXPECT_FALSE(sofia(manager.out).value(QStringLiteral("hidden_by_blind_scoring")).toBool());
    EXPECT_TRUE(sofia(manager.out).value(QStringLiteral("weighted_score")).isDouble());
    EXPECT_TRUE(sofia(hannah.out).value(QStringLiteral("hidden_by_blind_scoring")).toBool());
    EXPECT_TRUE(sofia(hannah.out).value(QStringLiteral("weighted_score")).isNull());

    const CliRun csv =
        asManager({QStringLiteral("compare"), QStringLiteral("--db"), db, QStringLiteral("--role"), role});
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("category,question,"))) << csv.out.toStdString();

    const CliRun calibration = asManager({QStringLiteral("calibration"), QStringLiteral("--db"), db});
    EXPECT_EQ(calibration.exitCode, 0);
    EXPECT_TRUE(calibration.out.contains(QStringLiteral("Priya Ramanathan")))
        << calibration.out.toStdString();
    EXPECT_TRUE(calibration.out.contains(QStringLiteral(",lenient")))
        << "the demo's lenient interviewer is flagged";

    // Tomasz Wielgosz's notes on Sofia do not turn up in Hannah's search either.
    const QString tomaszOnSofia = QStringLiteral("Sofia Lindqvist · Evidence note · Tomasz Wielgosz");
    const CliRun everything =
        asManager({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("tuple")});
    const CliRun asHannah = cli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                                 QStringLiteral("Hannah Okafor"), QStringLiteral("tuple")});
    EXPECT_TRUE(everything.out.contains(tomaszOnSofia)) << everything.out.toStdString();
    EXPECT_FALSE(asHannah.out.contains(tomaszOnSofia)) << asHannah.out.toStdString();
    EXPECT_FALSE(asHannah.out.trimmed().isEmpty()) << "other candidates' notes are still found";

    const CliRun unknown =
        cli({QStringLiteral("compare"), QStringLiteral("--db"), db, QStringLiteral("--role"), role,
             QStringLiteral("--as"), QStringLiteral("Nobody")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no interviewer called"))) << unknown.err.toStdString();
}

TEST(Cli, CompareWritesAPdfOnlyWhereItIsTold)
{
    // A file, or a database on the team server when the suite runs against one.
    const TestStore store(QStringLiteral("desk.sqlite"));
    const TestDir& dir = store.dir();
    const QString db = store.location();
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QStringList compare = {QStringLiteral("compare"),
                                 QStringLiteral("--db"),
                                 db,
                                 QStringLiteral("--role"),
                                 QStringLiteral("Backend Python developer"),
                                 QStringLiteral("--format"),
                                 QStringLiteral("pdf")};
    const CliRun nowhere = asManager(compare);
    EXPECT_EQ(nowhere.exitCode, 2);
    EXPECT_TRUE(nowhere.err.contains(QStringLiteral("--out FILE"))) << nowhere.err.toStdString();

    const QString pdf = dir.path(QStringLiteral("backend.pdf"));
    const CliRun run = asManager(compare + QStringList{QStringLiteral("--out"), pdf});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(pdf)) << run.out.toStdString();
    const QString text = pdfText(pdf).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Backend Python developer"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Daniel Ferreira"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Categories"))) << text.toStdString();

    const CliRun unwritable = asManager(
        compare + QStringList{QStringLiteral("--out"), dir.path(QStringLiteral("no/such/dir/x.pdf"))});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.startsWith(QStringLiteral("Error: "))) << unwritable.err.toStdString();
}

TEST(Cli, SearchFindsAndEraseRemoves)
{
    // A file, or a database on the team server when the suite runs against one.
    const TestStore store(QStringLiteral("erase.sqlite"));
    const QString db = store.location();
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    CliRun found =
        asManager({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("deepcopy")});
    EXPECT_EQ(found.exitCode, 0);
    EXPECT_TRUE(found.out.contains(QStringLiteral("[deepcopy]"))) << found.out.toStdString();
    EXPECT_TRUE(found.out.contains(QStringLiteral("Marcus Trent"))) << found.out.toStdString();

    // Candidate 3 of the demo is Marcus Trent. Erasing needs the manager passphrase.
    const CliRun refused = cli({QStringLiteral("erase"), QStringLiteral("--db"), db,
                                QStringLiteral("--candidate"), QStringLiteral("3")},
                               "guess-again\n");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("not the manager passphrase")))
        << refused.err.toStdString();
    const CliRun erased = cli({QStringLiteral("erase"), QStringLiteral("--db"), db,
                               QStringLiteral("--candidate"), QStringLiteral("3")},
                              managerInput);
    EXPECT_EQ(erased.exitCode, 0) << erased.err.toStdString();
    EXPECT_TRUE(erased.out.contains(QStringLiteral("Erased Marcus Trent"))) << erased.out.toStdString();
    found = asManager({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("deepcopy")});
    EXPECT_FALSE(found.out.contains(QStringLiteral("Marcus Trent"))) << found.out.toStdString();
    if (!store.isServer()) {
        EXPECT_FALSE(readAll(db).contains("Marcus Trent"));
    }
}

TEST(Cli, EveryViewSaysWhoIsLookingAndFailsClosed)
{
    // A file, or a database on the team server when the suite runs against one.
    const TestStore store(QStringLiteral("views.sqlite"));
    const QString db = store.location();
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QStringList compare{QStringLiteral("compare"),
                              QStringLiteral("--db"),
                              db,
                              QStringLiteral("--role"),
                              QStringLiteral("Data platform Python developer"),
                              QStringLiteral("--format"),
                              QStringLiteral("json")};
    // Nobody named: no view that sees everything for free.
    const CliRun unnamed = cli(compare);
    // On a server the login may decide, which is known once connected: a refusal then, not a
    // command line error.
    EXPECT_EQ(unnamed.exitCode, store.isServer() ? 1 : 2);
    EXPECT_TRUE(unnamed.err.contains(QStringLiteral("--as INTERVIEWER"))) << unnamed.err.toStdString();
    // A wrong passphrase.
    const CliRun wrong = cli(compare + QStringList{QStringLiteral("--manager")}, "not-it\n");
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("not the manager passphrase"))) << wrong.err.toStdString();
    EXPECT_TRUE(wrong.out.isEmpty());

    // An interviewer who has interviewed nobody sees no panel at all, on every route.
    {
        ia::Database database(db);
        ia::InterviewerRepository(database).findOrCreate(QStringLiteral("Newcomer Nash"));
    }
    const QStringList asNewcomer{QStringLiteral("--as"), QStringLiteral("Newcomer Nash")};
    const CliRun compared = cli(compare + asNewcomer);
    ASSERT_EQ(compared.exitCode, 0) << compared.err.toStdString();
    for (const QJsonValue& c : QJsonDocument::fromJson(compared.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("candidates"))
                                   .toArray()) {
        EXPECT_TRUE(c.toObject().value(QStringLiteral("hidden_by_blind_scoring")).toBool())
            << c.toObject().value(QStringLiteral("name")).toString().toStdString();
        EXPECT_TRUE(c.toObject().value(QStringLiteral("weighted_score")).isNull());
    }
    const CliRun searched =
        cli(QStringList{QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("tuple")} +
            asNewcomer);
    EXPECT_TRUE(searched.out.contains(QStringLiteral("Nothing found"))) << searched.out.toStdString();
    const CliRun calibration = cli(QStringList{QStringLiteral("calibration"), QStringLiteral("--db"), db,
                                               QStringLiteral("--format"), QStringLiteral("json")} +
                                   asNewcomer);
    EXPECT_FALSE(calibration.out.contains(QStringLiteral("\"mean\": 3"))) << calibration.out.toStdString();
    TestDir out;
    const CliRun exported =
        cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--all"),
                        QStringLiteral("--out-dir"), out.path(QStringLiteral("p"))} +
            asNewcomer);
    EXPECT_TRUE(QDir(out.path(QStringLiteral("p"))).entryList(QDir::Files).isEmpty())
        << "packets of panels the newcomer may not see";
    const CliRun scorecard =
        cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--interview"),
                        QStringLiteral("1"), QStringLiteral("--out"), out.path(QStringLiteral("s.pdf"))} +
            asNewcomer);
    EXPECT_EQ(scorecard.exitCode, 1);
    EXPECT_TRUE(scorecard.err.contains(QStringLiteral("Blind scoring"))) << scorecard.err.toStdString();
}

TEST(Cli, TheManagerPassphraseIsChosenOnceAndChangedOnlyWithTheOldOne)
{
    // A file, or a database on the team server when the suite runs against one.
    const TestStore store(QStringLiteral("fresh.sqlite"));
    const QString db = store.location();
    ASSERT_EQ(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
    const QStringList calibration{QStringLiteral("calibration"), QStringLiteral("--db"), db,
                                  QStringLiteral("--manager")};
    const CliRun none = cli(calibration, "anything\n");
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("manager-passphrase"))) << none.err.toStdString();

    const QStringList set{QStringLiteral("manager-passphrase"), QStringLiteral("--db"), db};
    EXPECT_EQ(cli(set, "short\n").exitCode, 1) << "too short";
    ASSERT_EQ(cli(set, "first passphrase\n").exitCode, 0);
    EXPECT_FALSE(readAll(db).contains("first passphrase")) << "the passphrase itself is in the file";
    EXPECT_EQ(cli(calibration, "first passphrase\n").exitCode, 0);
    // Changing it needs the current one.
    EXPECT_EQ(cli(set, "wrong one\nsecond passphrase\n").exitCode, 1);
    EXPECT_EQ(cli(calibration, "first passphrase\n").exitCode, 0);
    EXPECT_EQ(cli(set, "first passphrase\nsecond passphrase\n").exitCode, 0);
    EXPECT_EQ(cli(calibration, "first passphrase\n").exitCode, 1);
    EXPECT_EQ(cli(calibration, "second passphrase\n").exitCode, 0);
}
