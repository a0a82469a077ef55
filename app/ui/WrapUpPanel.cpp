#include "WrapUpPanel.h"

#include "ui/StatusColors.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ia {

WrapUpPanel::WrapUpPanel(QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_summary(new QPlainTextEdit(this))
    , m_submit(new QPushButton(tr("Su&bmit scorecard…"), this))
    , m_reopen(new QPushButton(tr("&Reopen…"), this))
    , m_state(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Recommendation"), this));
    auto* grid = new QGridLayout;
    int i = 0;
    for (Recommendation r : allRecommendations()) {
        auto* button = new QRadioButton(displayName(r), this);
        button->setObjectName(QStringLiteral("recommendation_") + toKey(r));
        button->setFocusPolicy(Qt::TabFocus);
        m_group->addButton(button, int(r));
        grid->addWidget(button, i / 2, i % 2);
        ++i;
    }
    layout->addLayout(grid);
    // Fusion draws a radio button's ring in a shade of the window, which all but vanishes in a dark
    // scheme; the ring here takes the text's colour, half-way to the background.
    StatusColors::keepStyled(this, [](const QPalette& p) {
        const QColor ring = QColor::fromRgbF(
            float((p.color(QPalette::Text).redF() + p.color(QPalette::Window).redF()) / 2),
            float((p.color(QPalette::Text).greenF() + p.color(QPalette::Window).greenF()) / 2),
            float((p.color(QPalette::Text).blueF() + p.color(QPalette::Window).blueF()) / 2));
        return QStringLiteral("QRadioButton::indicator { width: 12px; height: 12px; border-radius: 7px;"
                              " border: 1px solid %1; background: %2; }"
                              "QRadioButton::indicator:checked { background: qradialgradient(cx:0.5, cy:0.5,"
                              " radius:0.5, fx:0.5, fy:0.5, stop:0 %3, stop:0.55 %3, stop:0.65 %2); }"
                              "QRadioButton::indicator:disabled { border-color: %4; }")
            .arg(ring.name(), p.color(QPalette::Base).name(), p.color(QPalette::Highlight).name(),
                 p.color(QPalette::Disabled, QPalette::Text).name());
    });
    auto* summaryLabel = new QLabel(tr("Summar&y"), this);
    summaryLabel->setBuddy(m_summary);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("The overall picture in a few sentences"));
    m_summary->setMaximumHeight(110);
    layout->addWidget(summaryLabel);
    layout->addWidget(m_summary);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addWidget(m_reopen);
    layout->addLayout(buttons);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    // Reached with Tab, not focused by a click: after a click the interview keys stay the keys.
    m_submit->setFocusPolicy(Qt::TabFocus);
    m_reopen->setFocusPolicy(Qt::TabFocus);

    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { emit recommendationChosen(static_cast<Recommendation>(id)); });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            emit summaryEdited(m_summary->toPlainText());
    });
    connect(m_submit, &QPushButton::clicked, this, &WrapUpPanel::submitRequested);
    connect(m_reopen, &QPushButton::clicked, this, &WrapUpPanel::reopenRequested);
}

QRadioButton* WrapUpPanel::recommendationButton(Recommendation r) const
{
    return qobject_cast<QRadioButton*>(m_group->button(int(r)));
}

void WrapUpPanel::setInterview(const Interview& interview)
{
    m_updating = true;
    // An exclusive group cannot show "none chosen" unless exclusivity is lifted for a moment.
    m_group->setExclusive(false);
    for (QAbstractButton* b : m_group->buttons())
        b->setChecked(interview.recommendation && m_group->id(b) == int(*interview.recommendation));
    m_group->setExclusive(true);
    if (m_summary->toPlainText() != interview.summary)
        m_summary->setPlainText(interview.summary);
    const bool submitted = interview.state == InterviewState::Submitted;
    for (QAbstractButton* b : m_group->buttons())
        b->setEnabled(!submitted && !m_locked);
    m_summary->setReadOnly(submitted || m_locked);
    m_submit->setVisible(!submitted);
    m_submit->setEnabled(!m_locked);
    m_reopen->setVisible(submitted);
    m_reopen->setEnabled(!m_locked);
    m_state->setText(
        submitted ? tr("Submitted %1. The scorecard is read-only.")
                        .arg(QLocale().toString(interview.submittedAt.toLocalTime(), QLocale::ShortFormat))
                  : QString());
    m_state->setVisible(submitted);
    m_updating = false;
}

void WrapUpPanel::setLocked(bool locked, const Interview& interview)
{
    m_locked = locked;
    setInterview(interview);
}

} // namespace ia
