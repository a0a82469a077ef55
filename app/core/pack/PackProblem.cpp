#include "PackProblem.h"

#include <QStringList>

namespace ia {

namespace {

QString listed(const QString& source, const QList<PackProblem>& problems)
{
    QStringList lines;
    for (const PackProblem& p : problems)
        lines.append(QStringLiteral("%1: %2: %3").arg(source, p.where, p.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PackError::PackError(const QString& source, QList<PackProblem> problems)
    : DataFileError(listed(source, problems))
    , m_source(source)
    , m_problems(std::move(problems))
{}

} // namespace ia
