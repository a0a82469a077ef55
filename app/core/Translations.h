#pragma once

class QCoreApplication;
class QLocale;

namespace ia::Translations {

// Installs the app's translation for the locale (if one exists) and Qt's own. Returns whether the
// app's catalogue was found; English needs none.
bool install(QCoreApplication& app, const QLocale& locale);

} // namespace ia::Translations
