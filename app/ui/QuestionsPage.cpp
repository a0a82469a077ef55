#include "QuestionsPage.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "ui/BankExchange.h"
#include "ui/QuestionEditor.h"
#include "ui/QuestionFilterModel.h"
#include "ui/QuestionHistoryDialog.h"
#include "ui/RememberedInterviewer.h"
#include "ui/UserPrompts.h"
#include "ui_QuestionsPage.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QShortcut>
#include <QStandardItemModel>
#include <QUndoStack>

namespace ia {

namespace {

enum Column
{
    TitleColumn,
    CategoryColumn,
    VersionColumn,
    StateColumn,
    KitsColumn,
    AskedColumn,
};

QString stateText(bool published, bool draft, bool archived)
{
    QStringList parts;
    if (!published)
        parts.append(QuestionsPage::tr("New"));
    else if (draft)
        parts.append(QuestionsPage::tr("Draft"));
    else
        parts.append(QuestionsPage::tr("Published"));
    if (archived)
        parts.append(QuestionsPage::tr("archived"));
    return parts.join(QStringLiteral(", "));
}

QString titleOrUntitled(const QString& title)
{
    return title.trimmed().isEmpty() ? QuestionsPage::tr("(untitled)") : title;
}

} // namespace

QuestionsPage::QuestionsPage(const Database& database, std::function<UserPrompts&()> prompts, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_prompts(std::move(prompts))
    , m_ui(std::make_unique<Ui::QuestionsPage>())
    , m_exchange(std::make_unique<BankExchange>(database, m_prompts))
    , m_model(new QStandardItemModel(0, 6, this))
    , m_filter(new QuestionFilterModel(this))
    , m_editor(new QuestionEditor)
{
    m_ui->setupUi(this);
    m_ui->editorScroll->setWidget(m_editor);
    m_model->setHorizontalHeaderLabels(
        {tr("Title"), tr("Category"), tr("Version"), tr("State"), tr("Kits"), tr("Asked")});
    m_filter->setSourceModel(m_model);
    m_ui->questionTable->setModel(m_filter);
    m_ui->questionTable->verticalHeader()->hide();
    QHeaderView* header = m_ui->questionTable->horizontalHeader();
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (const int column : {VersionColumn, StateColumn, AskedColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(CategoryColumn, 130);
    header->resizeSection(KitsColumn, 90);
    m_ui->questionTable->sortByColumn(CategoryColumn, Qt::AscendingOrder);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &QuestionFilterModel::setText);
    connect(m_ui->categoryFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCategory(m_ui->categoryFilter->currentData().toString()); });
    connect(m_ui->showArchivedCheck, &QCheckBox::toggled, m_filter, &QuestionFilterModel::setShowArchived);
    connect(m_ui->questionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    show(current.siblingAtColumn(0).data(QuestionFilterModel::IdRole).toLongLong());
            });
    connect(m_editor, &QuestionEditor::edited, this, &QuestionsPage::saveDraft);
    connect(m_ui->newButton, &QPushButton::clicked, this, &QuestionsPage::newQuestion);
    connect(m_ui->publishButton, &QPushButton::clicked, this, &QuestionsPage::publish);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &QuestionsPage::discardDraft);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &QuestionsPage::toggleArchived);
    connect(m_ui->historyButton, &QPushButton::clicked, this, &QuestionsPage::showHistory);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        if (m_exchange->importPacks(this)) {
            reload();
            emit bankChanged();
        }
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] { m_exchange->exportPack(this); });

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { newQuestion(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { publish(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });

    m_ui->splitter->setStretchFactor(1, 1);
    const QSettings settings;
    if (!m_ui->splitter->restoreState(settings.value(QStringLiteral("questionsPage/splitter")).toByteArray()))
        m_ui->splitter->setSizes({640, 720});
    m_ui->questionTable->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("questionsPage/columns")).toByteArray());
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("questionsPage/splitter"), m_ui->splitter->saveState());
    });
    connect(m_ui->questionTable->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        QSettings().setValue(QStringLiteral("questionsPage/columns"),
                             m_ui->questionTable->horizontalHeader()->saveState());
    });
    updateButtons();
}

QuestionsPage::~QuestionsPage() = default;

QUndoStack* QuestionsPage::undoStack() const
{
    return m_editor->undoStack();
}

QTableView* QuestionsPage::table() const
{
    return m_ui->questionTable;
}

void QuestionsPage::reload()
{
    try {
        m_overview = QuestionRepository(m_database).overview();
    } catch (const StorageError& e) {
        m_editor->setStatus(e.message());
        return;
    }
    const QuestionId keep = m_current;
    QStringList categories;
    {
        const QSignalBlocker block(m_ui->questionTable->selectionModel());
        m_model->removeRows(0, m_model->rowCount());
        for (const QuestionOverview& o : std::as_const(m_overview)) {
            auto* title = new QStandardItem(titleOrUntitled(o.title));
            title->setData(o.id, QuestionFilterModel::IdRole);
            title->setData(o.archived, QuestionFilterModel::ArchivedRole);
            auto* version = new QStandardItem;
            version->setData(o.publishedVersion, Qt::DisplayRole);
            auto* asked = new QStandardItem;
            asked->setData(o.timesAsked, Qt::DisplayRole);
            m_model->appendRow({title, new QStandardItem(o.category), version,
                                new QStandardItem(stateText(o.publishedVersion > 0, o.hasDraft, o.archived)),
                                new QStandardItem(o.kits.join(QStringLiteral(", "))), asked});
            if (!o.category.isEmpty() && !categories.contains(o.category))
                categories.append(o.category);
        }
    }
    categories.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker block(m_ui->categoryFilter);
        const QString chosen = m_ui->categoryFilter->currentData().toString();
        m_ui->categoryFilter->clear();
        m_ui->categoryFilter->addItem(tr("All categories"), QString());
        for (const QString& c : std::as_const(categories))
            m_ui->categoryFilter->addItem(c, c);
        m_ui->categoryFilter->setCurrentIndex(std::max(0, m_ui->categoryFilter->findData(chosen)));
    }
    m_editor->setCategories(categories);
    m_current = 0;
    if (keep != 0)
        select(keep);
    else if (m_filter->rowCount() > 0)
        m_ui->questionTable->setCurrentIndex(m_filter->index(0, 0));
    updateButtons();
}

void QuestionsPage::focusList()
{
    m_ui->questionTable->setFocus(Qt::OtherFocusReason);
}

void QuestionsPage::select(QuestionId id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 0)->data(QuestionFilterModel::IdRole).toLongLong() != id)
            continue;
        QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (!index.isValid()) { // filtered out: show it anyway
            m_ui->filterEdit->clear();
            m_ui->categoryFilter->setCurrentIndex(0);
            if (m_model->item(row, 0)->data(QuestionFilterModel::ArchivedRole).toBool())
                m_ui->showArchivedCheck->setChecked(true);
            index = m_filter->mapFromSource(m_model->index(row, 0));
        }
        m_ui->questionTable->setCurrentIndex(index);
        m_ui->questionTable->scrollTo(index);
        if (m_current != id)
            show(id);
        return;
    }
}

void QuestionsPage::show(QuestionId id)
{
    if (id == m_current)
        return;
    std::optional<Question> q;
    try {
        q = QuestionRepository(m_database).newest(id);
    } catch (const StorageError& e) {
        m_editor->setStatus(e.message());
        return;
    }
    m_current = q ? id : 0;
    m_filter->setPinned(m_current);
    m_editor->setQuestion(q.value_or(Question{}));
    m_editor->setEditable(q && !m_database.isReadOnly());
    if (q)
        updateStatus(*q);
    updateButtons();
}

void QuestionsPage::updateStatus(const Question& shown)
{
    const QLocale locale;
    QString text;
    if (shown.draft) {
        text =
            shown.version == 1
                ? tr("New question, not yet published: interviews do not ask it. Saved as you type.")
                : tr("Draft of version %1, saved as you type; interviews ask version %2 until you publish.")
                      .arg(shown.version)
                      .arg(shown.version - 1);
    } else {
        text = tr("Version %1, published %2%3. Editing starts a draft of version %4.")
                   .arg(shown.version)
                   .arg(locale.toString(shown.publishedAt.toLocalTime(), QLocale::ShortFormat))
                   .arg(shown.author.isEmpty() ? QString() : tr(" by %1").arg(shown.author))
                   .arg(shown.version + 1);
    }
    m_editor->setStatus(text);
}

void QuestionsPage::saveDraft(const Question& edited)
{
    if (edited.id == 0)
        return;
    try {
        const Question saved =
            QuestionRepository(m_database).saveDraft(edited, RememberedInterviewer::authorName());
        updateStatus(saved);
        // The list row follows without a reload, which would move the selection under the typist.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->item(row, 0)->data(QuestionFilterModel::IdRole).toLongLong() != edited.id)
                continue;
            m_model->item(row, TitleColumn)->setText(titleOrUntitled(saved.title));
            m_model->item(row, CategoryColumn)->setText(saved.category);
            const bool published = saved.draft ? saved.version > 1 : true;
            const bool archived = m_model->item(row, 0)->data(QuestionFilterModel::ArchivedRole).toBool();
            m_model->item(row, StateColumn)->setText(stateText(published, saved.draft, archived));
            break;
        }
    } catch (const StorageError& e) {
        m_editor->setStatus(tr("Not saved: %1").arg(e.message()));
    }
    updateButtons();
}

void QuestionsPage::newQuestion()
{
    if (m_database.isReadOnly())
        return;
    Question q;
    q.category = m_ui->categoryFilter->currentData().toString();
    q.timeBudgetSeconds = 300;
    try {
        const Question created =
            QuestionRepository(m_database).createDraft(q, RememberedInterviewer::authorName());
        m_ui->filterEdit->clear();
        reloadShowing(created.id);
        m_editor->titleEdit()->setFocus(Qt::OtherFocusReason);
    } catch (const StorageError& e) {
        m_prompts().inform(this, tr("Could not add a question"), e.message());
    }
}

void QuestionsPage::publish()
{
    if (m_current == 0)
        return;
    // A follow-up still in its cell editor is written when the editor loses the focus.
    if (QWidget* focused = QApplication::focusWidget(); focused && m_editor->isAncestorOf(focused)) {
        focused->clearFocus();
        focused->setFocus(Qt::OtherFocusReason);
    }
    try {
        QuestionRepository(m_database).publish(m_current, RememberedInterviewer::authorName());
    } catch (const StorageError& e) {
        m_prompts().inform(this, tr("Not published"), e.message());
        return;
    }
    reloadShowing(m_current);
    emit bankChanged();
}

void QuestionsPage::discardDraft()
{
    if (m_current == 0)
        return;
    const std::optional<Question> draft = QuestionRepository(m_database).draft(m_current);
    if (!draft)
        return;
    const bool everPublished = draft->version > 1;
    if (!m_prompts().confirmDestructive(
            this, tr("Discard draft"),
            everPublished ? tr("Throw away the changes to \"%1\" and go back to version %2?")
                                .arg(titleOrUntitled(draft->title))
                                .arg(draft->version - 1)
                          : tr("Remove the new question \"%1\"? It was never published.")
                                .arg(titleOrUntitled(draft->title)),
            tr("Discard")))
        return;
    try {
        QuestionRepository(m_database).discardDraft(m_current);
    } catch (const StorageError& e) {
        m_prompts().inform(this, tr("Not discarded"), e.message());
        return;
    }
    reloadShowing(everPublished ? m_current : 0);
}

void QuestionsPage::toggleArchived()
{
    if (m_current == 0)
        return;
    const auto it = std::find_if(m_overview.cbegin(), m_overview.cend(),
                                 [this](const QuestionOverview& o) { return o.id == m_current; });
    if (it == m_overview.cend())
        return;
    try {
        QuestionRepository(m_database).setArchived(m_current, !it->archived);
    } catch (const StorageError& e) {
        m_prompts().inform(this, tr("Not changed"), e.message());
        return;
    }
    reloadShowing(m_current);
    emit bankChanged();
}

void QuestionsPage::reloadShowing(QuestionId id)
{
    // Shown afresh from the database, whatever the editor showed of it before.
    m_current = 0;
    reload();
    if (id != 0)
        select(id);
}

void QuestionsPage::showHistory()
{
    if (m_current == 0)
        return;
    QuestionHistoryDialog dialog(QuestionRepository(m_database).history(m_current), this);
    dialog.exec();
}

void QuestionsPage::updateButtons()
{
    const bool writable = !m_database.isReadOnly();
    const auto it = std::find_if(m_overview.cbegin(), m_overview.cend(),
                                 [this](const QuestionOverview& o) { return o.id == m_current; });
    const bool known = m_current != 0 && it != m_overview.cend();
    bool hasDraft = false;
    if (m_current != 0) {
        try {
            hasDraft = QuestionRepository(m_database).draft(m_current).has_value();
        } catch (const StorageError&) {
        }
    }
    m_ui->newButton->setEnabled(writable);
    m_ui->importButton->setEnabled(writable);
    m_ui->publishButton->setEnabled(writable && hasDraft);
    m_ui->discardButton->setEnabled(writable && hasDraft);
    m_ui->historyButton->setEnabled(m_current != 0);
    m_ui->archiveButton->setEnabled(writable && known && it->publishedVersion > 0);
    m_ui->archiveButton->setText(known && it->archived ? tr("Unarchive") : tr("Archive"));
}

} // namespace ia
