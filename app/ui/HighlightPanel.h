#pragma once

#include "domain/Highlight.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace ia {

// The highlights of the current question: time stamp, flag and text, with the selected one's text
// editable below the list.
class HighlightPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HighlightPanel(QWidget* parent = nullptr);

    void setHighlights(const QList<Highlight>& highlights);
    void setReadOnly(bool readOnly);

    HighlightId currentHighlight() const; // 0 when none is selected
    void selectHighlight(HighlightId id);
    void editText(); // focus the text of the selected highlight
    QLineEdit* textEdit() const { return m_text; }
    QListWidget* list() const { return m_list; }

signals:
    void textEdited(HighlightId id, const QString& text);
    void flagRequested(HighlightId id, HighlightFlag flag);
    void removeRequested(HighlightId id);
    void editingFinished(); // Enter or Escape in the text field

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void currentChanged();

    QListWidget* m_list;
    QLineEdit* m_text;
    QPushButton* m_redFlag;
    QPushButton* m_strength;
    QPushButton* m_remove;
    QList<Highlight> m_highlights;
    bool m_readOnly = false;
    bool m_updating = false;
};

} // namespace ia
