#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace ia::AppPaths {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("interview-assistant.sqlite"));
}

} // namespace ia::AppPaths
