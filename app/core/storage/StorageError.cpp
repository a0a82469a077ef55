#include "StorageError.h"

namespace ia {

StorageError::StorageError(Kind kind, QString message, QString detail)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_what(fullText().toUtf8())
{}

QString StorageError::fullText() const
{
    if (m_detail.isEmpty())
        return m_message;
    return m_message + QStringLiteral(" (") + m_detail + QLatin1Char(')');
}

const char* StorageError::what() const noexcept
{
    return m_what.constData();
}

} // namespace ia
