#include "PackFile.h"

#include "DataFileError.h"
#include "ExportFile.h"
#include "pack/PackCsvReader.h"
#include "pack/PackJsonReader.h"
#include "pack/PackJsonWriter.h"
#include "pack/PackProblem.h"
#include "pack/PackRules.h"

#include <QFile>
#include <QFileInfo>

namespace ia {

bool PackFile::looksLikeJson(const QByteArray& data)
{
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < data.size() &&
           (data.at(i) == ' ' || data.at(i) == '\t' || data.at(i) == '\r' || data.at(i) == '\n'))
        ++i;
    return i < data.size() && data.at(i) == '{';
}

Pack PackFile::parse(const QByteArray& data, const QString& source)
{
    if (!looksLikeJson(data))
        return PackCsvReader::read(data, source);
    // QJsonDocument does not take a byte-order mark.
    return PackJsonReader::read(data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data, source);
}

Pack PackFile::read(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        throw DataFileError(tr("%1 is not a file.").arg(path));
    if (file.size() > PackRules::maxFileBytes) {
        throw PackError(
            path,
            {{tr("file"),
              tr("%1 bytes; a pack may have at most %2").arg(file.size()).arg(PackRules::maxFileBytes)}});
    }
    if (!file.open(QIODevice::ReadOnly))
        throw DataFileError(tr("Could not read %1: %2").arg(path, file.errorString()));
    return parse(file.read(PackRules::maxFileBytes + 1), path);
}

QString PackFile::write(const QString& path, const Pack& pack)
{
    return ExportFile::write(path, PackJsonWriter::write(pack));
}

} // namespace ia
