#pragma once

class QCoreApplication;
class QLocale;

namespace ia::Translations {

// Installs the app's translation for the locale (if one exists) and Qt's own, above the English
// catalogue (plural forms only), which is always installed. Returns whether the app's catalogue for
// the locale was found; English always is.
bool install(QCoreApplication& app, const QLocale& locale);

} // namespace ia::Translations
