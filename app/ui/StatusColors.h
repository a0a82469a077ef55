#pragma once

#include <QColor>
#include <QString>

#include <functional>

class QPalette;
class QWidget;

namespace ia {

// Every colour that carries a meaning (a warning, an error, good or poor, a heat-map cell) comes
// from here, derived from the palette in use, so it reads in the light and the dark scheme alike
// and follows a scheme change at once.
namespace StatusColors {

bool isDark(const QPalette& palette);

// Text on the window's background.
QColor warning(const QPalette& palette);
QColor error(const QPalette& palette);
QColor good(const QPalette& palette);
QColor lenient(const QPalette& palette); // calibration: scores above the panel
QColor harsh(const QPalette& palette);   // calibration: scores below the panel

// A tinted box (a banner) and the text that reads on it.
QColor warningBackground(const QPalette& palette);
QColor warningText(const QPalette& palette);
QColor errorBackground(const QPalette& palette);
QColor errorText(const QPalette& palette);

// A heat-map cell for a value from 0 (poor) to 1 (strong), and its text.
QColor heat(const QPalette& palette, double t);
QColor heatText(const QPalette& palette);

// "QFrame#name { background: …; } QFrame#name QLabel { color: …; }" for a banner frame.
QString bannerStyle(const QString& objectName, const QColor& background, const QColor& text);

// A tinted notice (a blind-scoring note) on a label: "QLabel { background…; color…; padding… }".
QString noticeStyle(const QPalette& palette);
// The same tint as a small tag beside other text (PAUSED on a clock).
QString tagStyle(const QPalette& palette);

// Gives the widget the style sheet made from the application's palette, now and after every change
// of scheme, so colours in style sheets follow the scheme like the rest of the window.
void keepStyled(QWidget* widget, std::function<QString(const QPalette&)> style);

} // namespace StatusColors

} // namespace ia
