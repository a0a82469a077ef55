#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ChooseItemsDialog;
}

namespace ia {

// "Which of these?": a checkable list with Select all / Select none and a count; OK is enabled
// only while something is chosen. Remembers its size.
class ChooseItemsDialog : public QDialog
{
    Q_OBJECT

public:
    ChooseItemsDialog(QWidget* parent, const QString& title, const QString& explanation,
                      const QStringList& items, const QList<int>& checked, const QString& acceptText);
    ~ChooseItemsDialog() override;

    QList<int> chosen() const; // indexes into items, in order

private:
    void updateCount();

    std::unique_ptr<Ui::ChooseItemsDialog> m_ui;
};

} // namespace ia
