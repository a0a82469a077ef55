#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace ia {

// The one KSyntaxHighlighting repository for the life of the process: loading the definitions
// is expensive, and highlighters keep pointers into it.
KSyntaxHighlighting::Repository& syntaxRepository();

} // namespace ia
