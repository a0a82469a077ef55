#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace ia {

// The few questions the app asks in a dialog (submit, reopen, erase, where to export). A seam:
// tests answer them without a modal event loop.
class UserPrompts
{
public:
    virtual ~UserPrompts() = default;

    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& acceptText);
    // The same for what cannot be undone (erasing, discarding): Cancel is the default button, so a
    // Return pressed out of habit, or meant for the window behind, keeps everything.
    virtual bool confirmDestructive(QWidget* parent, const QString& title, const QString& text,
                                    const QString& acceptText);
    virtual void inform(QWidget* parent, const QString& title, const QString& text);
    // nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label);
    // A secret (a passphrase): the text is not shown. nullopt when cancelled.
    virtual std::optional<QString> askSecret(QWidget* parent, const QString& title, const QString& label);
    // Where to save a file; empty when cancelled. The dialog is Qt's own with icons chosen by file
    // name only: a native or stock dialog opens files to sniff their type, which would drop
    // SQLite's locks on the open database (see NameOnlyIconProvider).
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                 const QString& filter);

    // Which of items (indexes), with those in checked ticked at first; nullopt when cancelled. Never
    // an empty choice.
    virtual std::optional<QList<int>> chooseItems(QWidget* parent, const QString& title,
                                                  const QString& explanation, const QStringList& items,
                                                  const QList<int>& checked, const QString& acceptText);

    // An existing folder, in the same safe dialog; empty when cancelled.
    virtual QString existingFolder(QWidget* parent, const QString& title, const QString& folder);

    // Files to open, in the same safe dialog; empty when cancelled.
    virtual QStringList openFileNames(QWidget* parent, const QString& title, const QString& folder,
                                      const QString& filter);

    // Where to export fileName: the folder last exported to (Documents at first), never a folder
    // holding an open database; remembers the folder chosen. Empty when cancelled.
    QString exportPath(QWidget* parent, const QString& title, const QString& fileName, const QString& filter);
    // A folder to export several files into, starting (and remembered) as exportPath's.
    QString exportFolder(QWidget* parent, const QString& title);
    // Files to import, starting where the last import was (never a database's folder).
    QStringList importPaths(QWidget* parent, const QString& title, const QString& filter);

private:
    static bool ask(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
                    bool acceptIsDefault);
    // The first existing folder of: the one remembered under settingsKey, Documents, Desktop, home,
    // the root; never one holding an open database.
    static QString startFolder(const QString& settingsKey);
};

} // namespace ia
