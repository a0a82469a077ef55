#pragma once

#include <QString>

#include <exception>

namespace ia {

// Thrown by the storage layer. message() is for the user (what went wrong, what to do);
// detail() carries the driver's text and the statement for logs and bug reports.
class StorageError : public std::exception
{
public:
    enum class Kind
    {
        Failed,        // a statement failed; the surrounding transaction was rolled back
        Gone,          // the row to change no longer exists (erased meanwhile); trying again cannot help
        Busy,          // another program held the database for longer than the busy timeout
        NotADatabase,  // not an SQLite file, or a database of another program
        Corrupt,       // SQLite reports damage
        NewerSchema,   // written by a newer Interview Assistant
        Io,            // the file or its folder could not be created, read or written
        ReadOnly,      // the file or its folder cannot be written; the database is open for reading only
        DiskFull,      // no space left on the disk that holds the database
        InvalidData,   // a value in the file is not one this app ever writes (a damaged or edited file)
        Detached,      // the files the connection wrote to are no longer the database at its path; the
                       // write did not reach the file (the database is reopened on the next access)
        LeaseLost,     // another window took the interview over; this one may only read it
        Denied,        // blind scoring or a manager-only action; the viewer may not do or see this
        Unreachable,   // the team server cannot be reached (network, server down); trying later may help
        Refused,       // the team server refused the login (password, role, database) or the action
        UpgradeNeeded, // the team server's schema is older; its owner upgrades it (after a backup)
    };

    StorageError(Kind kind, QString message, QString detail = {});

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const QString& detail() const { return m_detail; }
    // message and detail together, for a terminal or a log
    QString fullText() const;
    const char* what() const noexcept override;

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
    QByteArray m_what;
};

} // namespace ia
