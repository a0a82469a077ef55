#pragma once

#include "domain/Interview.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace ia {

// The end of the interview: the overall recommendation (no neutral option), a summary, and Submit;
// once submitted, when it was and a way to reopen.
class WrapUpPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WrapUpPanel(QWidget* parent = nullptr);

    void setInterview(const Interview& interview);
    // Nothing here can be changed (the interview is open in another window, someone else's, or the
    // database is read-only): as when submitted, and no way to submit or reopen either.
    void setLocked(bool locked, const Interview& interview);

    QRadioButton* recommendationButton(Recommendation r) const;
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QPushButton* submitButton() const { return m_submit; }
    QPushButton* reopenButton() const { return m_reopen; }

signals:
    void recommendationChosen(Recommendation recommendation);
    void summaryEdited(const QString& summary);
    void submitRequested();
    void reopenRequested();

private:
    QButtonGroup* m_group;
    QPlainTextEdit* m_summary;
    QPushButton* m_submit;
    QPushButton* m_reopen;
    QLabel* m_state;
    bool m_updating = false;
    bool m_locked = false;
};

} // namespace ia
