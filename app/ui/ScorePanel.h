#pragma once

#include "domain/ScorecardEntry.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QFrame;

namespace ia {

// The four rubric anchors, each beside its score button, plus Skip. The chosen anchor is
// emphasised so a glance confirms what was recorded.
class ScorePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScorePanel(QWidget* parent = nullptr);

    void setEntry(const ScorecardEntry& entry);
    void setReadOnly(bool readOnly);

    QPushButton* scoreButton(int score) const { return m_buttons[score - 1]; }
    QPushButton* skipButton() const { return m_skip; }
    int emphasisedScore() const; // 0 when none

signals:
    void scoreClicked(int score);
    void skipClicked();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // A splitter knows nothing of wrapped text; never let it cut an anchor off mid-sentence.
    void fitHeightToText();

    QFrame* m_rows[4];
    QPushButton* m_buttons[4];
    QLabel* m_anchors[4];
    QPushButton* m_skip;
    QLabel* m_status;
};

} // namespace ia
