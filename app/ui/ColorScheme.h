#pragma once

#include <QString>

class QApplication;

namespace ia {

// Light or dark, or whatever the desktop says. The dark palette is applied by hand because the
// plain X11 platform has no dark theme of its own.
enum class ColorScheme
{
    System,
    Light,
    Dark,
};

namespace ColorSchemes {

void apply(ColorScheme scheme);
ColorScheme fromKey(const QString& key); // "light", "dark", anything else: System
QString toKey(ColorScheme scheme);

} // namespace ColorSchemes

} // namespace ia
