#include "AddQuestionsDialog.h"

#include "storage/CandidateFilterText.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ia {

AddQuestionsDialog::AddQuestionsDialog(const QList<Question>& questions,
                                       const QList<QuestionId>& alreadyInKit, QWidget* parent)
    : QDialog(parent)
    , m_questions(questions)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Add questions to the kit"));
    resize(640, 480);
    m_search->setObjectName(QStringLiteral("questionSearch"));
    m_search->setPlaceholderText(tr("Search title, category or prompt"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("bankQuestions"));
    m_list->setAccessibleName(tr("Questions of the bank"));
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const Question& q = questions.at(i);
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(q.title, q.category), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, int(i));
        if (alreadyInKit.contains(q.id))
            item->setToolTip(tr("Already in this kit"));
    }
    auto* label = new QLabel(tr("&Find"), this);
    label->setBuddy(m_search);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &AddQuestionsDialog::filter);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    // Down from the search field goes to the list, so keys alone pick a question.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, &QDialog::accept);
    filter();
}

void AddQuestionsDialog::filter()
{
    const QStringList words = CandidateFilterText::words(m_search->text());
    bool currentSet = false;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const Question& q = m_questions.at(item->data(Qt::UserRole).toInt());
        const QString text =
            CandidateFilterText::fold(q.title + QLatin1Char(' ') + q.category + QLatin1Char(' ') + q.prompt);
        bool match = true;
        for (const QString& w : words)
            match = match && text.contains(w);
        item->setHidden(!match);
        if (match && !currentSet) {
            m_list->setCurrentItem(item);
            currentSet = true;
        }
    }
}

bool AddQuestionsDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            m_list->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QList<Question> AddQuestionsDialog::chosen() const
{
    QList<Question> result;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            result.append(m_questions.at(item->data(Qt::UserRole).toInt()));
    }
    if (result.isEmpty() && m_list->currentItem() && !m_list->currentItem()->isHidden())
        result.append(m_questions.at(m_list->currentItem()->data(Qt::UserRole).toInt()));
    return result;
}

} // namespace ia
