#include "KitsPage.h"

#include "storage/Database.h"
#include "storage/KitRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/StorageError.h"
#include "ui/AddQuestionsDialog.h"
#include "ui/BankExchange.h"
#include "ui/KitItemsModel.h"
#include "ui/RememberedInterviewer.h"
#include "ui/UserPrompts.h"
#include "ui_KitsPage.h"

#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QSettings>
#include <QShortcut>

namespace ia {

namespace {

QString minutesText(int seconds)
{
    return QString::number(seconds / 60.0, 'f', seconds % 60 == 0 ? 0 : 1);
}

} // namespace

KitsPage::KitsPage(const Database& database, std::function<UserPrompts&()> prompts, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_prompts(std::move(prompts))
    , m_ui(std::make_unique<Ui::KitsPage>())
    , m_exchange(std::make_unique<BankExchange>(database, m_prompts))
    , m_items(new KitItemsModel(this))
{
    m_ui->setupUi(this);
    m_ui->itemTable->setModel(m_items);
    m_ui->itemTable->horizontalHeader()->setSectionResizeMode(KitItemsModel::QuestionColumn,
                                                              QHeaderView::Stretch);
    m_ui->itemTable->verticalHeader()->setSectionsClickable(false);
    m_ui->itemTable->horizontalHeader()->setSectionResizeMode(KitItemsModel::CategoryColumn,
                                                              QHeaderView::ResizeToContents);

    connect(m_ui->kitList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            show(m_ui->kitList->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_ui->showArchivedCheck, &QCheckBox::toggled, this, &KitsPage::reload);
    connect(m_ui->newKitButton, &QPushButton::clicked, this, &KitsPage::newKit);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &KitsPage::duplicate);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &KitsPage::toggleArchived);
    connect(m_ui->publishButton, &QPushButton::clicked, this, &KitsPage::publish);
    connect(m_ui->addQuestionButton, &QPushButton::clicked, this, &KitsPage::addQuestions);
    connect(m_ui->removeQuestionButton, &QPushButton::clicked, this, &KitsPage::removeQuestion);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveQuestion(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveQuestion(1); });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        if (m_exchange->importPacks(this)) {
            reload();
            emit kitsChanged();
        }
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        if (m_current != 0)
            m_exchange->exportPack(this, {m_shown.name});
    });
    connect(m_items, &KitItemsModel::edited, this, &KitsPage::saveItems);
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->roleEdit})
        connect(edit, &QLineEdit::editingFinished, this, &KitsPage::saveDetails);
    connect(m_ui->targetSpin, &QSpinBox::valueChanged, this, &KitsPage::saveDetails);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &KitsPage::saveDetails);
    connect(m_ui->roleEdit, &QLineEdit::textEdited, this, &KitsPage::saveDetails);

    const auto shortcut = [this](const QKeySequence& keys, QWidget* on, Qt::ShortcutContext context,
                                 auto slot) {
        auto* s = new QShortcut(keys, on, nullptr, nullptr, context);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_ui->itemTable, Qt::WidgetShortcut,
             [this] { moveQuestion(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_ui->itemTable, Qt::WidgetShortcut,
             [this] { moveQuestion(1); });
    shortcut(QKeySequence::Delete, m_ui->itemTable, Qt::WidgetShortcut, [this] { removeQuestion(); });
    shortcut(QKeySequence(Qt::Key_Insert), this, Qt::WidgetWithChildrenShortcut, [this] { addQuestions(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, Qt::WidgetWithChildrenShortcut,
             [this] { newKit(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, Qt::WidgetWithChildrenShortcut,
             [this] { publish(); });

    m_ui->splitter->setStretchFactor(1, 1);
    const QSettings settings;
    if (!m_ui->splitter->restoreState(settings.value(QStringLiteral("kitsPage/splitter")).toByteArray()))
        m_ui->splitter->setSizes({320, 900});
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("kitsPage/splitter"), m_ui->splitter->saveState());
    });
}

KitsPage::~KitsPage() = default;

QTableView* KitsPage::itemTable() const
{
    return m_ui->itemTable;
}

void KitsPage::reload()
{
    saveDetails();
    QList<Kit> kits;
    try {
        kits = KitRepository(m_database).all();
    } catch (const StorageError& e) {
        m_ui->versionLabel->setText(e.message());
        return;
    }
    const KitId keep = m_current;
    {
        const QSignalBlocker block(m_ui->kitList);
        m_ui->kitList->clear();
        for (const Kit& kit : std::as_const(kits)) {
            if (kit.archived && !m_ui->showArchivedCheck->isChecked() && kit.id != keep)
                continue;
            QString state = kit.version > 0 ? tr("version %1").arg(kit.version) : tr("never published");
            if (kit.changed && kit.version > 0)
                state += tr(", unpublished changes");
            if (kit.archived)
                state += tr(", archived");
            auto* item =
                new QListWidgetItem(QStringLiteral("%1\n%2 · %3")
                                        .arg(kit.name, kit.role.isEmpty() ? tr("no role") : kit.role, state),
                                    m_ui->kitList);
            item->setData(Qt::UserRole, kit.id);
        }
    }
    m_current = 0;
    if (keep != 0)
        select(keep);
    if (m_current == 0 && m_ui->kitList->count() > 0)
        m_ui->kitList->setCurrentRow(0);
    if (m_ui->kitList->count() == 0)
        show(0);
}

void KitsPage::focusList()
{
    m_ui->kitList->setFocus(Qt::OtherFocusReason);
}

void KitsPage::select(KitId id)
{
    for (int row = 0; row < m_ui->kitList->count(); ++row) {
        if (m_ui->kitList->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_ui->kitList->setCurrentRow(row);
            show(id);
            return;
        }
    }
}

void KitsPage::show(KitId id)
{
    if (id == m_current && id != 0)
        return;
    saveDetails(); // what was typed into the kit being left
    std::optional<Kit> kit;
    if (id != 0) {
        try {
            kit = KitRepository(m_database).working(id);
        } catch (const StorageError& e) {
            m_ui->versionLabel->setText(e.message());
        }
    }
    m_current = kit ? id : 0;
    m_shown = kit.value_or(Kit{});
    m_updating = true;
    m_ui->nameEdit->setText(m_shown.name);
    m_ui->roleEdit->setText(m_shown.role);
    m_ui->targetSpin->setValue(m_shown.targetSeconds / 60);
    m_ui->descriptionEdit->setPlainText(m_shown.description);
    m_items->setItems(m_shown.items);
    m_updating = false;
    const bool editable = kit && !m_database.isReadOnly();
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->nameEdit), static_cast<QWidget*>(m_ui->roleEdit),
          static_cast<QWidget*>(m_ui->targetSpin), static_cast<QWidget*>(m_ui->descriptionEdit),
          static_cast<QWidget*>(m_ui->itemTable), static_cast<QWidget*>(m_ui->addQuestionButton),
          static_cast<QWidget*>(m_ui->removeQuestionButton), static_cast<QWidget*>(m_ui->upButton),
          static_cast<QWidget*>(m_ui->downButton), static_cast<QWidget*>(m_ui->publishButton),
          static_cast<QWidget*>(m_ui->duplicateButton), static_cast<QWidget*>(m_ui->archiveButton)})
        w->setEnabled(editable);
    m_ui->exportButton->setEnabled(kit && kit->version > 0);
    m_ui->archiveButton->setText(m_shown.archived ? tr("Unarchive") : tr("Archive"));
    m_ui->newKitButton->setEnabled(!m_database.isReadOnly());
    m_ui->importButton->setEnabled(!m_database.isReadOnly());
    updateSummary();
}

void KitsPage::updateSummary()
{
    if (m_current == 0) {
        m_ui->versionLabel->setText(tr("No kit chosen."));
        m_ui->totalsLabel->clear();
        return;
    }
    const QLocale locale;
    QString version;
    if (m_shown.version == 0)
        version = tr("Never published: the start form does not offer this kit yet.");
    else if (m_shown.changed)
        version = tr("Unpublished changes: new interviews use version %1 (published %2) until you publish.")
                      .arg(m_shown.version)
                      .arg(locale.toString(m_shown.publishedAt.toLocalTime(), QLocale::ShortFormat));
    else
        version = tr("Version %1, published %2%3. Interviews keep the version they started with.")
                      .arg(m_shown.version)
                      .arg(locale.toString(m_shown.publishedAt.toLocalTime(), QLocale::ShortFormat))
                      .arg(m_shown.publishedBy.isEmpty() ? QString() : tr(" by %1").arg(m_shown.publishedBy));
    m_ui->versionLabel->setText(version);

    const QList<KitItem>& items = m_items->items();
    int total = 0;
    double weights = 0;
    QMap<QString, double> byCategory;
    for (const KitItem& item : items) {
        total += item.timeBudgetSeconds;
        weights += item.weight;
        byCategory[item.question.category] += item.weight;
    }
    QStringList shares;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        shares.append(tr("%1 %2%")
                          .arg(it.key().toHtmlEscaped())
                          .arg(weights > 0 ? qRound(100 * it.value() / weights) : 0));
    }
    QString totals = tr("<b>%n question(s), %1 min</b>", nullptr, int(items.size())).arg(minutesText(total));
    if (m_shown.targetSeconds > 0) {
        totals += tr(" of %1 min").arg(minutesText(m_shown.targetSeconds));
        if (total > m_shown.targetSeconds) {
            totals +=
                QStringLiteral(" — <span style='color:#c0392b'><b>%1</b></span>")
                    .arg(tr("%1 min over the target length").arg(minutesText(total - m_shown.targetSeconds)));
        }
    }
    if (!shares.isEmpty())
        totals +=
            QStringLiteral("<br>") + tr("Weight by category: %1").arg(shares.join(QStringLiteral(", ")));
    m_ui->totalsLabel->setText(totals);
}

void KitsPage::saveDetails()
{
    if (m_updating || m_current == 0)
        return;
    Kit details = m_shown;
    details.name = m_ui->nameEdit->text().trimmed();
    details.role = m_ui->roleEdit->text().trimmed();
    // Whole minutes in the box; a pack's target in seconds stays as it is unless the box changes.
    if (m_ui->targetSpin->value() != m_shown.targetSeconds / 60)
        details.targetSeconds = m_ui->targetSpin->value() * 60;
    details.description = m_ui->descriptionEdit->toPlainText();
    QString nameProblem;
    if (details.name.isEmpty()) {
        nameProblem = tr("A kit needs a name; the name was not changed.");
        details.name = m_shown.name;
    } else if (const std::optional<Kit> other = KitRepository(m_database).byName(details.name);
               other && other->id != m_current) {
        nameProblem = tr("Another kit is named \"%1\"; the name was not changed.").arg(details.name);
        details.name = m_shown.name;
    }
    if (details.name == m_shown.name && details.role == m_shown.role &&
        details.targetSeconds == m_shown.targetSeconds && details.description == m_shown.description) {
        if (!nameProblem.isEmpty())
            m_ui->versionLabel->setText(nameProblem);
        return;
    }
    try {
        KitRepository(m_database).updateDetails(details);
    } catch (const StorageError& e) {
        m_ui->versionLabel->setText(tr("Not saved: %1").arg(e.message()));
        return;
    }
    const bool listed = details.name != m_shown.name || details.role != m_shown.role;
    m_shown.name = details.name;
    m_shown.role = details.role;
    m_shown.targetSeconds = details.targetSeconds;
    m_shown.description = details.description;
    updateSummary();
    if (!nameProblem.isEmpty())
        m_ui->versionLabel->setText(nameProblem);
    if (listed) {
        if (QListWidgetItem* item = m_ui->kitList->currentItem()) {
            QStringList lines = item->text().split(QLatin1Char('\n'));
            const QString state = lines.value(1).section(QStringLiteral(" · "), 1);
            item->setText(
                QStringLiteral("%1\n%2 · %3")
                    .arg(m_shown.name, m_shown.role.isEmpty() ? tr("no role") : m_shown.role, state));
        }
        emit kitsChanged();
    }
}

void KitsPage::saveItems()
{
    if (m_updating || m_current == 0)
        return;
    try {
        KitRepository repo(m_database);
        repo.setItems(m_current, m_items->items());
        const std::optional<Kit> kit = repo.working(m_current);
        if (kit) {
            m_shown.changed = kit->changed;
        }
    } catch (const StorageError& e) {
        m_ui->versionLabel->setText(tr("Not saved: %1").arg(e.message()));
        return;
    }
    updateSummary();
}

void KitsPage::newKit()
{
    saveDetails(); // a name typed but not yet confirmed with Return or Tab
    if (m_database.isReadOnly())
        return;
    try {
        KitRepository repo(m_database);
        Kit kit;
        kit.name = repo.freeName(tr("New kit"));
        kit.targetSeconds = 45 * 60;
        const Kit created = repo.create(kit);
        reload();
        select(created.id);
        m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
        m_ui->nameEdit->selectAll();
    } catch (const StorageError& e) {
        m_prompts().inform(this, tr("Could not add a kit"), e.message());
    }
}

void KitsPage::duplicate()
{
    saveDetails(); // a name typed but not yet confirmed with Return or Tab
    if (m_current == 0)
        return;
    try {
        const Kit copy = KitRepository(m_database).duplicate(m_current);
        reload();
        select(copy.id);
        m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
        m_ui->nameEdit->selectAll();
    } catch (const StorageError& e) {
        m_prompts().inform(this, tr("Could not duplicate"), e.message());
    }
}

void KitsPage::toggleArchived()
{
    saveDetails(); // a name typed but not yet confirmed with Return or Tab
    if (m_current == 0)
        return;
    try {
        KitRepository(m_database).setArchived(m_current, !m_shown.archived);
    } catch (const StorageError& e) {
        m_prompts().inform(this, tr("Not changed"), e.message());
        return;
    }
    const KitId id = m_current;
    reload();
    select(id);
    emit kitsChanged();
}

void KitsPage::publish()
{
    saveDetails(); // a name typed but not yet confirmed with Return or Tab
    if (m_current == 0)
        return;
    try {
        KitRepository(m_database).publish(m_current, RememberedInterviewer::authorName());
    } catch (const StorageError& e) {
        m_prompts().inform(this, tr("Not published"), e.message());
        return;
    }
    const KitId id = m_current;
    reload();
    select(id);
    emit kitsChanged();
}

void KitsPage::addQuestions()
{
    if (m_current == 0 || m_database.isReadOnly())
        return;
    QList<Question> bank;
    try {
        bank = QuestionRepository(m_database).allLatest();
    } catch (const StorageError& e) {
        m_prompts().inform(this, tr("Could not read the bank"), e.message());
        return;
    }
    QList<QuestionId> inKit;
    for (const KitItem& item : m_items->items())
        inKit.append(item.question.id);
    AddQuestionsDialog dialog(bank, inKit, this);
    const int answer = dialog.exec();
    // Back to the window, so the next key (another Insert, Alt+Up) reaches the kit.
    window()->activateWindow();
    if (answer != QDialog::Accepted)
        return;
    const int first = int(m_items->items().size());
    m_items->append(dialog.chosen());
    if (m_items->rowCount() > first)
        m_ui->itemTable->setCurrentIndex(m_items->index(first, 0));
    m_ui->itemTable->setFocus(Qt::OtherFocusReason);
}

void KitsPage::removeQuestion()
{
    const int row = m_ui->itemTable->currentIndex().row();
    if (row < 0)
        return;
    m_items->remove(row);
    if (m_items->rowCount() > 0)
        m_ui->itemTable->setCurrentIndex(m_items->index(std::min(row, m_items->rowCount() - 1), 0));
}

void KitsPage::moveQuestion(int by)
{
    const QModelIndex current = m_ui->itemTable->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + by;
    if (m_items->move(current.row(), to))
        m_ui->itemTable->setCurrentIndex(m_items->index(to, current.column()));
}

} // namespace ia
