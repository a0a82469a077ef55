#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace ia {

// The interview keyboard, as actions shared by the full window and the compact window (each adds
// them, so the keys work in whichever is active). The single-key shortcuts never fire while a text
// field has focus: TextInputShortcutGuard sees to that.
class InterviewActions : public QObject
{
    Q_OBJECT
public:
    explicit InterviewActions(QObject* parent = nullptr);

    QAction* score[4];
    // The overall call, Strong No to Strong Yes (Alt+1 to Alt+4), undoable like a score.
    QAction* recommend[4];
    QAction* skip;
    QAction* next;
    QAction* previous;
    QAction* focusNote;
    QAction* addHighlight;
    QAction* redFlag;
    QAction* strength;
    QAction* toggleClock;
    QAction* compactMode;
    QAction* submit;

    // Everything that acts on an open interview (not compact mode), to enable or disable together.
    QList<QAction*> interviewActions() const;
    QList<QAction*> all() const;
};

} // namespace ia
