#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace ia {

// For the start-up benchmark (tests/bench/StartupBench.cpp), which runs the app with
// --quit-after-first-paint and its floor, a bare window, with this same filter: once the watched
// window has had its first paint event, prints "first paint" on stdout and quits. Both are queued
// behind the event, so the rest of that paint finishes first. Header-only, so the bare window needs
// nothing of the app.
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, QCoreApplication::instance(), [] {
                QTextStream(stdout) << "first paint\n";
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace ia
