#pragma once

#include <QString>
#include <QStringList>

#include <ostream>

// GoogleTest prints a QString as its UTF-16 code units; these print it as text in failures.
// (QString lives in the global namespace, so the overloads do too, for GoogleTest to find them.)
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QStringList& list, std::ostream* out)
{
    *out << '{';
    for (qsizetype i = 0; i < list.size(); ++i)
        *out << (i ? ", \"" : "\"") << list.at(i).toStdString() << '"';
    *out << '}';
}
