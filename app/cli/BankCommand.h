#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace ia {

// interview-cli bank list | export | import: the question bank and its kits, and question packs.
class BankCommand
{
    Q_DECLARE_TR_FUNCTIONS(ia::BankCommand)

public:
    BankCommand(QTextStream& out, QTextStream& err);

    // arguments: "bank", ACTION, options...
    int run(const QStringList& arguments);

private:
    int list(const QStringList& arguments);
    int exportPack(const QStringList& arguments);
    int importPacks(const QStringList& arguments);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace ia
