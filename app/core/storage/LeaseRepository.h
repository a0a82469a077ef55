#pragma once

#include "domain/Ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ia {

class Database;

// Who is editing an interview. One window at a time holds its lease; others may read it. A holder
// renews it with a heartbeat; one that stops (a crash, a sleeping laptop) loses it when it
// expires, and anyone may take a lease over explicitly. Times are the database's clock.
struct InterviewLease
{
    bool ours = false;
    QString holderName; // "Ann Example on ann-laptop"
    QDateTime acquiredAt;
    QDateTime heartbeatAt;
};

class LeaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(ia::LeaseRepository)

public:
    static constexpr int expirySeconds = 30;

    explicit LeaseRepository(const Database& database);

    // Takes the lease when it is free, expired or already ours (or, with takeOver, whoever has
    // it); otherwise says who holds it.
    InterviewLease acquire(InterviewId interview, const QString& holder, const QString& holderName,
                           bool takeOver = false) const;
    // The heartbeat; false when someone else holds the lease now.
    bool renew(InterviewId interview, const QString& holder) const;
    void release(InterviewId interview, const QString& holder) const;
    // Who holds it (ours is false for everyone but holder); no lease at all: holderName empty.
    InterviewLease current(InterviewId interview, const QString& holder) const;
    // Inside a write transaction: throws LeaseLost, naming who took over, unless holder has it.
    void requireHeld(InterviewId interview, const QString& holder) const;

private:
    const Database& m_database;
};

} // namespace ia
