#include "QuestionEditor.h"

#include "ui/CodeAnswerEditor.h"
#include "ui/QuestionEditCommand.h"
#include "ui_QuestionEditor.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ia {

namespace {

enum Field
{
    NoMerge = -1,
    Title = 1,
    Category,
    Minutes,
    Practical,
    Prompt,
    Assesses,
    FollowUpText,
    Code,
    AnchorLabel = 100,       // + score
    AnchorDescription = 200, // + score
};

QLineEdit* anchorLabel(Ui::QuestionEditor& ui, int score)
{
    QLineEdit* const edits[] = {ui.anchorLabel1, ui.anchorLabel2, ui.anchorLabel3, ui.anchorLabel4};
    return edits[score - 1];
}

QPlainTextEdit* anchorDescription(Ui::QuestionEditor& ui, int score)
{
    QPlainTextEdit* const edits[] = {ui.anchorDescription1, ui.anchorDescription2, ui.anchorDescription3,
                                     ui.anchorDescription4};
    return edits[score - 1];
}

// Sets a text field only when it differs, so the cursor of the field being typed in stays put.
void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

QuestionEditor::QuestionEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::QuestionEditor>())
    , m_code(nullptr)
    , m_undo(new QUndoStack(this))
{
    m_ui->setupUi(this);
    m_code = new CodeAnswerEditor(m_ui->codeHost);
    m_code->setObjectName(QStringLiteral("questionCode"));
    m_code->setLabels(tr("&Code shown with the question (optional)"),
                      tr("Code the candidate reads or works on; leave empty for none"));
    auto* codeLayout = new QVBoxLayout(m_ui->codeHost);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_code);
    for (int score = 1; score <= 4; ++score)
        anchorDescription(*m_ui, score)->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_ui->assessesEdit->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_ui->promptEdit->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_ui->followUpList->setMaximumHeight(fontMetrics().lineSpacing() * 7);

    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this] { changed(Title, tr("Edit title")); });
    connect(m_ui->categoryCombo, &QComboBox::currentTextChanged, this,
            [this] { changed(Category, tr("Change category")); });
    connect(m_ui->minutesSpin, &QDoubleSpinBox::valueChanged, this,
            [this] { changed(Minutes, tr("Change time")); });
    connect(m_ui->practicalCheck, &QCheckBox::toggled, this,
            [this] { changed(Practical, tr("Change practical")); });
    connect(m_ui->promptEdit, &QPlainTextEdit::textChanged, this,
            [this] { changed(Prompt, tr("Edit prompt")); });
    connect(m_ui->assessesEdit, &QPlainTextEdit::textChanged, this,
            [this] { changed(Assesses, tr("Edit what it assesses")); });
    for (int score = 1; score <= 4; ++score) {
        connect(anchorLabel(*m_ui, score), &QLineEdit::textEdited, this,
                [this, score] { changed(AnchorLabel + score, tr("Edit the label of score %1").arg(score)); });
        connect(anchorDescription(*m_ui, score), &QPlainTextEdit::textChanged, this, [this, score] {
            changed(AnchorDescription + score, tr("Edit the description of score %1").arg(score));
        });
    }
    connect(m_code, &CodeAnswerEditor::edited, this, [this] { changed(Code, tr("Edit code")); });
    connect(m_ui->followUpList, &QListWidget::itemChanged, this,
            [this] { changed(FollowUpText, tr("Edit follow-up")); });
    connect(m_ui->addFollowUpButton, &QPushButton::clicked, this, [this] {
        auto* item = new QListWidgetItem(tr("New follow-up"));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        {
            const QSignalBlocker block(m_ui->followUpList);
            m_ui->followUpList->addItem(item);
        }
        changed(NoMerge, tr("Add follow-up"));
        m_ui->followUpList->setCurrentItem(item);
        m_ui->followUpList->editItem(item);
    });
    connect(m_ui->removeFollowUpButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->followUpList->currentRow();
        if (row < 0)
            return;
        {
            const QSignalBlocker block(m_ui->followUpList);
            delete m_ui->followUpList->takeItem(row);
        }
        changed(NoMerge, tr("Remove follow-up"));
    });
    connect(m_ui->followUpUpButton, &QPushButton::clicked, this, [this] { moveFollowUp(-1); });
    connect(m_ui->followUpDownButton, &QPushButton::clicked, this, [this] { moveFollowUp(1); });
    auto* up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_ui->followUpList, nullptr, nullptr,
                             Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveFollowUp(-1); });
    auto* down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_ui->followUpList, nullptr, nullptr,
                               Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveFollowUp(1); });
    auto* remove =
        new QShortcut(QKeySequence::Delete, m_ui->followUpList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, m_ui->removeFollowUpButton, &QPushButton::click);

    // Text fields keep Ctrl+Z for themselves; here it must undo the question, like everywhere else
    // in the editor, or a field's own history and the editor's would disagree.
    const QList<QWidget*> fields = findChildren<QWidget*>();
    for (QWidget* w : fields) {
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
            qobject_cast<QAbstractSpinBox*>(w))
            w->installEventFilter(this);
        if (auto* plain = qobject_cast<QPlainTextEdit*>(w);
            plain && plain != m_code->findChild<QPlainTextEdit*>())
            plain->setUndoRedoEnabled(false);
    }
    setEditable(false);
}

QuestionEditor::~QuestionEditor() = default;

QWidget* QuestionEditor::titleEdit() const
{
    return m_ui->titleEdit;
}

bool QuestionEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo) ||
                          key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::Key_Y);
        if (undo || redo) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (undo)
                    m_undo->undo();
                else
                    m_undo->redo();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionEditor::setCategories(const QStringList& categories)
{
    m_updating = true;
    const QString current = m_ui->categoryCombo->currentText();
    m_ui->categoryCombo->clear();
    m_ui->categoryCombo->addItems(categories);
    m_ui->categoryCombo->setCurrentText(current);
    m_updating = false;
}

void QuestionEditor::setQuestion(const Question& question)
{
    m_undo->clear();
    show(question);
    setEditable(question.id != 0);
}

void QuestionEditor::setStatus(const QString& text)
{
    m_ui->versionLabel->setText(text);
}

void QuestionEditor::setEditable(bool editable)
{
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->titleEdit), static_cast<QWidget*>(m_ui->categoryCombo),
          static_cast<QWidget*>(m_ui->minutesSpin), static_cast<QWidget*>(m_ui->practicalCheck),
          static_cast<QWidget*>(m_ui->promptEdit), static_cast<QWidget*>(m_ui->assessesEdit),
          static_cast<QWidget*>(m_ui->followUpList), static_cast<QWidget*>(m_ui->addFollowUpButton),
          static_cast<QWidget*>(m_ui->removeFollowUpButton), static_cast<QWidget*>(m_ui->followUpUpButton),
          static_cast<QWidget*>(m_ui->followUpDownButton), static_cast<QWidget*>(m_ui->rubricBox)})
        w->setEnabled(editable);
    m_code->setReadOnly(!editable);
}

void QuestionEditor::apply(const Question& question)
{
    show(question);
    emit edited(m_shown);
}

void QuestionEditor::show(const Question& q)
{
    m_updating = true;
    setText(m_ui->titleEdit, q.title);
    if (m_ui->categoryCombo->currentText() != q.category)
        m_ui->categoryCombo->setCurrentText(q.category);
    m_ui->minutesSpin->setValue(q.timeBudgetSeconds / 60.0);
    m_ui->practicalCheck->setChecked(q.practical);
    setText(m_ui->promptEdit, q.prompt);
    setText(m_ui->assessesEdit, q.assesses);
    {
        const QSignalBlocker block(m_ui->followUpList);
        QStringList shown;
        for (int i = 0; i < m_ui->followUpList->count(); ++i)
            shown.append(m_ui->followUpList->item(i)->text());
        if (shown != q.followUps) {
            const int row = m_ui->followUpList->currentRow();
            m_ui->followUpList->clear();
            for (const QString& f : q.followUps) {
                auto* item = new QListWidgetItem(f, m_ui->followUpList);
                item->setFlags(item->flags() | Qt::ItemIsEditable);
            }
            m_ui->followUpList->setCurrentRow(std::min(row, m_ui->followUpList->count() - 1));
        }
    }
    for (int score = 1; score <= 4; ++score) {
        setText(anchorLabel(*m_ui, score), q.rubric.anchor(score).label);
        setText(anchorDescription(*m_ui, score), q.rubric.anchor(score).description);
    }
    if (m_code->code().text != q.snippet.text ||
        (!q.snippet.syntax.isEmpty() && m_code->code().syntax != q.snippet.syntax))
        m_code->setCode(q.snippet);
    m_shown = q;
    m_updating = false;
}

Question QuestionEditor::question() const
{
    Question q = m_shown;
    q.title = m_ui->titleEdit->text();
    q.category = m_ui->categoryCombo->currentText().trimmed();
    q.timeBudgetSeconds = int(std::lround(m_ui->minutesSpin->value() * 60));
    q.practical = m_ui->practicalCheck->isChecked();
    q.prompt = m_ui->promptEdit->toPlainText();
    q.assesses = m_ui->assessesEdit->toPlainText();
    q.followUps.clear();
    for (int i = 0; i < m_ui->followUpList->count(); ++i) {
        const QString text = m_ui->followUpList->item(i)->text().trimmed();
        if (!text.isEmpty())
            q.followUps.append(text);
    }
    for (int score = 1; score <= 4; ++score) {
        q.rubric.setAnchor(score, anchorLabel(*m_ui, score)->text(),
                           anchorDescription(*m_ui, score)->toPlainText());
    }
    // No code is no snippet at all, whatever language the picker shows.
    const CodeSnippet code = m_code->code();
    q.snippet = code.text.trimmed().isEmpty() ? CodeSnippet{} : code;
    return q;
}

void QuestionEditor::changed(int field, const QString& what)
{
    if (m_updating || m_shown.id == 0)
        return;
    const Question before = m_shown;
    const Question after = question();
    if (after.sameContent(before) && field != NoMerge)
        return;
    m_shown = after;
    m_undo->push(new QuestionEditCommand(this, before, after, field, what));
    emit edited(after);
}

void QuestionEditor::moveFollowUp(int by)
{
    QListWidget* list = m_ui->followUpList;
    const int row = list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= list->count())
        return;
    {
        const QSignalBlocker block(list);
        QListWidgetItem* item = list->takeItem(row);
        list->insertItem(to, item);
        list->setCurrentRow(to);
    }
    changed(NoMerge, by < 0 ? tr("Move follow-up up") : tr("Move follow-up down"));
}

} // namespace ia
