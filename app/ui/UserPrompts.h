#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace ia {

// The few questions the app asks in a dialog (submit, reopen, erase). A seam: tests answer them
// without a modal event loop.
class UserPrompts
{
public:
    virtual ~UserPrompts() = default;

    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& acceptText);
    virtual void inform(QWidget* parent, const QString& title, const QString& text);
    // nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label);
    // Where to save a file; empty when cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                 const QString& filter);
};

} // namespace ia
