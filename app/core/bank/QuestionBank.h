#pragma once

#include "pack/Pack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ia {

class Database;

// The question pack the app ships (resources/questions), and how a database gets it: a pack like any
// other, installed so that it only adds what is missing, once per revision.
class QuestionBank
{
    Q_DECLARE_TR_FUNCTIONS(ia::QuestionBank)

public:
    static QString defaultBankPath();
    // The kit the shipped bank defines, which a fresh database opens with.
    static QString defaultKitName();

    // Parse and validate; throws PackError (a DataFileError) naming the file and every faulty entry.
    static QuestionBank fromFile(const QString& path);
    static QuestionBank fromJson(const QByteArray& json, const QString& sourceName);

    const QString& name() const { return m_pack.name; }
    int revision() const { return m_pack.revision; }
    const QList<Question>& questions() const { return m_pack.questions; }
    const QList<PackKit>& kits() const { return m_pack.kits; }

    // Adds the questions and kits the database lacks, in one transaction, unless this revision of
    // the bank was installed before (so questions a user deleted stay deleted, and edits stay).
    // Returns whether it wrote anything.
    bool installInto(const Database& database) const;

    // The shipped bank into a database; what `init` and the first start do.
    static bool installDefault(const Database& database);

private:
    Pack m_pack;
};

} // namespace ia
