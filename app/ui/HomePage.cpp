#include "HomePage.h"

#include "interview/TimeFormat.h"
#include "storage/CandidateListRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/KitRepository.h"
#include "storage/StorageError.h"
#include "ui/KitQuestionModel.h"
#include "ui/QuestionView.h"
#include "ui/RememberedInterviewer.h"
#include "ui/StatusColors.h"
#include "ui_HomePage.h"

#include <QFont>
#include <QLocale>
#include <QStandardItemModel>

#include <algorithm>

namespace ia {

namespace {

// Marks the list entries that are the current interviewer's own unfinished interviews.
constexpr int OwnInProgressRole = Qt::UserRole + 1;
// The role of a candidate in the candidate list, and of a kit in the kit list: the first picks the
// second.
constexpr int CandidateRoleRole = Qt::UserRole + 2;
constexpr int KitRoleRole = Qt::UserRole + 3;

} // namespace

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HomePage>())
    , m_kitModel(new KitQuestionModel(this))
{
    m_ui->setupUi(this);
    m_ui->questionList->setModel(m_kitModel);
    m_ui->homeSplitter->setStretchFactor(0, 1);
    m_ui->homeSplitter->setStretchFactor(1, 2);
    m_ui->kitSplitter->setStretchFactor(0, 1);
    m_ui->kitSplitter->setStretchFactor(1, 2);
    StatusColors::keepStyled(m_ui->startError, [](const QPalette& p) {
        return QStringLiteral("color: %1;").arg(StatusColors::error(p).name());
    });
    m_ui->startError->hide();
    m_ui->homeSplitter->setSizes({380, 900});
    m_ui->startPane->setMinimumWidth(340);
    m_ui->unfinishedList->setWordWrap(true);
    m_ui->unfinishedList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_ui->candidateCombo, &QComboBox::currentIndexChanged, this, &HomePage::updateNewCandidateFields);
    connect(m_ui->candidateCombo, &QComboBox::currentIndexChanged, this, &HomePage::chooseKitForRole);
    connect(m_ui->newRoleEdit, &QLineEdit::editingFinished, this, &HomePage::chooseKitForRole);
    connect(m_ui->candidateFindEdit, &QLineEdit::textChanged, this, [this] {
        const QVariant before = m_ui->candidateCombo->currentData();
        fillCandidates();
        if (m_ui->candidateCombo->currentData() != before)
            chooseKitForRole();
    });
    connect(m_ui->kitCombo, &QComboBox::currentIndexChanged, this, &HomePage::showKit);
    connect(m_ui->questionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HomePage::showCurrentQuestion);
    connect(m_ui->startButton, &QPushButton::clicked, this, &HomePage::requestStart);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &HomePage::requestResume);
    connect(m_ui->unfinishedList, &QListWidget::itemActivated, this, &HomePage::requestResume);
    for (QLineEdit* edit : {m_ui->candidateFindEdit, m_ui->newNameEdit, m_ui->newRoleEdit,
                            m_ui->interviewerEdit, m_ui->interviewerEmailEdit})
        connect(edit, &QLineEdit::returnPressed, this, &HomePage::requestStart);
}

HomePage::~HomePage() = default;

QAbstractItemView* HomePage::questionList() const
{
    return m_ui->questionList;
}

QuestionView* HomePage::questionView() const
{
    return m_ui->questionView;
}

int HomePage::unfinishedCount() const
{
    return m_ui->unfinishedList->count();
}

void HomePage::reload(const Database& database, const QString& interviewer)
{
    m_database = &database;
    if (m_ui->interviewerEdit->text().isEmpty()) {
        m_ui->interviewerEdit->setText(interviewer);
        m_ui->interviewerEmailEdit->setText(RememberedInterviewer::load().email);
    }

    const QVariant previousKit = m_ui->kitCombo->currentData();
    fillCandidates();

    // Kits grouped by role under a heading that cannot be chosen (keys and the mouse skip it).
    m_ui->kitCombo->blockSignals(true);
    m_ui->kitCombo->clear();
    QList<Kit> kits = KitRepository(database).offered();
    std::stable_sort(kits.begin(), kits.end(), [](const Kit& a, const Kit& b) {
        return QString::localeAwareCompare(a.role, b.role) < 0;
    });
    auto* kitModel = qobject_cast<QStandardItemModel*>(m_ui->kitCombo->model());
    QString heading;
    for (qsizetype i = 0; i < kits.size(); ++i) {
        const Kit& k = kits.at(i);
        const QString role = k.role.trimmed().isEmpty() ? tr("Any role") : k.role.trimmed();
        if (i == 0 || role != heading) {
            heading = role;
            m_ui->kitCombo->addItem(role);
            if (QStandardItem* item = kitModel ? kitModel->item(m_ui->kitCombo->count() - 1) : nullptr) {
                item->setFlags(Qt::NoItemFlags);
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
        m_ui->kitCombo->addItem(tr("%1 (%2)").arg(k.name, TimeFormat::minutes(k.totalBudgetSeconds())), k.id);
        m_ui->kitCombo->setItemData(m_ui->kitCombo->count() - 1, k.name, Qt::AccessibleTextRole);
        m_ui->kitCombo->setItemData(m_ui->kitCombo->count() - 1, k.role.trimmed(), KitRoleRole);
    }
    m_ui->kitCombo->blockSignals(false);
    if (!selectKit(previousKit.toLongLong()))
        chooseKitForRole();

    // Unfinished: in progress first (the interviewer's own at the top), then planned.
    m_ui->unfinishedList->clear();
    QList<Interview> unfinished = InterviewRepository(database).unfinished();
    // Yours by who you are, not by name: two interviewers may share one.
    std::optional<Interviewer> me;
    try {
        me = RememberedInterviewer::in(database);
    } catch (const StorageError&) {
        // Not known here: nothing is marked as yours.
    }
    const auto isMine = [&](const Interview& i) {
        return me && i.interviewerId == me->id;
    };
    std::stable_sort(unfinished.begin(), unfinished.end(), [&](const Interview& a, const Interview& b) {
        const auto rank = [&](const Interview& i) {
            return (i.state == InterviewState::InProgress ? 0 : 2) + (isMine(i) ? 0 : 1);
        };
        return rank(a) < rank(b);
    });
    for (const Interview& i : std::as_const(unfinished)) {
        const QDateTime when = i.state == InterviewState::InProgress ? i.startedAt : i.scheduledAt;
        const QString text =
            tr("%1 with %2 — %3, %4")
                .arg(i.candidateName, i.interviewerName, displayName(i.state),
                     when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                                    : tr("no date"));
        auto* item = new QListWidgetItem(text, m_ui->unfinishedList);
        item->setData(Qt::UserRole, i.id);
        item->setData(OwnInProgressRole, i.state == InterviewState::InProgress && isMine(i));
    }
    m_ui->unfinishedList->setCurrentRow(unfinished.isEmpty() ? -1 : 0);
    m_ui->resumeBox->setVisible(!unfinished.isEmpty());
    m_ui->resumeButton->setEnabled(!unfinished.isEmpty());
}

void HomePage::focusDefault()
{
    const bool ownInProgress =
        m_ui->unfinishedList->count() > 0 && m_ui->unfinishedList->item(0)->data(OwnInProgressRole).toBool();
    if (ownInProgress) {
        m_ui->resumeButton->setDefault(true);
        m_ui->resumeButton->setFocus();
    } else {
        m_ui->startButton->setDefault(true);
        m_ui->candidateCombo->setFocus();
    }
}

void HomePage::updateNewCandidateFields()
{
    const bool isNew = m_ui->candidateCombo->currentData().toLongLong() == 0;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->newNameLabel), static_cast<QWidget*>(m_ui->newNameEdit),
                       static_cast<QWidget*>(m_ui->newRoleLabel), static_cast<QWidget*>(m_ui->newRoleEdit)})
        w->setVisible(isNew);
}

bool HomePage::selectKit(KitId id)
{
    const int index = id == 0 ? -1 : m_ui->kitCombo->findData(id);
    if (index < 0)
        return false;
    m_ui->kitCombo->setCurrentIndex(index); // showKit() follows
    showKit();
    return true;
}

void HomePage::chooseKitForRole()
{
    if (!m_database)
        return;
    const bool isNew = m_ui->candidateCombo->currentData().toLongLong() == 0;
    const QString role = isNew ? m_ui->newRoleEdit->text().trimmed()
                               : m_ui->candidateCombo->currentData(CandidateRoleRole).toString().trimmed();
    m_kitChosenForRole = role;
    try {
        // The kit last used for the role, else the first kit made for it.
        if (const std::optional<KitId> last = KitRepository(*m_database).lastUsedForRole(role);
            last && selectKit(*last))
            return;
        // (The kits listed already carry their role: no second reading of every kit.)
        for (int i = 0; i < m_ui->kitCombo->count() && !role.isEmpty(); ++i) {
            if (m_ui->kitCombo->itemData(i, KitRoleRole).toString().compare(role, Qt::CaseInsensitive) == 0 &&
                selectKit(m_ui->kitCombo->itemData(i).toLongLong()))
                return;
        }
    } catch (const StorageError& e) {
        m_ui->kitLabel->setText(e.message());
    }
    // Nothing for the role: keep the choice, or the first kit when there is none yet.
    if (m_ui->kitCombo->currentData().toLongLong() == 0) {
        for (int i = 0; i < m_ui->kitCombo->count(); ++i) {
            if (m_ui->kitCombo->itemData(i).toLongLong() != 0) {
                selectKit(m_ui->kitCombo->itemData(i).toLongLong());
                return;
            }
        }
        showKit();
    }
}

void HomePage::showKit()
{
    if (!m_database)
        return;
    try {
        const std::optional<Kit> kit =
            KitRepository(*m_database).get(m_ui->kitCombo->currentData().toLongLong());
        m_kitModel->setKit(kit.value_or(Kit{}));
        m_ui->kitLabel->setText(
            kit ? tr("Kit: %1 (%2)").arg(kit->name, TimeFormat::minutes(kit->totalBudgetSeconds()))
                : tr("No kit yet"));
        if (m_kitModel->rowCount() > 0)
            m_ui->questionList->setCurrentIndex(m_kitModel->index(0));
    } catch (const StorageError& e) {
        m_ui->kitLabel->setText(e.message());
    }
}

void HomePage::showCurrentQuestion()
{
    const QModelIndex current = m_ui->questionList->currentIndex();
    if (!current.isValid()) {
        m_ui->questionView->clear();
        return;
    }
    const KitItem& item = m_kitModel->item(current.row());
    m_ui->questionView->setQuestion(item.question, item.timeBudgetSeconds);
}

void HomePage::requestStart()
{
    // Return in the role field starts at once, before the field reports it was edited: the kit
    // follows the role typed, unless one was chosen for it already.
    if (m_ui->candidateCombo->currentData().toLongLong() == 0 &&
        m_ui->newRoleEdit->text().trimmed() != m_kitChosenForRole)
        chooseKitForRole();
    StartRequest request;
    request.candidate = m_ui->candidateCombo->currentData().toLongLong();
    request.newCandidateName = m_ui->newNameEdit->text().trimmed();
    request.newCandidateRole = m_ui->newRoleEdit->text().trimmed();
    request.kit = m_ui->kitCombo->currentData().toLongLong();
    request.interviewer = m_ui->interviewerEdit->text().trimmed();
    request.interviewerEmail = m_ui->interviewerEmailEdit->text().trimmed();
    QStringList missing;
    if (request.candidate == 0 && request.newCandidateName.isEmpty())
        missing << tr("the new candidate's name");
    if (request.kit == 0)
        missing << tr("a kit");
    if (request.interviewer.isEmpty())
        missing << tr("your name");
    if (!missing.isEmpty()) {
        m_ui->startError->setText(tr("To start, fill in %1.").arg(missing.join(tr(" and "))));
        m_ui->startError->show();
        return;
    }
    m_ui->startError->hide();
    emit startRequested(request);
}

void HomePage::requestResume()
{
    const QListWidgetItem* item = m_ui->unfinishedList->currentItem();
    if (item)
        emit resumeRequested(item->data(Qt::UserRole).toLongLong());
}

void HomePage::chooseNewCandidate(const QString& name, const QString& role)
{
    m_ui->candidateCombo->setCurrentIndex(0);
    m_ui->newNameEdit->setText(name);
    m_ui->newRoleEdit->setText(role);
}

void HomePage::fillCandidates()
{
    if (!m_database)
        return;
    const QVariant previous = m_ui->candidateCombo->currentData();
    m_ui->candidateCombo->blockSignals(true);
    m_ui->candidateCombo->clear();
    m_ui->candidateCombo->addItem(tr("New candidate…"), CandidateId(0));
    bool more = false;
    try {
        const QList<CandidateRow> rows =
            CandidateListRepository(*m_database)
                .newest(CandidateFilter{m_ui->candidateFindEdit->text(), {}}, listedCandidates, &more);
        for (const CandidateRow& c : rows) {
            m_ui->candidateCombo->addItem(c.role.isEmpty() ? c.name : tr("%1 — %2").arg(c.name, c.role),
                                          c.id);
            m_ui->candidateCombo->setItemData(m_ui->candidateCombo->count() - 1, c.role, CandidateRoleRole);
        }
    } catch (const StorageError& e) {
        m_ui->startError->setText(e.message());
        m_ui->startError->show();
    }
    // A database of thousands lists its newest; the field finds the others.
    m_ui->candidateFindEdit->setPlaceholderText(more ? tr("Type to find any candidate")
                                                     : tr("Find a candidate"));
    const int index = m_ui->candidateCombo->findData(previous);
    // Typing a name picks the first match, so Start (or Return) takes it.
    const bool typed = !m_ui->candidateFindEdit->text().trimmed().isEmpty();
    m_ui->candidateCombo->setCurrentIndex(index > 0 || !typed ? qMax(index, 0)
                                                              : qMin(1, m_ui->candidateCombo->count() - 1));
    m_ui->candidateCombo->blockSignals(false);
    updateNewCandidateFields();
}

bool HomePage::chooseCandidate(const QString& name)
{
    if (!m_database)
        return false;
    m_ui->candidateFindEdit->setText(name); // fills the list with the matches
    for (int i = 1; i < m_ui->candidateCombo->count(); ++i) {
        if (m_ui->candidateCombo->itemText(i).startsWith(name)) {
            m_ui->candidateCombo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void HomePage::setInterviewer(const QString& name)
{
    m_ui->interviewerEdit->setText(name);
}

} // namespace ia
