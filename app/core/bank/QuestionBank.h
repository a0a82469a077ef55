#pragma once

#include "domain/Question.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ia {

class Database;

// A question bank file: questions with rubrics, and kits that order them. The default bank ships
// in the resources; installing is idempotent per bank revision.
class QuestionBank
{
    Q_DECLARE_TR_FUNCTIONS(ia::QuestionBank)

public:
    struct KitItemTemplate
    {
        QString questionKey;
        int timeBudgetSeconds = 0;
        double weight = 1.0;
    };
    struct KitTemplate
    {
        QString uuid;
        QString name;
        QString role;
        QString description;
        QList<KitItemTemplate> items;
    };

    static QString defaultBankPath();
    // The kit the shipped bank defines, which a fresh database opens with.
    static QString defaultKitName();

    // Parse and validate; throws DataFileError naming the file and the faulty entry.
    static QuestionBank fromFile(const QString& path);
    static QuestionBank fromJson(const QByteArray& json, const QString& sourceName);

    const QString& name() const { return m_name; }
    int revision() const { return m_revision; }
    const QList<Question>& questions() const { return m_questions; }
    const QList<KitTemplate>& kits() const { return m_kits; }

    // Adds the questions and kits the database lacks, in one transaction, unless this revision of
    // the bank was installed before (so questions a user deleted stay deleted). Returns whether it
    // wrote anything.
    bool installInto(const Database& database) const;

    // The shipped bank into a database; what `init` and the first start do.
    static bool installDefault(const Database& database);

private:
    QString m_name;
    int m_revision = 0;
    QList<Question> m_questions;
    QList<KitTemplate> m_kits;
};

} // namespace ia
