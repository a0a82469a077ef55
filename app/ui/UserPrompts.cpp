#include "UserPrompts.h"

#include "storage/SecureFile.h"
#include "ui/ChooseItemsDialog.h"
#include "ui/NameOnlyIconProvider.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace ia {

namespace {

// Qt's own dialog, choosing icons by file name only: a native or stock dialog opens files to sniff
// their type, which would drop SQLite's locks on an open database (see NameOnlyIconProvider).
void makeSafe(QFileDialog& dialog, const QString& name)
{
    static NameOnlyIconProvider icons;
    dialog.setObjectName(name);
    dialog.setOptions(QFileDialog::DontUseNativeDialog | QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(&icons);
}

} // namespace

bool UserPrompts::confirm(QWidget* parent, const QString& title, const QString& text,
                          const QString& acceptText)
{
    return ask(parent, title, text, acceptText, true);
}

bool UserPrompts::confirmDestructive(QWidget* parent, const QString& title, const QString& text,
                                     const QString& acceptText)
{
    return ask(parent, title, text, acceptText, false);
}

bool UserPrompts::ask(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
                      bool acceptIsDefault)
{
    QMessageBox box(acceptIsDefault ? QMessageBox::Question : QMessageBox::Warning, title, text,
                    QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    if (acceptIsDefault)
        box.setDefaultButton(accept);
    else
        box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void UserPrompts::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

std::optional<QString> UserPrompts::askText(QWidget* parent, const QString& title, const QString& label)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<QString> UserPrompts::askSecret(QWidget* parent, const QString& title, const QString& label)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<QList<int>> UserPrompts::chooseItems(QWidget* parent, const QString& title,
                                                   const QString& explanation, const QStringList& items,
                                                   const QList<int>& checked, const QString& acceptText)
{
    ChooseItemsDialog dialog(parent, title, explanation, items, checked, acceptText);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return std::nullopt;
    return dialog.chosen();
}

QString UserPrompts::saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                  const QString& filter)
{
    QFileDialog dialog(parent, title, suggestedPath, filter);
    makeSafe(dialog, QStringLiteral("exportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

QStringList UserPrompts::openFileNames(QWidget* parent, const QString& title, const QString& folder,
                                       const QString& filter)
{
    QFileDialog dialog(parent, title, folder, filter);
    makeSafe(dialog, QStringLiteral("importDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}

QString UserPrompts::existingFolder(QWidget* parent, const QString& title, const QString& folder)
{
    QFileDialog dialog(parent, title, folder);
    makeSafe(dialog, QStringLiteral("exportFolderDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

QString UserPrompts::startFolder(const QString& settingsKey)
{
    // A folder that does not exist must not be passed on: Qt's dialog would then start in the
    // folder it last showed, whatever that was.
    const QStringList candidates{QSettings().value(settingsKey).toString(),
                                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                 QStandardPaths::writableLocation(QStandardPaths::DesktopLocation),
                                 QDir::homePath(), QDir::rootPath()};
    for (const QString& c : candidates) {
        if (!c.isEmpty() && QFileInfo(c).isDir() && !OpenDatabases::holdsDatabase(c))
            return c;
    }
    return QDir::rootPath();
}

QString UserPrompts::exportPath(QWidget* parent, const QString& title, const QString& fileName,
                                const QString& filter)
{
    const QString path = saveFileName(
        parent, title, QDir(startFolder(QStringLiteral("export/folder"))).filePath(fileName), filter);
    if (!path.isEmpty())
        QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    return path;
}

QString UserPrompts::exportFolder(QWidget* parent, const QString& title)
{
    const QString folder = existingFolder(parent, title, startFolder(QStringLiteral("export/folder")));
    if (!folder.isEmpty())
        QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(folder).absoluteFilePath());
    return folder;
}

QStringList UserPrompts::importPaths(QWidget* parent, const QString& title, const QString& filter)
{
    const QStringList paths =
        openFileNames(parent, title, startFolder(QStringLiteral("import/folder")), filter);
    if (!paths.isEmpty())
        QSettings().setValue(QStringLiteral("import/folder"), QFileInfo(paths.first()).absolutePath());
    return paths;
}

} // namespace ia
