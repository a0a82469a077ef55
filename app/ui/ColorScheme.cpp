#include "ColorScheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace ia::ColorSchemes {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7a, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.lighter(110));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

} // namespace

void apply(ColorScheme scheme)
{
    // The platform's own style (Breeze on KDE) is kept while it can draw the scheme: Qt 6.8 asks
    // the platform theme for it (before 6.8, Fusion and our palette always draw a chosen scheme). Where the
    // theme cannot (plain X11, Xvfb), Fusion draws it from our palette; "follow the system" then returns to
    // the style the app started with.
    static const QString startStyle = QApplication::style()->name();
    bool platformDrawsIt = scheme == ColorScheme::System;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QStyleHints* hints = QGuiApplication::styleHints();
    const Qt::ColorScheme wanted =
        scheme == ColorScheme::Dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light;
    if (scheme == ColorScheme::System)
        hints->unsetColorScheme();
    else
        hints->setColorScheme(wanted);
    platformDrawsIt = platformDrawsIt || hints->colorScheme() == wanted;
#endif
    if (platformDrawsIt) {
        if (QApplication::style()->name() != startStyle)
            QApplication::setStyle(QStyleFactory::create(startStyle));
        // An empty palette resolves every role from the platform's again.
        QApplication::setPalette(QPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(scheme == ColorScheme::Dark ? darkPalette()
                                                         : QApplication::style()->standardPalette());
}

ColorScheme fromKey(const QString& key)
{
    if (key == QLatin1String("dark"))
        return ColorScheme::Dark;
    if (key == QLatin1String("light"))
        return ColorScheme::Light;
    return ColorScheme::System;
}

QString toKey(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace ia::ColorSchemes
