#include "core/AppInfo.h"
#include "support/CliRunner.h"
#include "support/PdfTools.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using namespace ia::test;


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
    EXPECT_TRUE(run.out.contains(QStringLiteral("Questions: 25, kits: 1"))) << run.out.toStdString();
    EXPECT_EQ(permissionBits(path), 0600);
}

TEST(Cli, DemoFillsTheDatabase)
{
    TestDir dir;
    const QString path = dir.path(QStringLiteral("demo.sqlite"));
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
    TestDir dir;
    const QString db = dir.path(QStringLiteral("export.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);

    const QString scorecard = dir.path(QStringLiteral("one.pdf"));
    CliRun run = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--interview"),
                      QStringLiteral("1"), QStringLiteral("--out"), scorecard, QStringLiteral("--paper"),
                      QStringLiteral("letter")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(scorecard)) << run.out.toStdString();
    EXPECT_TRUE(readAll(scorecard).startsWith("%PDF-"));

    const QString packet = dir.path(QStringLiteral("packet.pdf"));
    run = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--candidate"),
               QStringLiteral("Daniel Ferreira"), QStringLiteral("--out"), packet});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(readAll(packet).startsWith("%PDF-"));

    const QString folder = dir.path(QStringLiteral("packets"));
    run = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--all"),
               QStringLiteral("--out-dir"), folder});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Every demo candidate has at least one submitted interview, so each gets a packet.
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 6)
        << run.out.toStdString();
}

TEST(Cli, ExportExplainsWhatIsWrong)
{
    TestDir dir;
    const QString db = dir.path(QStringLiteral("errors.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    CliRun run =
        cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--candidate"),
             QStringLiteral("Nobody Atall"), QStringLiteral("--out"), dir.path(QStringLiteral("x.pdf"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no candidate called \"Nobody Atall\"")))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("x.pdf"))));

    run = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--interview"),
               QStringLiteral("1")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--out"))) << run.err.toStdString();

    run = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--interview"),
               QStringLiteral("1"), QStringLiteral("--out"), dir.path(QStringLiteral("y.pdf")),
               QStringLiteral("--paper"), QStringLiteral("tabloid")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("tabloid")));
}

TEST(Cli, CompareCalibrationAndSearchHonourBlindScoringWithAs)
{
    TestDir dir;
    const QString db = dir.path(QStringLiteral("desk.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString role = QStringLiteral("Data platform Python developer");

    // Hannah Okafor is still interviewing Sofia Lindqvist: Sofia's panel is hidden from her.
    CliRun manager = cli({QStringLiteral("compare"), QStringLiteral("--db"), db, QStringLiteral("--role"),
                          role, QStringLiteral("--format"), QStringLiteral("json")});
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
        cli({QStringLiteral("compare"), QStringLiteral("--db"), db, QStringLiteral("--role"), role});
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("category,question,"))) << csv.out.toStdString();

    const CliRun calibration = cli({QStringLiteral("calibration"), QStringLiteral("--db"), db});
    EXPECT_EQ(calibration.exitCode, 0);
    EXPECT_TRUE(calibration.out.contains(QStringLiteral("Priya Ramanathan")))
        << calibration.out.toStdString();
    EXPECT_TRUE(calibration.out.contains(QStringLiteral(",lenient")))
        << "the demo's lenient interviewer is flagged";

    // Tomasz Wielgosz's notes on Sofia do not turn up in Hannah's search either.
    const QString tomaszOnSofia = QStringLiteral("Sofia Lindqvist · Evidence note · Tomasz Wielgosz");
    const CliRun everything =
        cli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("tuple")});
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
    TestDir dir;
    const QString db = dir.path(QStringLiteral("desk.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QStringList compare = {QStringLiteral("compare"),
                                 QStringLiteral("--db"),
                                 db,
                                 QStringLiteral("--role"),
                                 QStringLiteral("Backend Python developer"),
                                 QStringLiteral("--format"),
                                 QStringLiteral("pdf")};
    const CliRun nowhere = cli(compare);
    EXPECT_EQ(nowhere.exitCode, 2);
    EXPECT_TRUE(nowhere.err.contains(QStringLiteral("--out FILE"))) << nowhere.err.toStdString();

    const QString pdf = dir.path(QStringLiteral("backend.pdf"));
    const CliRun run = cli(compare + QStringList{QStringLiteral("--out"), pdf});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(pdf)) << run.out.toStdString();
    const QString text = pdfText(pdf).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Backend Python developer"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Daniel Ferreira"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Categories"))) << text.toStdString();

    const CliRun unwritable =
        cli(compare + QStringList{QStringLiteral("--out"), dir.path(QStringLiteral("no/such/dir/x.pdf"))});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.startsWith(QStringLiteral("Error: "))) << unwritable.err.toStdString();
}

TEST(Cli, SearchFindsAndEraseRemoves)
{
    TestDir dir;
    const QString db = dir.path(QStringLiteral("erase.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    CliRun found = cli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("deepcopy")});
    EXPECT_EQ(found.exitCode, 0);
    EXPECT_TRUE(found.out.contains(QStringLiteral("[deepcopy]"))) << found.out.toStdString();
    EXPECT_TRUE(found.out.contains(QStringLiteral("Marcus Trent"))) << found.out.toStdString();

    // Candidate 3 of the demo is Marcus Trent.
    const CliRun erased = cli({QStringLiteral("erase"), QStringLiteral("--db"), db,
                               QStringLiteral("--candidate"), QStringLiteral("3")});
    EXPECT_EQ(erased.exitCode, 0) << erased.err.toStdString();
    EXPECT_TRUE(erased.out.contains(QStringLiteral("Erased Marcus Trent"))) << erased.out.toStdString();
    found = cli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("deepcopy")});
    EXPECT_FALSE(found.out.contains(QStringLiteral("Marcus Trent"))) << found.out.toStdString();
    EXPECT_FALSE(readAll(db).contains("Marcus Trent"));
}
