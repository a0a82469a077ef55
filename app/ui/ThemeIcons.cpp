#include "ThemeIcons.h"

#include <QAction>
#include <QApplication>

namespace ia::ThemeIcons {

QIcon icon(const QString& themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(themeName, QApplication::style()->standardIcon(fallback));
}

QIcon icon(const QString& themeName)
{
    return QIcon::fromTheme(themeName);
}

void set(QAction* action, const QString& themeName, QStyle::StandardPixmap fallback)
{
    action->setIcon(icon(themeName, fallback));
}

void set(QAction* action, const QString& themeName)
{
    action->setIcon(icon(themeName));
}

} // namespace ia::ThemeIcons
