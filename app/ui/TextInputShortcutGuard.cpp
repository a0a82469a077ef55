#include "TextInputShortcutGuard.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
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

// A button the keyboard moved to (Tab) answers Space and Return, and a radio button also moves
// along its group with the arrows. These keys are the interview's shortcuts elsewhere (pause,
// note, next question), which must not take them from the control the user tabbed to. Only
// buttons that a click cannot focus, and only outside dialogs: a button focused by a click keeps
// the interview's keys working (the pointer went there, not the keyboard), and a dialog's own
// default button handles Return there.
bool claimsKey(const QAbstractButton* button, int key)
{
    if (!button->isEnabled() || !button->hasFocus() || (button->focusPolicy() & Qt::ClickFocus) ||
        qobject_cast<const QDialog*>(button->window()))
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
    auto* button = qobject_cast<QAbstractButton*>(watched);
    if (button && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && claimsKey(button, key->key())) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // the key goes to the button as a key press
                return true;
            }
            // Qt's buttons outside dialogs ignore Return; here it presses them, like Space.
            if (isReturn(key->key())) {
                button->click();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ia
