#include "pack/PackCsvReader.h"

#include "pack/PackProblem.h"
#include "pack/PackRules.h"

#include <QStringList>
#include <gtest/gtest.h>

#include <string>

using namespace ia;

namespace {

// The required columns, in the order csvBasics() fills them.
const QStringList csvRequiredColumns = {
    QStringLiteral("category"),
    QStringLiteral("title"),
    QStringLiteral("prompt"),
    QStringLiteral("score1_label"),
    QStringLiteral("score1_description"),
    QStringLiteral("score2_label"),
    QStringLiteral("score2_description"),
    QStringLiteral("score3_label"),
    QStringLiteral("score3_description"),
    QStringLiteral("score4_label"),
    QStringLiteral("score4_description"),
};

QStringList csvHeader(const QStringList& optional = {})
{
    return csvRequiredColumns + optional;
}

// A complete question's cells for the required columns.
QStringList csvBasics(const QString& category, const QString& title)
{
    return {category,
            title,
            QStringLiteral("Tell me about ") + title,
            QStringLiteral("Poor"),
            QStringLiteral("Cannot explain it"),
            QStringLiteral("Fair"),
            QStringLiteral("Knows the words"),
            QStringLiteral("Good"),
            QStringLiteral("Explains it with an example"),
            QStringLiteral("Excellent"),
            QStringLiteral("Knows the trade-offs")};
}

QByteArray csvSheet(const QList<QStringList>& rows, const QString& separator = QStringLiteral(";"),
                    const QString& lineEnd = QStringLiteral("\n"))
{
    QStringList lines;
    for (const QStringList& cells : rows)
        lines.append(cells.join(separator));
    return (lines.join(lineEnd) + lineEnd).toUtf8();
}

std::string csvListed(const QList<PackProblem>& problems)
{
    std::string text;
    for (const PackProblem& p : problems)
        text += QString(p.where + QStringLiteral(": ") + p.message).toStdString() + "\n";
    return text;
}

QList<PackProblem> csvProblemsOf(const QByteArray& data)
{
    try {
        PackCsvReader::read(data, QStringLiteral("pack.csv"));
    } catch (const PackError& e) {
        EXPECT_EQ(e.source(), QStringLiteral("pack.csv"));
        return e.problems();
    }
    ADD_FAILURE() << "the file was accepted";
    return {};
}

bool csvHasProblem(const QList<PackProblem>& problems, const QString& where, const QString& part)
{
    for (const PackProblem& p : problems) {
        if (p.where == where && p.message.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

TEST(PackCsvReader, ReadsSemicolonFileWithBomAndCrlf)
{
    QStringList first = csvBasics(QStringLiteral("Python"), QStringLiteral("Generators"));
    first << QStringLiteral("python.generators") << QStringLiteral("  Lazy iteration ")
          << QStringLiteral("\"When would you not use one?\r\n  How do you close one?  \r\n\r\nWhat does "
                            "\"\"send\"\" do?\"")
          << QStringLiteral("2,5") << QStringLiteral("Yes") << QStringLiteral("Python")
          << QStringLiteral("\"\r\n    def numbers():\r\n        yield 1  \r\n\"");
    const QStringList second = csvBasics(QStringLiteral("Python"), QStringLiteral("Decorators"));
    const QByteArray data =
        QByteArray("\xEF\xBB\xBF") +
        csvSheet({csvHeader({QStringLiteral("key"), QStringLiteral("assesses"), QStringLiteral("follow_ups"),
                             QStringLiteral("minutes"), QStringLiteral("practical"),
                             QStringLiteral("code_language"), QStringLiteral("code")}),
                  first, second},
                 QStringLiteral(";"), QStringLiteral("\r\n"));

    const Pack pack = PackCsvReader::read(data, QStringLiteral("/home/lea/packs/python-basics.csv"));

    EXPECT_EQ(pack.name, QStringLiteral("python-basics"));
    EXPECT_EQ(pack.revision, 1);
    EXPECT_TRUE(pack.kits.isEmpty());
    ASSERT_EQ(pack.questions.size(), 2);
    const Question& q = pack.questions.at(0);
    EXPECT_EQ(q.version, 1);
    EXPECT_TRUE(q.uuid.isEmpty());
    EXPECT_EQ(q.key, QStringLiteral("python.generators"));
    EXPECT_EQ(q.category, QStringLiteral("Python"));
    EXPECT_EQ(q.title, QStringLiteral("Generators"));
    EXPECT_EQ(q.prompt, QStringLiteral("Tell me about Generators"));
    EXPECT_EQ(q.assesses, QStringLiteral("Lazy iteration")) << "cells are trimmed";
    EXPECT_EQ(q.followUps, QStringList({QStringLiteral("When would you not use one?"),
                                        QStringLiteral("How do you close one?"),
                                        QStringLiteral("What does \"send\" do?")}));
    EXPECT_EQ(q.timeBudgetSeconds, 150) << "2,5 minutes";
    EXPECT_TRUE(q.practical);
    EXPECT_EQ(q.snippet.syntax, QStringLiteral("Python"));
    EXPECT_EQ(q.snippet.text, QStringLiteral("    def numbers():\n        yield 1"))
        << "code keeps its indentation; blank lines around it go";
    EXPECT_EQ(q.rubric.anchor(1).label, QStringLiteral("Poor"));
    EXPECT_EQ(q.rubric.anchor(3).label, QStringLiteral("Good"));
    EXPECT_EQ(q.rubric.anchor(3).description, QStringLiteral("Explains it with an example"));
    EXPECT_EQ(q.rubric.anchor(4).description, QStringLiteral("Knows the trade-offs"));
    EXPECT_TRUE(q.rubric.isComplete());

    const Question& r = pack.questions.at(1);
    EXPECT_EQ(r.title, QStringLiteral("Decorators"));
    EXPECT_TRUE(r.key.isEmpty());
    EXPECT_TRUE(r.followUps.isEmpty());
    EXPECT_EQ(r.timeBudgetSeconds, 0);
    EXPECT_FALSE(r.practical);
    EXPECT_TRUE(r.snippet.isEmpty());
}

TEST(PackCsvReader, ReadsCommaFileWithQuotedSeparatorsAndCaseInsensitiveHeader)
{
    QStringList names = csvHeader({QStringLiteral("minutes")});
    names[0] = QStringLiteral(" Category ");
    names[1] = QStringLiteral("TITLE");
    QStringList row = csvBasics(QStringLiteral("Frontend"), QStringLiteral("Layout"));
    row[2] = QStringLiteral("\"Compare \"\"flexbox\"\", grid, and floats\"");
    row << QStringLiteral("1.5");

    const Pack pack =
        PackCsvReader::read(csvSheet({names, row}, QStringLiteral(",")), QStringLiteral("frontend.csv"));

    ASSERT_EQ(pack.questions.size(), 1);
    EXPECT_EQ(pack.name, QStringLiteral("frontend"));
    EXPECT_EQ(pack.questions.at(0).category, QStringLiteral("Frontend"));
    EXPECT_EQ(pack.questions.at(0).prompt, QStringLiteral("Compare \"flexbox\", grid, and floats"));
    EXPECT_EQ(pack.questions.at(0).timeBudgetSeconds, 90);
}

TEST(PackCsvReader, ReadsTabSeparatedFile)
{
    QStringList row = csvBasics(QStringLiteral("SQL"), QStringLiteral("Joins, in detail"));
    row << QStringLiteral("sql.joins; inner and outer");
    const Pack pack = PackCsvReader::read(
        csvSheet({csvHeader({QStringLiteral("key")}), row}, QStringLiteral("\t")), QStringLiteral("sql.tsv"));
    ASSERT_EQ(pack.questions.size(), 1);
    EXPECT_EQ(pack.questions.at(0).title, QStringLiteral("Joins, in detail"));
    EXPECT_EQ(pack.questions.at(0).key, QStringLiteral("sql.joins; inner and outer"));
}

TEST(PackCsvReader, BuildsKitsFromTheKitColumnInRowOrder)
{
    const QStringList optional = {QStringLiteral("kit"), QStringLiteral("kit_role"),
                                  QStringLiteral("minutes"), QStringLiteral("weight")};
    const auto row = [](const QString& title, const QString& kit, const QString& role, const QString& minutes,
                        const QString& weight) {
        return csvBasics(QStringLiteral("Backend"), title) << kit << role << minutes << weight;
    };
    const QByteArray data = csvSheet({
        csvHeader(optional),
        row(QStringLiteral("APIs"), QStringLiteral("Backend hour"), QString(), QStringLiteral("5"),
            QStringLiteral("1,5")),
        row(QStringLiteral("Caching"), QString(), QString(), QStringLiteral("4"), QString()),
        row(QStringLiteral("Queues"), QStringLiteral("Screening"), QStringLiteral("Backend engineer"),
            QStringLiteral("10"), QString()),
        row(QStringLiteral("Databases"), QStringLiteral("Backend hour"), QStringLiteral("Backend engineer"),
            QStringLiteral("3"), QStringLiteral("2")),
    });

    const Pack pack = PackCsvReader::read(data, QStringLiteral("backend.csv"));

    ASSERT_EQ(pack.questions.size(), 4);
    ASSERT_EQ(pack.kits.size(), 2);
    const PackKit& hour = pack.kits.at(0);
    EXPECT_EQ(hour.name, QStringLiteral("Backend hour"));
    EXPECT_EQ(hour.role, QStringLiteral("Backend engineer")) << "the first role given among its rows";
    EXPECT_TRUE(hour.uuid.isEmpty());
    EXPECT_EQ(hour.targetSeconds, 0);
    EXPECT_EQ(hour.items, QList<PackKitItem>({{0, 300, 1.5}, {3, 180, 2.0}}));
    const PackKit& screening = pack.kits.at(1);
    EXPECT_EQ(screening.name, QStringLiteral("Screening"));
    EXPECT_EQ(screening.items, QList<PackKitItem>({{2, 600, 1.0}})) << "an empty weight is 1";
    EXPECT_EQ(pack.questions.at(1).timeBudgetSeconds, 240) << "a question outside any kit keeps its budget";
}

TEST(PackCsvReader, MissingRequiredColumnIsReportedAtLineOne)
{
    QStringList names = csvHeader();
    names.removeOne(QStringLiteral("score2_label"));
    QStringList row = csvBasics(QStringLiteral("Python"), QStringLiteral("Typing"));
    row.removeAt(5);

    const QList<PackProblem> problems = csvProblemsOf(csvSheet({names, row}));

    ASSERT_EQ(problems.size(), 1) << csvListed(problems);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("line 1"));
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("score2_label"))) << csvListed(problems);
}

TEST(PackCsvReader, UnknownAndRepeatedColumnsAreLocatedInTheHeader)
{
    const QList<PackProblem> problems = csvProblemsOf(
        csvSheet({csvHeader({QStringLiteral("asseses"), QStringLiteral("Title")}),
                  csvBasics(QStringLiteral("Python"), QStringLiteral("Typing")) << QString() << QString()}));

    ASSERT_EQ(problems.size(), 2) << csvListed(problems);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("line 1, column 12"));
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("asseses")));
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("assesses"))) << "lists the known names";
    EXPECT_EQ(problems.at(1).where, QStringLiteral("line 1, column 13"));
    EXPECT_TRUE(problems.at(1).message.contains(QStringLiteral("title")));
}

TEST(PackCsvReader, MissingAnchorDescriptionIsLocatedAtItsLineAndColumn)
{
    QStringList first = csvBasics(QStringLiteral("Python"), QStringLiteral("Generators"));
    first[2] = QStringLiteral("\"A prompt\non two lines\"");
    QStringList second = csvBasics(QStringLiteral("Python"), QStringLiteral("Typing"));
    second[8] = QString();

    const QList<PackProblem> problems = csvProblemsOf(csvSheet({csvHeader(), first, second}));

    ASSERT_EQ(problems.size(), 1) << csvListed(problems);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("line 4, column 9 (score3_description)"))
        << "the second row starts on line 4: the first one's prompt takes two lines";
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("score 3")));
}

TEST(PackCsvReader, UnterminatedQuoteIsLocatedWhereItOpens)
{
    QStringList broken = csvBasics(QStringLiteral("Python"), QStringLiteral("Typing"));
    broken[2] = QStringLiteral("\"Explain this");
    const QList<PackProblem> problems = csvProblemsOf(
        csvSheet({csvHeader(), csvBasics(QStringLiteral("Python"), QStringLiteral("Generators")), broken,
                  csvBasics(QStringLiteral("Python"), QStringLiteral("Decorators"))}));

    ASSERT_EQ(problems.size(), 1) << csvListed(problems);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("line 3, column 3 (prompt)"));
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("quote")));
}

TEST(PackCsvReader, ListsEveryProblemOfTheFile)
{
    const QStringList optional = {QStringLiteral("uuid"), QStringLiteral("minutes"),
                                  QStringLiteral("practical"), QStringLiteral("weight")};
    QStringList noTitle = csvBasics(QStringLiteral("Python"), QString())
                          << QString() << QString() << QString() << QString();
    QStringList badTime = csvBasics(QStringLiteral("Python"), QStringLiteral("Typing"))
                          << QString() << QStringLiteral("ten") << QStringLiteral("maybe") << QString();
    QStringList badWeight = csvBasics(QStringLiteral("Python"), QStringLiteral("Decorators"))
                            << QStringLiteral("NOT-A-UUID") << QString() << QString()
                            << QStringLiteral("500");

    const QList<PackProblem> problems =
        csvProblemsOf(csvSheet({csvHeader(optional), noTitle, badTime, badWeight}));

    ASSERT_EQ(problems.size(), 5) << csvListed(problems);
    EXPECT_TRUE(
        csvHasProblem(problems, QStringLiteral("line 2, column 2 (title)"), QStringLiteral("missing")));
    EXPECT_TRUE(
        csvHasProblem(problems, QStringLiteral("line 3, column 13 (minutes)"), QStringLiteral("number")));
    EXPECT_TRUE(
        csvHasProblem(problems, QStringLiteral("line 3, column 14 (practical)"), QStringLiteral("yes")));
    EXPECT_TRUE(csvHasProblem(problems, QStringLiteral("line 4, column 12 (uuid)"), QStringLiteral("UUID")));
    EXPECT_TRUE(
        csvHasProblem(problems, QStringLiteral("line 4, column 15 (weight)"), QStringLiteral("weight")));
}

TEST(PackCsvReader, CapsTheListOfProblems)
{
    QList<QStringList> rows = {csvHeader()};
    for (int i = 0; i < 300; ++i)
        rows.append(csvBasics(QStringLiteral("Python"), QString()));

    const QList<PackProblem> problems = csvProblemsOf(csvSheet(rows));

    ASSERT_EQ(problems.size(), 201);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("line 2, column 2 (title)"));
    EXPECT_TRUE(problems.last().message.contains(QStringLiteral("more")))
        << problems.last().message.toStdString();
}

TEST(PackCsvReader, RepeatedKeysUuidsAndTitlesNameTheFirstLine)
{
    const QString uuid = QStringLiteral("0b6b1c8e-8f8e-4a43-9a57-0c1f3f5d8e21");
    const auto row = [](const QString& title, const QString& id, const QString& key) {
        return csvBasics(QStringLiteral("Python"), title) << id << key;
    };
    const QList<PackProblem> problems = csvProblemsOf(
        csvSheet({csvHeader({QStringLiteral("uuid"), QStringLiteral("key")}),
                  row(QStringLiteral("Generators"), QString(), QStringLiteral("python.generators")),
                  row(QStringLiteral("Typing"), uuid, QString()),
                  row(QStringLiteral("Generators, again"), QString(), QStringLiteral("python.generators")),
                  row(QStringLiteral("Typing, again"), uuid, QString()),
                  row(QStringLiteral("Decorators"), QString(), QString()),
                  row(QStringLiteral("Decorators"), QString(), QString()),
                  row(QStringLiteral("Generators"), QString(), QStringLiteral("python.yield"))}));

    ASSERT_EQ(problems.size(), 3) << csvListed(problems) << "a title may repeat when its row has a key";
    EXPECT_TRUE(csvHasProblem(problems, QStringLiteral("line 4, column 13 (key)"), QStringLiteral("line 2")));
    EXPECT_TRUE(
        csvHasProblem(problems, QStringLiteral("line 5, column 12 (uuid)"), QStringLiteral("line 3")));
    EXPECT_TRUE(
        csvHasProblem(problems, QStringLiteral("line 7, column 2 (title)"), QStringLiteral("line 6")));
}

TEST(PackCsvReader, RefusesATenMegabyteCellWithItsPlace)
{
    QStringList row = csvBasics(QStringLiteral("Python"), QStringLiteral("Typing"));
    row[2] = QString(10 * 1024 * 1024, QLatin1Char('a'));

    const QList<PackProblem> problems = csvProblemsOf(csvSheet({csvHeader(), row}));

    ASSERT_EQ(problems.size(), 1) << csvListed(problems).substr(0, 1000);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("line 2, column 3 (prompt)"));
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("longer than")));
}

TEST(PackCsvReader, RefusesAFileOverTheSizeLimitBeforeReadingIt)
{
    QByteArray data = csvSheet({csvHeader()});
    data.append(QByteArray(PackRules::maxFileBytes, '\n'));

    const QList<PackProblem> problems = csvProblemsOf(data);

    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("file"));
    EXPECT_TRUE(problems.at(0).message.contains(QString::number(PackRules::maxFileBytes)));
}

TEST(PackCsvReader, RefusesTextThatIsNotUtf8AtItsLine)
{
    QByteArray data = csvSheet({csvHeader(), csvBasics(QStringLiteral("Python"), QStringLiteral("Typing"))});
    data.append("Caf\xE9;Menu\n");

    const QList<PackProblem> problems = csvProblemsOf(data);

    ASSERT_EQ(problems.size(), 1) << csvListed(problems);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("line 3"));
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("UTF-8")));
}

TEST(PackCsvReader, ShortRowsAreFilledWithEmptyCellsAndExtraCellsAreAProblem)
{
    QStringList shortRow = csvBasics(QStringLiteral("Python"), QStringLiteral("Typing"));
    QStringList emptyTail = csvBasics(QStringLiteral("Python"), QStringLiteral("Generators"))
                            << QString() << QString() << QString();
    QStringList extra = csvBasics(QStringLiteral("Python"), QStringLiteral("Decorators"))
                        << QString() << QString() << QStringLiteral("stray, text");

    const Pack pack =
        PackCsvReader::read(csvSheet({csvHeader({QStringLiteral("assesses")}), shortRow, emptyTail}),
                            QStringLiteral("short.csv"));
    ASSERT_EQ(pack.questions.size(), 2);
    EXPECT_TRUE(pack.questions.at(0).assesses.isEmpty());

    const QList<PackProblem> problems =
        csvProblemsOf(csvSheet({csvHeader({QStringLiteral("assesses")}), shortRow, emptyTail, extra}));
    ASSERT_EQ(problems.size(), 1) << csvListed(problems);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("line 4, column 14"));
}

TEST(PackCsvReader, SkipsEmptyRowsAndCountsThemAsLines)
{
    QStringList broken = csvBasics(QStringLiteral("Python"), QStringLiteral("Typing"));
    broken[0] = QString();
    const QByteArray data = csvSheet({csvHeader(),
                                      {},
                                      csvBasics(QStringLiteral("Python"), QStringLiteral("Generators")),
                                      QStringList(11, QStringLiteral(" ")),
                                      broken});

    const QList<PackProblem> problems = csvProblemsOf(data);

    ASSERT_EQ(problems.size(), 1) << csvListed(problems);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("line 5, column 1 (category)"));
}

TEST(PackCsvReader, ReadsPracticalAsYesOrNo)
{
    const QStringList words = {
        QStringLiteral("x"),  QStringLiteral("TRUE"),  QStringLiteral("1"), QStringLiteral("yes"),
        QStringLiteral("No"), QStringLiteral("false"), QStringLiteral("0"), QString()};
    QList<QStringList> rows = {csvHeader({QStringLiteral("practical")})};
    for (const QString& word : words)
        rows.append(csvBasics(QStringLiteral("Python"), QStringLiteral("Exercise ") + word) << word);

    const Pack pack = PackCsvReader::read(csvSheet(rows), QStringLiteral("practical.csv"));
    ASSERT_EQ(pack.questions.size(), words.size());
    for (qsizetype i = 0; i < words.size(); ++i)
        EXPECT_EQ(pack.questions.at(i).practical, i < 4) << words.at(i).toStdString();

    const QList<PackProblem> problems = csvProblemsOf(csvSheet(
        {csvHeader({QStringLiteral("practical")}),
         csvBasics(QStringLiteral("Python"), QStringLiteral("Exercise")) << QStringLiteral("maybe")}));
    ASSERT_EQ(problems.size(), 1) << csvListed(problems);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("line 2, column 12 (practical)"));
}

TEST(PackCsvReader, CodeNeedsALanguage)
{
    const QList<PackProblem> problems =
        csvProblemsOf(csvSheet({csvHeader({QStringLiteral("code_language"), QStringLiteral("code")}),
                                csvBasics(QStringLiteral("Python"), QStringLiteral("Typing"))
                                    << QString() << QStringLiteral("print(1)")}));

    ASSERT_EQ(problems.size(), 1) << csvListed(problems);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("line 2, column 12 (code_language)"));
}

TEST(PackCsvReader, RefusesAFileWithoutQuestions)
{
    EXPECT_TRUE(
        csvHasProblem(csvProblemsOf(QByteArray()), QStringLiteral("line 1"), QStringLiteral("empty")));
    EXPECT_TRUE(csvHasProblem(csvProblemsOf(csvSheet({csvHeader()})), QStringLiteral("line 2"),
                              QStringLiteral("no questions")));
}

TEST(PackCsvReader, HostileQuotesAreLocatedQuickly)
{
    // An odd number of quotes: the first opens a cell that never closes.
    const QList<PackProblem> problems = csvProblemsOf(QByteArray(8 * 1024 * 1024 + 1, '"'));
    ASSERT_EQ(problems.size(), 1) << csvListed(problems).substr(0, 1000);
    EXPECT_EQ(problems.at(0).where, QStringLiteral("line 1, column 1"));

    // Lines of separators only: empty rows, skipped one by one.
    QByteArray separators =
        csvSheet({csvHeader(), csvBasics(QStringLiteral("Python"), QStringLiteral("Typing"))});
    separators.append(QByteArray(1024 * 1024, ';'));
    separators.append('\n');
    for (int i = 0; i < 1024 * 1024; ++i)
        separators.append(";\n");
    separators.append("a;;;\n");
    const QList<PackProblem> extra = csvProblemsOf(separators);
    ASSERT_FALSE(extra.isEmpty());
    EXPECT_EQ(extra.at(0).where, QStringLiteral("line 1048580, column 2 (title)")) << csvListed(extra);
}
