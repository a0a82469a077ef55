#include "SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

namespace ia {

Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, s_repository)

KSyntaxHighlighting::Repository& syntaxRepository()
{
    return *s_repository;
}

} // namespace ia
