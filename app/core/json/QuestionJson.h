#pragma once

#include "domain/Question.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ia {

class JsonWalker;

// A question version as JSON: one shape for bundles and question packs (README, "Question packs").
class QuestionJson
{
    Q_DECLARE_TR_FUNCTIONS(ia::QuestionJson)

public:
    enum class Form
    {
        // A scorecard bundle's: every field present, with its version number, as the exporter wrote it.
        Bundle,
        // A pack's, which people write by hand: UUIDs, key, follow-ups, code and the practical flag
        // may be left out; no version number (a pack carries one version of each question).
        Pack,
    };

    static QJsonObject write(const Question& question, Form form);
    // Problems go to the walker, with their JSON paths.
    static Question read(JsonWalker& walker, const QJsonValue& value, const QString& path, Form form);
};

} // namespace ia
