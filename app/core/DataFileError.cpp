#include "DataFileError.h"

namespace ia {

DataFileError::DataFileError(QString message)
    : m_message(std::move(message))
    , m_what(m_message.toUtf8())
{}

} // namespace ia
