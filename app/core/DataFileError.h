#pragma once

#include <QString>

#include <exception>

namespace ia {

// A data file (question bank, later CSV/JSON imports) is malformed. message() names the file and
// the place, so a user can fix it; nothing was written when this is thrown.
class DataFileError : public std::exception
{
public:
    explicit DataFileError(QString message);

    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_what.constData(); }

private:
    QString m_message;
    QByteArray m_what;
};

} // namespace ia
