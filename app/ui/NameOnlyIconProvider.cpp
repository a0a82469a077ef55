#include "NameOnlyIconProvider.h"

#include <QFileInfo>
#include <QIcon>

namespace ia {

QIcon NameOnlyIconProvider::icon(IconType type) const
{
    return QAbstractFileIconProvider::icon(type);
}

QIcon NameOnlyIconProvider::icon(const QFileInfo& info) const
{
    // stat() answers these without opening anything.
    if (info.isDir())
        return QAbstractFileIconProvider::icon(Folder);
    const QMimeType mime = m_mimes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    QIcon themed = QIcon::fromTheme(mime.iconName());
    if (themed.isNull())
        themed = QIcon::fromTheme(mime.genericIconName());
    return themed.isNull() ? QAbstractFileIconProvider::icon(File) : themed;
}

QString NameOnlyIconProvider::type(const QFileInfo& info) const
{
    if (info.isDir())
        return QAbstractFileIconProvider::type(info); // "Folder", without reading anything
    return m_mimes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension).comment();
}

} // namespace ia
