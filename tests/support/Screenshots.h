#pragma once

#include <QPixmap>
#include <QString>
#include <QWidget>

namespace ia::test {

// Set IA_SCREENSHOT_DIR to look at the windows and pages the tests drive (as PNG files there).
inline void keepScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("IA_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace ia::test
