#pragma once

#include "domain/Ids.h"
#include "domain/Viewer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace ia {

class Database;

// Who may read and write what on a team server, decided by the server itself: two group roles,
// a login role per person bound to an interviewer record (server_account), and row-level
// security policies whose conditions are VisibilityPolicy's own (blind scoring), so a client
// that ignores them, or psql, sees no more than the app shows.
//
// - An interviewer reads the bank, the candidates and the counts; reads a colleague's submitted
//   scorecards (scores, notes, recommendation) and the panel's verdict for a candidate only once
//   their own scorecard for them is submitted; never a colleague's draft; writes only their own
//   interviews, a scorecard's contents only while it is a draft, its history only by adding to it.
// - A manager (server_account.manager: the group roles are the cluster's, shared by every
//   database in it) besides reads every submitted scorecard, and alone erases candidates and
//   interviews and adds interviewers.
// - Only the owner and the logins added here may connect; nobody may make temporary tables.
// The database's owner (who runs `server setup`) is the administrator and is not bound by the
// policies (imports onto a server run as the owner); the app lets the owner choose a viewer as on
// a file.
class ServerAccess
{
    Q_DECLARE_TR_FUNCTIONS(ia::ServerAccess)

public:
    static const QString interviewerRole;
    static const QString managerRole;

    // The group roles (created when missing, which needs CREATEROLE), the account table, the
    // functions the policies call, the grants and the policies. Safe to run again. Runs inside the
    // caller's transaction: after every schema migration of a server, so new tables get theirs.
    static void install(const QSqlDatabase& db);
    // The tables the team's own records live in (not the caches the triggers keep), as the
    // app's schema names them.
    static QStringList teamTables();

    // Who the server sees on this connection: the interviewer the login is bound to, a manager or
    // not; nobody for a login with no account. Empty for the database's owner (or a superuser),
    // whom no policy binds: the app's own viewer applies.
    static std::optional<Viewer> viewer(const QSqlDatabase& db);

    // Why this login (the database's owner) cannot give people logins here, with what the server's
    // administrator runs to change that; empty when it can. A superuser can; otherwise it takes
    // CREATEROLE and, from PostgreSQL 16, the ADMIN option on both group roles, which a login has
    // only for roles it made itself: the owner of a second team's database in the same cluster
    // does not.
    static QString whyCannotAddUsers(const QSqlDatabase& db);

    struct NewUser
    {
        QString login; // the PostgreSQL role to log in as
        QString name;  // the interviewer's name, when a new interviewer record is made
        QString email; // finds the interviewer record (case-insensitive), or is given to a new one
        bool manager = false;
        QString password; // set on the role; empty leaves its password as it is
    };
    struct AddedUser
    {
        InterviewerId interviewer = 0;
        bool newRole = false;
        bool newInterviewer = false;
    };
    // As the owner: the login role (created, or given the group roles if it exists), bound to the
    // interviewer with the e-mail (created if there is none). Throws StorageError: Denied when the
    // owner may not create roles, InvalidData for a login name PostgreSQL cannot take.
    static AddedUser addUser(const Database& database, const NewUser& user);
};

} // namespace ia
