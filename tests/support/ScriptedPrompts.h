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
    QString saveAnswer;                  // empty: the user cancels the file dialog
    std::optional<QString> secretAnswer; // nullopt: the user cancels the passphrase dialog
    QStringList secretQuestions;
    QStringList confirmations;
    QStringList messages;

    bool confirm(QWidget*, const QString&, const QString& text, const QString&) override
    {
        confirmations << text;
        return confirmAnswer;
    }
    bool confirmDestructive(QWidget* parent, const QString& title, const QString& text,
                            const QString& acceptText) override
    {
        return confirm(parent, title, text, acceptText);
    }
    void inform(QWidget*, const QString&, const QString& text) override { messages << text; }
    std::optional<QString> askText(QWidget*, const QString&, const QString&) override { return textAnswer; }
    std::optional<QString> askSecret(QWidget*, const QString&, const QString& label) override
    {
        secretQuestions << label;
        return secretAnswer;
    }
    QString saveFileName(QWidget*, const QString&, const QString& suggested, const QString&) override
    {
        suggestions << suggested;
        return saveAnswer;
    }
    QStringList suggestions;
    // chooseItems: what was offered and ticked; the answer is chooseAnswer, or what was ticked when
    // that is empty, or a cancel when chooseCancels.
    QStringList offered;
    QList<int> ticked;
    QList<int> chooseAnswer;
    bool chooseCancels = false;
    std::optional<QList<int>> chooseItems(QWidget*, const QString&, const QString&, const QStringList& items,
                                          const QList<int>& checked, const QString&) override
    {
        offered = items;
        ticked = checked;
        if (chooseCancels)
            return std::nullopt;
        const QList<int> answer = chooseAnswer.isEmpty() ? checked : chooseAnswer;
        return answer.isEmpty() ? std::nullopt : std::optional<QList<int>>(answer);
    }
    QString folderAnswer; // empty: the user cancels the folder dialog
    QString existingFolder(QWidget*, const QString&, const QString&) override { return folderAnswer; }
    QStringList openAnswer; // empty: the user cancels
    QStringList openFileNames(QWidget*, const QString&, const QString&, const QString&) override
    {
        return openAnswer;
    }
};

} // namespace ia::test
