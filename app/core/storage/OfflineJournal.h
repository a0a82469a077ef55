#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

namespace ia {

// Where edits wait while the team server cannot be reached: a small SQLite file of this user's
// (next to the settings, 0600, WAL), so that they survive the app being killed or closed before
// the server is back, and a later run can make them (see OfflineReplay).
//
// Each running app writes under an owner of its own and holds that owner's lock file while it
// runs; a later run replays only the entries of owners whose process has gone, never those of a
// window still retrying its own. An entry is a write's key, its change in values (SavedChange) and
// its description for people (the recovery file's), per database; a key written again keeps its
// place and takes the newest values, as in the save queue. Throws StorageError.
class OfflineJournal
{
    Q_DECLARE_TR_FUNCTIONS(ia::OfflineJournal)

public:
    static constexpr int schemaVersion = 1;

    struct Entry
    {
        qint64 seq = 0;
        QString key;
        QJsonObject change;
        QJsonObject content;
    };

    // The journal in the user's configuration folder.
    static QString defaultPath();

    explicit OfflineJournal(const QString& path = defaultPath());
    ~OfflineJournal();
    OfflineJournal(const OfflineJournal&) = delete;
    OfflineJournal& operator=(const OfflineJournal&) = delete;

    const QString& path() const { return m_path; }

    // This run's entries.
    void put(const QString& database, const QString& key, const QJsonObject& change,
             const QJsonObject& content);
    void remove(const QString& database, const QString& key);
    QList<Entry> entries(const QString& database) const;

    // Entries for database left by runs that have ended (killed, or closed while the server was
    // away), oldest first; their owners stay claimed by this journal until it goes, so no other
    // run replays them at the same time.
    QList<Entry> leftovers(const QString& database);
    void removeLeftover(qint64 seq);

private:
    QString lockPathFor(const QString& owner) const;
    QString connectionName() const;

    QString m_path;
    QString m_owner;
    QLockFile m_lock;
    QList<std::shared_ptr<QLockFile>> m_claimed;
};

} // namespace ia
