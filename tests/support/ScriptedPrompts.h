#pragma once

#include "ui/UserPrompts.h"

#include <QStringList>

namespace ia::test {

// Answers the app's dialogs without a modal loop and remembers what was said.
class ScriptedPrompts final : public UserPrompts
{
public:
    bool confirmAnswer = true;
    QString textAnswer = QStringLiteral("Scripted reason");
    QString saveAnswer; // empty: the user cancels the file dialog
    QStringList confirmations;
    QStringList messages;

    bool confirm(QWidget*, const QString&, const QString& text, const QString&) override
    {
        confirmations << text;
        return confirmAnswer;
    }
    void inform(QWidget*, const QString&, const QString& text) override { messages << text; }
    std::optional<QString> askText(QWidget*, const QString&, const QString&) override { return textAnswer; }
    QString saveFileName(QWidget*, const QString&, const QString& suggested, const QString&) override
    {
        suggestions << suggested;
        return saveAnswer;
    }
    QStringList suggestions;
};

} // namespace ia::test
