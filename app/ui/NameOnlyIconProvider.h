#pragma once

#include <QAbstractFileIconProvider>
#include <QMimeDatabase>

namespace ia {

// Icons and type names for file dialogs, decided from the file's name alone. Qt's own provider asks
// QMimeDatabase, which opens and reads a file whose name does not settle its type: the database's
// -wal and -shm files, or the database itself. On Linux that open and close inside our process drops
// every lock SQLite holds on the file, and another program can then delete the WAL the app is
// writing to (see SqliteDialect::connectionDetached).
class NameOnlyIconProvider final : public QAbstractFileIconProvider
{
public:
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;

private:
    QMimeDatabase m_mimes;
};

} // namespace ia
