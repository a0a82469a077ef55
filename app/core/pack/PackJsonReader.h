#pragma once

#include "pack/Pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ia {

// The JSON layout of a question pack (README, "Question packs"; resources/schema/pack-v1.schema.json).
class PackJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(ia::PackJsonReader)

public:
    static constexpr const char* formatName = "interview-assistant/question-pack";
    static constexpr int formatVersion = 1;

    // Reads and validates the whole file; throws PackError listing every problem with its JSON path.
    static Pack read(const QByteArray& json, const QString& source);
};

} // namespace ia
