#include "ThemeIcons.h"

#include <QAction>
#include <QApplication>

namespace ia::ThemeIcons {

QIcon icon(const QString& themeName, QStyle::StandardPixmap fallback)
{
    // hasThemeIcon asks the theme itself; fromTheme's own fallback is not taken where the platform
    // theme answers with an empty icon of its own.
    return QIcon::hasThemeIcon(themeName) ? QIcon::fromTheme(themeName)
                                          : QApplication::style()->standardIcon(fallback);
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
