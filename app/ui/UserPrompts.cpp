#include "UserPrompts.h"

#include "storage/SecureFile.h"
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

bool UserPrompts::confirm(QWidget* parent, const QString& title, const QString& text,
                          const QString& acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
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

QString UserPrompts::saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                  const QString& filter)
{
    static NameOnlyIconProvider icons;
    QFileDialog dialog(parent, title, suggestedPath, filter);
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setOptions(QFileDialog::DontUseNativeDialog | QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(&icons);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

QString UserPrompts::exportPath(QWidget* parent, const QString& title, const QString& fileName,
                                const QString& filter)
{
    QSettings settings;
    // The first existing folder that holds no open database. A folder that does not exist must not
    // be passed on: Qt's dialog would then start in the folder it last showed, whatever that was.
    const QStringList candidates{settings.value(QStringLiteral("export/folder")).toString(),
                                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                 QStandardPaths::writableLocation(QStandardPaths::DesktopLocation),
                                 QDir::homePath(), QDir::rootPath()};
    QString folder = QDir::rootPath();
    for (const QString& c : candidates) {
        if (!c.isEmpty() && QFileInfo(c).isDir() && !OpenDatabases::holdsDatabase(c)) {
            folder = c;
            break;
        }
    }
    const QString path = saveFileName(parent, title, QDir(folder).filePath(fileName), filter);
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    return path;
}

} // namespace ia
