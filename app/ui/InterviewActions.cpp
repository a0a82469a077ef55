#include "InterviewActions.h"

#include "domain/Recommendation.h"

#include <QAction>

namespace ia {

namespace {

QAction* make(QObject* parent, const QString& text, const QList<QKeySequence>& keys,
              const QString& objectName)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    // Active in whichever of the two windows (full or compact) has the action and is active.
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

} // namespace

InterviewActions::InterviewActions(QObject* parent)
    : QObject(parent)
{
    for (int s = 1; s <= 4; ++s) {
        score[s - 1] = make(this, tr("Score &%1").arg(s),
                            {QKeySequence(Qt::Key_0 + s), QKeySequence(Qt::KeypadModifier | (Qt::Key_0 + s))},
                            QStringLiteral("actionScore%1").arg(s));
    }
    // Alt with the score's digit: the same 1-4 scale, and no menu uses a digit as its mnemonic.
    for (const Recommendation r : allRecommendations()) {
        const int n = int(r);
        recommend[n - 1] = make(
            this, tr("Recommend %1").arg(displayName(r)),
            {QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_0 + n))),
             QKeySequence(QKeyCombination(Qt::AltModifier | Qt::KeypadModifier, Qt::Key(Qt::Key_0 + n)))},
            QStringLiteral("actionRecommend_") + toKey(r));
    }
    skip = make(this, tr("S&kip question"), {QKeySequence(Qt::Key_S), QKeySequence(Qt::Key_0)},
                QStringLiteral("actionSkip"));
    next = make(this, tr("&Next question"), {QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_Down)},
                QStringLiteral("actionNext"));
    previous = make(this, tr("&Previous question"), {QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_Up)},
                    QStringLiteral("actionPrevious"));
    focusNote = make(this, tr("&Write a note"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                     QStringLiteral("actionFocusNote"));
    addHighlight =
        make(this, tr("Add &highlight"), {QKeySequence(Qt::Key_H)}, QStringLiteral("actionAddHighlight"));
    redFlag = make(this, tr("Mark &red flag"), {QKeySequence(Qt::Key_F)}, QStringLiteral("actionRedFlag"));
    strength = make(this, tr("Mark &strength"), {QKeySequence(Qt::Key_G)}, QStringLiteral("actionStrength"));
    toggleClock = make(this, tr("Pause or resume the &clock"), {QKeySequence(Qt::Key_Space)},
                       QStringLiteral("actionToggleClock"));
    compactMode = make(this, tr("Com&pact mode"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
                       QStringLiteral("actionCompactMode"));
    compactMode->setCheckable(true);
    submit = make(this, tr("S&ubmit scorecard…"), {QKeySequence(Qt::CTRL | Qt::Key_Return)},
                  QStringLiteral("actionSubmit"));
}

QList<QAction*> InterviewActions::interviewActions() const
{
    QList<QAction*> list{score[0],     score[1],     score[2],     score[3],    skip,     next,
                         previous,     focusNote,    addHighlight, redFlag,     strength, recommend[0],
                         recommend[1], recommend[2], recommend[3], toggleClock, submit};
    return list;
}

QList<QAction*> InterviewActions::all() const
{
    return interviewActions() << compactMode;
}

} // namespace ia
