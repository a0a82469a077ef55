#include "RecoveryFiles.h"

#include "ExportFile.h"
#include "storage/ServerAddress.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace ia {

namespace {

QString fallbackFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

// A file's name; a team server's database and login, in letters a file name can take.
QString baseNameFor(const QString& databasePath)
{
    if (!ServerAddress::isServerUrl(databasePath))
        return QFileInfo(databasePath).fileName();
    QString name = databasePath;
    try {
        const ServerAddress server = ServerAddress::parse(databasePath);
        name = QStringLiteral("team-server-%1-%2").arg(server.database(), server.user());
    } catch (const StorageError&) {
    }
    for (QChar& c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return name;
}

// Where recovery files go: beside a database file, else (or for a server, which has no folder of
// ours) in the app's data folder, next to the settings.
QList<QDir> foldersFor(const QString& databasePath)
{
    if (ServerAddress::isServerUrl(databasePath))
        return {QDir(fallbackFolder())};
    return {QFileInfo(databasePath).absoluteDir(), QDir(fallbackFolder())};
}

// What the file says it belongs to: a file's full path, a server's address.
QString databaseOf(const QString& databasePath)
{
    return ServerAddress::isServerUrl(databasePath) ? databasePath
                                                    : QFileInfo(databasePath).absoluteFilePath();
}

QString fileNameFor(const QString& databasePath)
{
    return baseNameFor(databasePath) + QStringLiteral(".recovery-") +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
           QStringLiteral(".json");
}

} // namespace

QString RecoveryFiles::write(const QString& databasePath, const QString& previousPath, const QString& reason,
                             const QList<QJsonObject>& changes, QString* error)
{
    QJsonArray list;
    for (const QJsonObject& change : changes)
        list.append(change);
    const QJsonObject document{
        {QStringLiteral("format"), QStringLiteral("interview-assistant-recovery")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("database"), databaseOf(databasePath)},
        {QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("note"),
         QCoreApplication::translate("ia::RecoveryFiles",
                                     "Changes Interview Assistant could not save to the database yet. "
                                     "Copy what you need back into the app.")},
        {QStringLiteral("changes"), list},
    };
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    QStringList targets;
    if (!previousPath.isEmpty())
        targets << previousPath;
    QDir().mkpath(fallbackFolder());
    for (const QDir& folder : foldersFor(databasePath))
        targets << folder.filePath(fileNameFor(databasePath));
    QString lastError;
    for (const QString& target : std::as_const(targets)) {
        lastError = ExportFile::write(target, bytes);
        if (lastError.isEmpty())
            return target;
    }
    if (error)
        *error = lastError;
    return {};
}

QStringList RecoveryFiles::existing(const QString& databasePath)
{
    const QString pattern = baseNameFor(databasePath) + QStringLiteral(".recovery-*.json");
    QStringList result;
    for (const QDir& folder : foldersFor(databasePath)) {
        for (const QString& name : folder.entryList({pattern}, QDir::Files))
            result << folder.filePath(name);
    }
    return result;
}

void RecoveryFiles::removeFor(const QString& databasePath, CandidateId candidate)
{
    // A file may hold other people's unsaved changes too: only this candidate's go, and the file
    // goes when nothing else is left in it.
    for (const QString& path : existing(databasePath)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        if (document.value(QStringLiteral("database")).toString() != databaseOf(databasePath))
            continue;
        QJsonArray kept;
        bool mentioned = false;
        for (const QJsonValue& change : document.value(QStringLiteral("changes")).toArray()) {
            if (change.toObject().value(QStringLiteral("candidate")).toInteger() == candidate)
                mentioned = true;
            else
                kept.append(change);
        }
        if (!mentioned)
            continue;
        if (kept.isEmpty()) {
            QFile::remove(path);
            continue;
        }
        document.insert(QStringLiteral("changes"), kept);
        ExportFile::write(path, QJsonDocument(document).toJson(QJsonDocument::Indented));
    }
}

} // namespace ia
