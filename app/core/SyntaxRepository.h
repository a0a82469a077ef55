#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace ia {

// The KSyntaxHighlighting repository of the calling thread: the main thread's lasts as long as the
// process (loading the definitions is expensive, and highlighters keep pointers into it); any other
// thread that asks gets one of its own for as long as it runs.
KSyntaxHighlighting::Repository& syntaxRepository();

} // namespace ia
