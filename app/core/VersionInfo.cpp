#include "VersionInfo.h"

#include "core/AppInfo.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <ksyntaxhighlighting_version.h>

namespace ia {

VersionInfo VersionInfo::collect(const Database* database)
{
    VersionInfo info;
    info.app = QLatin1String(AppInfo::version);
    info.qt = QString::fromLatin1(qVersion());
    info.syntaxHighlighting = QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING);
    if (database)
        info.database = database->engineVersion();
    return info;
}

QString VersionInfo::toText() const
{
    QString text = QCoreApplication::translate("ia::VersionInfo", "Interview Assistant %1\nQt %2\nKF6 "
                                                                  "SyntaxHighlighting %3")
                       .arg(app, qt, syntaxHighlighting);
    if (!database.isEmpty())
        text += QLatin1Char('\n') + database;
    return text;
}

} // namespace ia
