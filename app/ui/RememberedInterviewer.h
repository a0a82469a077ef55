#pragma once

#include "domain/Interviewer.h"

#include <optional>

namespace ia {

class Database;

// Who is at the keyboard, remembered by the app across databases: a person with a UUID, a name and
// an e-mail (the same person on every database they use, so their scorecards meet in a manager's
// database). Kept in the settings file; the record in a database is made from it on first use.
class RememberedInterviewer
{
public:
    static Interviewer load();
    // Who edits the bank, for its version history: the remembered interviewer, else the login name.
    static QString authorName();
    static void save(const Interviewer& interviewer);

    // The remembered person in this database, or nobody: by UUID, or (settings from before people
    // had UUIDs) by a name exactly one interviewer of the database has. Never guesses between two.
    static std::optional<Interviewer> in(const Database& database);

    // The person a name (and, optionally, an e-mail) typed to start an interview means: the
    // remembered one if it is their name and address, else the one interviewer of that name (and
    // address) in the database, else someone new. Recorded in the database and remembered.
    static Interviewer forTypedName(const Database& database, const QString& name, const QString& email = {});

    // Someone picked by resuming their interview.
    static void rememberFrom(const Database& database, InterviewerId id);
};

} // namespace ia
