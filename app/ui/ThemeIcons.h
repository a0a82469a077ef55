#pragma once

#include <QIcon>
#include <QStyle>

class QAction;

namespace ia::ThemeIcons {

// The desktop theme's icon by its freedesktop name (Breeze on KDE), or Qt's own standard icon
// where the theme has none (a bare X11 session, Xvfb).
QIcon icon(const QString& themeName, QStyle::StandardPixmap fallback);
QIcon icon(const QString& themeName); // no fallback: an empty icon where the theme has none

void set(QAction* action, const QString& themeName, QStyle::StandardPixmap fallback);
void set(QAction* action, const QString& themeName);

} // namespace ia::ThemeIcons
