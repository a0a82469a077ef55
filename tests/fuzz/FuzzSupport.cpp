#include "FuzzSupport.h"

#include "DataFileError.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ia::fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    static int argc = 1;
    static char name[] = "interview-fuzz";
    static char* argv[] = {name, nullptr};
    // Lives until the process ends; a fuzzer never returns from its loop.
    static QGuiApplication* app = new QGuiApplication(argc, argv);
    Q_UNUSED(app);
    // Qt's warnings about the bad inputs would drown the fuzzer's own output.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

QString scratchFolder()
{
    static QTemporaryDir dir;
    return dir.path();
}

QString scratchFile(const QString& name, const uint8_t* data, size_t size)
{
    const QDir folder(scratchFolder());
    for (const QString& leftover : folder.entryList({name + QStringLiteral("*")}, QDir::Files))
        QFile::remove(folder.filePath(leftover));
    const QString path = folder.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(reinterpret_cast<const char*>(data), qint64(size));
        file.close();
    }
    return path;
}

void attempt(const std::function<void()>& step)
{
    try {
        step();
    } catch (const StorageError&) {
    } catch (const DataFileError&) {
    }
}

} // namespace ia::fuzz
