#pragma once

#include <QString>

namespace ia {

// Source text plus the name of its KSyntaxHighlighting definition ("Python", "C++", ...).
struct CodeSnippet
{
    QString syntax;
    QString text;

    bool isEmpty() const { return text.trimmed().isEmpty(); }
    friend bool operator==(const CodeSnippet&, const CodeSnippet&) = default;
};

} // namespace ia
