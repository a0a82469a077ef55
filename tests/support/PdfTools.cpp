#include "PdfTools.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace ia::test {

namespace {

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return process.readAllStandardOutput();
}

} // namespace

QString pdfText(const QString& pdf, const QStringList& extraArguments)
{
    return QString::fromUtf8(
        run(QStringLiteral("pdftotext"), QStringList(extraArguments) << pdf << QStringLiteral("-")));
}

QString pdfInfo(const QString& pdf)
{
    return QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}));
}

QImage pdfPage(const QString& pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                     QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                     QString::number(page), QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

} // namespace ia::test
