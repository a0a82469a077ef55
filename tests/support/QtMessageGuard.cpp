#include "QtMessageGuard.h"

#include <QList>
#include <QMutex>
#include <gtest/gtest.h>

#include <cstdio>

namespace ia::test {

struct GuardState
{
    QMutex mutex;
    QList<ExpectQtWarning*> expected;
    int stray = 0;
    QtMessageHandler previous = nullptr;

    // Claimed by an ExpectQtWarning of the running test?
    bool claim(const QString& message)
    {
        for (ExpectQtWarning* e : std::as_const(expected)) {
            if (e->m_pattern.match(message).hasMatch()) {
                ++e->m_seen;
                return true;
            }
        }
        return false;
    }
};

namespace {

GuardState& state()
{
    static GuardState s;
    return s;
}

// Known messages that say nothing about our code. Keep each with its reason; a new entry needs one.
const QList<QRegularExpression>& allowList()
{
    static const QList<QRegularExpression> list{
        // The offscreen platform (every test's default) cannot apply size hints or raise a window;
        // Qt says so once per window. Nothing in the app depends on either.
        QRegularExpression(QStringLiteral("^This plugin does not support propagateSizeHints\\(\\)$")),
        QRegularExpression(QStringLiteral("^This plugin does not support raise\\(\\)$")),
        // ... nor grab the keyboard, which a file dialog's completer popup asks for.
        QRegularExpression(QStringLiteral("^This plugin does not support grabbing the keyboard$")),
    };
    return list;
}

bool isAllowed(const QString& message)
{
    for (const QRegularExpression& pattern : allowList()) {
        if (pattern.match(message).hasMatch())
            return true;
    }
    return false;
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    GuardState& s = state();
    if (type == QtDebugMsg || type == QtInfoMsg) {
        if (s.previous)
            s.previous(type, context, message);
        return;
    }
    {
        QMutexLocker lock(&s.mutex);
        if (s.claim(message))
            return;
    }
    if (isAllowed(message))
        return;
    std::fprintf(stderr, "Qt: %s\n", qPrintable(message));
    if (::testing::UnitTest::GetInstance()->current_test_info() != nullptr) {
        ADD_FAILURE() << "Unexpected Qt warning: " << message.toStdString();
    } else {
        QMutexLocker lock(&s.mutex);
        ++s.stray;
    }
    if (type == QtFatalMsg && s.previous)
        s.previous(type, context, message);
}

} // namespace

void QtMessageGuard::install()
{
    state().previous = qInstallMessageHandler(handler);
}

int QtMessageGuard::strayWarnings()
{
    QMutexLocker lock(&state().mutex);
    return state().stray;
}

ExpectQtWarning::ExpectQtWarning(const QString& pattern)
    : m_pattern(pattern)
{
    QMutexLocker lock(&state().mutex);
    state().expected.append(this);
}

ExpectQtWarning::~ExpectQtWarning()
{
    int seen = 0;
    {
        QMutexLocker lock(&state().mutex);
        state().expected.removeOne(this);
        seen = m_seen;
    }
    EXPECT_GT(seen, 0) << "expected a Qt warning matching " << m_pattern.pattern().toStdString();
}

} // namespace ia::test
