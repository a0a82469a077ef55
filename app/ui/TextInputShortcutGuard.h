#pragma once

#include <QObject>

namespace ia {

// The interview keys are single keys (1-4, N, H, Space, arrows...). While someone types in a text
// field they must reach the field, not trigger a shortcut: this filter, installed on the
// application, claims every unmodified key for a focused text input before shortcuts are matched.
// Ctrl/Alt combinations still reach shortcuts, except the ones the field itself handles (its own
// undo, copy and paste). A focused button keeps Space and Return (and a radio button its arrows)
// in the same way: tabbing to a control and pressing it must press it, not pause the clock.
class TextInputShortcutGuard : public QObject
{
    Q_OBJECT
public:
    explicit TextInputShortcutGuard(QObject* parent = nullptr);

    static bool isTextInput(const QObject* object);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace ia
