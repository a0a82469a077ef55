#pragma once

#include "pack/PackProblem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace ia {

struct Question;

// What a pack's values must be, whichever reader found them: one place, so the JSON and the
// spreadsheet layouts accept exactly the same questions.
class PackRules
{
    Q_DECLARE_TR_FUNCTIONS(ia::PackRules)

public:
    // Larger files are refused before parsing: a pack is text a person wrote.
    static constexpr qsizetype maxFileBytes = 16 * 1024 * 1024;
    static constexpr qsizetype maxQuestions = 5000;
    static constexpr qsizetype maxKits = 500;
    static constexpr qsizetype maxShortText = 200;   // title, category, anchor label, names, role
    static constexpr qsizetype maxLongText = 20'000; // prompt, assesses, descriptions, follow-ups
    static constexpr qsizetype maxCode = 100'000;
    static constexpr qsizetype maxFollowUps = 50;
    static constexpr int maxSeconds = 24 * 3600;
    static constexpr double maxWeight = 100.0;

    // Says where a field of a question is in the file. Fields are named "uuid", "versionUuid",
    // "key", "category", "title", "prompt", "assesses", "code.syntax", "code.text", "followUps",
    // "followUps[I]", "timeBudgetSeconds", "rubric.S.label" and "rubric.S.description" (S = 1..4);
    // a reader maps them to a JSON path or to a spreadsheet line and column.
    using Place = std::function<QString(const QString& field)>;

    // Every problem of a question read from a file, appended to `problems`.
    static void checkQuestion(const Question& question, const Place& place, QList<PackProblem>& problems);
    // One text value: not longer than `limit`, and without control characters other than line
    // breaks and tabs. Returns false and appends a problem if not.
    static bool checkText(const QString& text, qsizetype limit, const QString& where,
                          QList<PackProblem>& problems);
    static bool checkSeconds(double seconds, const QString& where, QList<PackProblem>& problems);
    static bool checkWeight(double weight, const QString& where, QList<PackProblem>& problems);
};

} // namespace ia
