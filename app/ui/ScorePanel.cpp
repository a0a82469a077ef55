#include "ScorePanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ia {

ScorePanel::ScorePanel(QWidget* parent)
    : QWidget(parent)
    , m_skip(new QPushButton(tr("Skip (S)"), this))
    , m_status(new QLabel(this))
{
    // The emphasis follows the palette, so it reads in light and dark schemes alike.
    setStyleSheet(QStringLiteral("QFrame#anchorRow[chosen=\"true\"] { background: palette(highlight); "
                                 "border-radius: 4px; } QFrame#anchorRow[chosen=\"true\"] QLabel { color: "
                                 "palette(highlighted-text); }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int s = 1; s <= 4; ++s) {
        auto* row = new QFrame(this);
        row->setObjectName(QStringLiteral("anchorRow"));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(4, 2, 4, 2);
        auto* button = new QPushButton(QString::number(s), row);
        button->setObjectName(QStringLiteral("scoreButton%1").arg(s));
        button->setCheckable(true);
        button->setFixedWidth(button->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 16);
        button->setFocusPolicy(Qt::TabFocus);
        auto* anchor = new QLabel(row);
        anchor->setWordWrap(true);
        anchor->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        anchor->setTextFormat(Qt::RichText);
        anchor->setBuddy(button);
        row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        rowLayout->addWidget(button, 0, Qt::AlignTop);
        rowLayout->addWidget(anchor, 1);
        layout->addWidget(row);
        m_rows[s - 1] = row;
        m_buttons[s - 1] = button;
        m_anchors[s - 1] = anchor;
        connect(button, &QPushButton::clicked, this, [this, s] { emit scoreClicked(s); });
    }
    auto* bottom = new QHBoxLayout;
    m_skip->setCheckable(true);
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_skip->setAccessibleName(tr("Skip this question"));
    m_skip->setFocusPolicy(Qt::TabFocus);
    connect(m_skip, &QPushButton::clicked, this, &ScorePanel::skipClicked);
    bottom->addWidget(m_skip);
    bottom->addWidget(m_status, 1);
    layout->addLayout(bottom);
    layout->addStretch(1);
}

void ScorePanel::setEntry(const ScorecardEntry& entry)
{
    const int chosen = entry.status == EntryStatus::Scored && entry.score ? *entry.score : 0;
    for (int s = 1; s <= 4; ++s) {
        const RubricAnchor& a = entry.question.rubric.anchor(s);
        m_anchors[s - 1]->setText(
            QStringLiteral("<b>%1</b> — %2").arg(a.label.toHtmlEscaped(), a.description.toHtmlEscaped()));
        m_buttons[s - 1]->setAccessibleName(tr("Score %1: %2").arg(s).arg(a.label));
        m_buttons[s - 1]->setToolTip(tr("Score %1 (key %1)").arg(s));
        m_buttons[s - 1]->setChecked(s == chosen);
        const bool isChosen = s == chosen;
        if (m_rows[s - 1]->property("chosen").toBool() != isChosen) {
            m_rows[s - 1]->setProperty("chosen", isChosen);
            m_rows[s - 1]->style()->unpolish(m_rows[s - 1]);
            m_rows[s - 1]->style()->polish(m_rows[s - 1]);
            for (QLabel* label : m_rows[s - 1]->findChildren<QLabel*>()) {
                label->style()->unpolish(label);
                label->style()->polish(label);
            }
        }
    }
    fitHeightToText();
    m_skip->setChecked(entry.status == EntryStatus::Skipped);
    switch (entry.status) {
    case EntryStatus::Scored:
        m_status->setText(tr("Scored %1: %2").arg(chosen).arg(entry.question.rubric.anchor(chosen).label));
        break;
    case EntryStatus::Skipped:
        m_status->setText(tr("Skipped"));
        break;
    case EntryStatus::NotAsked:
        m_status->setText(tr("Not scored yet — press 1 to 4, or S to skip"));
        break;
    }
}

void ScorePanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitHeightToText();
}

void ScorePanel::fitHeightToText()
{
    if (layout() && layout()->hasHeightForWidth()) {
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > 0 && needed != minimumHeight())
            setMinimumHeight(needed);
    }
}

void ScorePanel::setReadOnly(bool readOnly)
{
    for (QPushButton* b : m_buttons)
        b->setEnabled(!readOnly);
    m_skip->setEnabled(!readOnly);
}

int ScorePanel::emphasisedScore() const
{
    for (int s = 1; s <= 4; ++s) {
        if (m_rows[s - 1]->property("chosen").toBool())
            return s;
    }
    return 0;
}

} // namespace ia
