#include "StatusColors.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPalette>
#include <QWidget>

namespace ia::StatusColors {

namespace {

// Part of the way from one colour to another.
QColor mix(const QColor& from, const QColor& to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

// Re-styles its widget when the palette changes. The colours come from the application's palette,
// not the widget's (which its own style sheet has changed), and an unchanged sheet is not set
// again: setting one changes the widget's palette, which would come back here.
class StyleFollower : public QObject
{
public:
    StyleFollower(QWidget* widget, std::function<QString(const QPalette&)> style)
        : QObject(widget)
        , m_widget(widget)
        , m_style(std::move(style))
    {
        apply();
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_widget &&
            (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
            apply();
        return false;
    }

private:
    void apply()
    {
        const QString sheet = m_style(QGuiApplication::palette());
        if (m_widget->styleSheet() != sheet)
            m_widget->setStyleSheet(sheet);
    }

    QWidget* m_widget;
    std::function<QString(const QPalette&)> m_style;
};

QColor pick(const QPalette& palette, QColor light, QColor dark)
{
    return isDark(palette) ? dark : light;
}

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor warning(const QPalette& palette)
{
    return pick(palette, QColor(0x9a, 0x62, 0x00), QColor(0xff, 0xc8, 0x57));
}

QColor error(const QPalette& palette)
{
    return pick(palette, QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x8a, 0x80));
}

QColor good(const QPalette& palette)
{
    return pick(palette, QColor(0x2e, 0x7d, 0x32), QColor(0x81, 0xc7, 0x84));
}

QColor lenient(const QPalette& palette)
{
    return warning(palette);
}

QColor harsh(const QPalette& palette)
{
    return pick(palette, QColor(0x1f, 0x4e, 0x9e), QColor(0x8a, 0xb4, 0xf8));
}

QColor warningBackground(const QPalette& palette)
{
    return mix(palette.color(QPalette::Window), QColor(0xf0, 0xb4, 0x00), isDark(palette) ? 0.32 : 0.22);
}

QColor warningText(const QPalette& palette)
{
    return pick(palette, QColor(0x4a, 0x36, 0x00), QColor(0xff, 0xf1, 0xc7));
}

QColor errorBackground(const QPalette& palette)
{
    return mix(palette.color(QPalette::Window), QColor(0xd3, 0x2f, 0x2f), isDark(palette) ? 0.38 : 0.14);
}

QColor errorText(const QPalette& palette)
{
    return pick(palette, QColor(0x7a, 0x14, 0x14), QColor(0xff, 0xe3, 0xe0));
}

QColor heat(const QPalette& palette, double t)
{
    t = qBound(0.0, t, 1.0);
    // Red through yellow to green, laid over the view's own background so the text stays its colour.
    const QColor hue = QColor::fromHsvF(float(0.33 * t), 0.85f, 0.95f);
    return mix(palette.color(QPalette::Base), hue, isDark(palette) ? 0.42 : 0.38);
}

QColor heatText(const QPalette& palette)
{
    return palette.color(QPalette::Text);
}

QString bannerStyle(const QString& objectName, const QColor& background, const QColor& text)
{
    return QStringLiteral("QFrame#%1 { background: %2; } QFrame#%1 QLabel { color: %3; }")
        .arg(objectName, background.name(), text.name());
}

namespace {

QString warningLabelStyle(const QPalette& palette, const char* padding)
{
    return QStringLiteral("QLabel { background: %1; color: %2; padding: %3; }")
        .arg(warningBackground(palette).name(), warningText(palette).name(), QLatin1String(padding));
}

} // namespace

QString noticeStyle(const QPalette& palette)
{
    return warningLabelStyle(palette, "4px");
}

QString tagStyle(const QPalette& palette)
{
    return warningLabelStyle(palette, "1px 5px");
}

void keepStyled(QWidget* widget, std::function<QString(const QPalette&)> style)
{
    new StyleFollower(widget, std::move(style));
}

} // namespace ia::StatusColors
