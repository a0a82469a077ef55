#pragma once

#include "DataFileError.h"
#include "LocatedProblem.h"

#include <QList>
#include <QString>

namespace ia {

using PackProblem = LocatedProblem;

// A pack file that was refused, with every problem found in it (not just the first), so a user
// fixes the file in one pass. message() lists them, one per line, each prefixed with the file.
class PackError : public DataFileError
{
public:
    PackError(const QString& source, QList<PackProblem> problems);

    const QString& source() const { return m_source; }
    const QList<PackProblem>& problems() const { return m_problems; }

private:
    QString m_source;
    QList<PackProblem> m_problems;
};

} // namespace ia
