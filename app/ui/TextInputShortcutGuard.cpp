#include "TextInputShortcutGuard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTextEdit>

namespace ia {

namespace {

bool isTyping(const QKeyEvent* key)
{
    const QString text = key->text();
    return !text.isEmpty() && text.at(0).isPrint();
}

// Keys a text field uses for moving and editing; F-keys and Escape are left to shortcuts.
bool isEditingKey(int key)
{
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
    case Qt::Key_Space:
        return true;
    default:
        return false;
    }
}

bool isArrow(int key)
{
    return key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right;
}

bool isReturn(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

// A focused button answers Space (and Return, as KDE's buttons do); a radio button also moves
// along its group with the arrows. These keys are the interview's shortcuts elsewhere (pause,
// note, next question), which must not take them from the control the user tabbed to.
bool buttonKey(const QAbstractButton* button, int key)
{
    if (!button->isEnabled())
        return false;
    return key == Qt::Key_Space || isReturn(key) ||
           (qobject_cast<const QRadioButton*>(button) && isArrow(key));
}

} // namespace

TextInputShortcutGuard::TextInputShortcutGuard(QObject* parent)
    : QObject(parent)
{}

bool TextInputShortcutGuard::isTextInput(const QObject* object)
{
    if (const auto* line = qobject_cast<const QLineEdit*>(object))
        return !line->isReadOnly();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(object))
        return !plain->isReadOnly();
    if (const auto* rich = qobject_cast<const QTextEdit*>(object))
        return !rich->isReadOnly();
    if (const auto* combo = qobject_cast<const QComboBox*>(object))
        return combo->isEditable();
    return qobject_cast<const QAbstractSpinBox*>(object) != nullptr;
}

bool TextInputShortcutGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride && isTextInput(watched)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
        if (modifiers == Qt::NoModifier && (isTyping(key) || isEditingKey(key->key()))) {
            // Accepting the override sends the key to the field as an ordinary key press.
            event->accept();
            return true;
        }
    }
    if (auto* button = qobject_cast<QAbstractButton*>(watched)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
                           (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && event->type() == QEvent::ShortcutOverride && buttonKey(button, key->key())) {
            event->accept();
            return true;
        }
        // Qt's buttons outside dialogs ignore Return; here it presses them, like Space.
        if (plain && event->type() == QEvent::KeyPress && isReturn(key->key()) && button->isEnabled() &&
            button->hasFocus()) {
            button->click();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ia
