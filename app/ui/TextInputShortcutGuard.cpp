#include "TextInputShortcutGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
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
    return QObject::eventFilter(watched, event);
}

} // namespace ia
