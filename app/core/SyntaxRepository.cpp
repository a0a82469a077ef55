#include "SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>
#include <QThread>
#include <QThreadStorage>

namespace ia {

Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, s_repository)

KSyntaxHighlighting::Repository& syntaxRepository()
{
    if (QThread::isMainThread())
        return *s_repository;
    // A repository loads its definitions lazily and is not safe to share between threads; the
    // report exports lay packets out on several at once, so each of those has its own, made on
    // first use (a thread that highlights no code pays nothing) and deleted by Qt as the thread ends.
    static QThreadStorage<KSyntaxHighlighting::Repository*> perThread;
    if (!perThread.hasLocalData())
        perThread.setLocalData(new KSyntaxHighlighting::Repository);
    return *perThread.localData();
}

} // namespace ia
