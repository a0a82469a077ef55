#include "HighlightPanel.h"

#include "interview/TimeFormat.h"
#include "ui/StatusColors.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ia {

namespace {

QString flagMark(HighlightFlag flag)
{
    switch (flag) {
    case HighlightFlag::RedFlag:
        return QStringLiteral("⚑ ");
    case HighlightFlag::Strength:
        return QStringLiteral("★ ");
    case HighlightFlag::None:
        break;
    }
    return {};
}

} // namespace

HighlightPanel::HighlightPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_text(new QLineEdit(this))
    , m_redFlag(new QPushButton(tr("Red flag (F)"), this))
    , m_strength(new QPushButton(tr("Strength (G)"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    auto* title = new QLabel(tr("High&lights (H adds one at the current time)"), this);
    title->setBuddy(m_list);
    m_list->setAccessibleName(tr("Highlights of this question"));
    m_list->setObjectName(QStringLiteral("highlightList"));
    m_text->setObjectName(QStringLiteral("highlightText"));
    m_text->setPlaceholderText(tr("What happened? Enter when done"));
    m_text->setAccessibleName(tr("Highlight text"));
    m_text->installEventFilter(this);
    for (QPushButton* b : {m_redFlag, m_strength, m_remove})
        b->setFocusPolicy(Qt::TabFocus);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_redFlag);
    buttons->addWidget(m_strength);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &HighlightPanel::currentChanged);
    connect(m_text, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (const HighlightId id = currentHighlight())
            emit textEdited(id, text);
    });
    connect(m_text, &QLineEdit::returnPressed, this, &HighlightPanel::editingFinished);
    connect(m_redFlag, &QPushButton::clicked, this, [this] {
        if (const HighlightId id = currentHighlight())
            emit flagRequested(id, HighlightFlag::RedFlag);
    });
    connect(m_strength, &QPushButton::clicked, this, [this] {
        if (const HighlightId id = currentHighlight())
            emit flagRequested(id, HighlightFlag::Strength);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const HighlightId id = currentHighlight())
            emit removeRequested(id);
    });
    currentChanged();
}

void HighlightPanel::setHighlights(const QList<Highlight>& highlights)
{
    const HighlightId selected = currentHighlight();
    m_updating = true;
    m_highlights = highlights;
    m_list->clear();
    for (const Highlight& h : highlights) {
        const QString text = h.text.isEmpty() ? tr("(no text yet)") : h.text;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2%3").arg(TimeFormat::clock(h.elapsedSeconds), flagMark(h.flag), text),
            m_list);
        item->setData(Qt::UserRole, h.id);
        item->setToolTip(displayName(h.flag));
        if (h.flag == HighlightFlag::RedFlag)
            item->setForeground(StatusColors::error(palette()));
        else if (h.flag == HighlightFlag::Strength)
            item->setForeground(StatusColors::good(palette()));
    }
    m_updating = false;
    selectHighlight(selected);
    currentChanged();
}

void HighlightPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    currentChanged();
}

HighlightId HighlightPanel::currentHighlight() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void HighlightPanel::selectHighlight(HighlightId id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    m_list->setCurrentRow(-1);
}

void HighlightPanel::editText()
{
    if (currentHighlight() == 0 || m_readOnly)
        return;
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->end(false);
}

void HighlightPanel::currentChanged()
{
    if (m_updating)
        return;
    const HighlightId id = currentHighlight();
    QString text;
    for (const Highlight& h : std::as_const(m_highlights)) {
        if (h.id == id)
            text = h.text;
    }
    // Leave what someone is typing alone when the list is refreshed under them.
    if (m_text->text() != text)
        m_text->setText(text);
    const bool editable = id != 0 && !m_readOnly;
    m_text->setEnabled(editable);
    m_redFlag->setEnabled(editable);
    m_strength->setEnabled(editable);
    m_remove->setEnabled(editable);
}

bool HighlightPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        emit editingFinished();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ia
