#include "HomePage.h"

#include "interview/TimeFormat.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/KitRepository.h"
#include "storage/StorageError.h"
#include "ui/KitQuestionModel.h"
#include "ui/QuestionView.h"
#include "ui/RememberedInterviewer.h"
#include "ui_HomePage.h"

#include <QLocale>

namespace ia {

namespace {

// Marks the list entries that are the current interviewer's own unfinished interviews.
constexpr int OwnInProgressRole = Qt::UserRole + 1;

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
    m_ui->startError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->startError->hide();
    m_ui->homeSplitter->setSizes({380, 900});
    m_ui->startPane->setMinimumWidth(340);
    m_ui->unfinishedList->setWordWrap(true);
    m_ui->unfinishedList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_ui->candidateCombo, &QComboBox::currentIndexChanged, this, &HomePage::updateNewCandidateFields);
    connect(m_ui->kitCombo, &QComboBox::currentIndexChanged, this, &HomePage::showKit);
    connect(m_ui->questionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HomePage::showCurrentQuestion);
    connect(m_ui->startButton, &QPushButton::clicked, this, &HomePage::requestStart);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &HomePage::requestResume);
    connect(m_ui->unfinishedList, &QListWidget::itemActivated, this, &HomePage::requestResume);
    for (QLineEdit* edit :
         {m_ui->newNameEdit, m_ui->newRoleEdit, m_ui->interviewerEdit, m_ui->interviewerEmailEdit})
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

    const QVariant previousCandidate = m_ui->candidateCombo->currentData();
    const QVariant previousKit = m_ui->kitCombo->currentData();
    m_ui->candidateCombo->blockSignals(true);
    m_ui->candidateCombo->clear();
    m_ui->candidateCombo->addItem(tr("New candidate…"), CandidateId(0));
    for (const Candidate& c : CandidateRepository(database).all()) {
        m_ui->candidateCombo->addItem(c.role.isEmpty() ? c.name : tr("%1 — %2").arg(c.name, c.role), c.id);
    }
    const int candidateIndex = m_ui->candidateCombo->findData(previousCandidate);
    m_ui->candidateCombo->setCurrentIndex(candidateIndex >= 0 ? candidateIndex : 0);
    m_ui->candidateCombo->blockSignals(false);
    updateNewCandidateFields();

    m_ui->kitCombo->blockSignals(true);
    m_ui->kitCombo->clear();
    for (const Kit& k : KitRepository(database).all())
        m_ui->kitCombo->addItem(tr("%1 (%2)").arg(k.name, TimeFormat::minutes(k.totalBudgetSeconds())), k.id);
    const int kitIndex = m_ui->kitCombo->findData(previousKit);
    m_ui->kitCombo->setCurrentIndex(kitIndex >= 0 ? kitIndex : 0);
    m_ui->kitCombo->blockSignals(false);
    showKit();

    // Unfinished: in progress first (the interviewer's own at the top), then planned.
    m_ui->unfinishedList->clear();
    QList<Interview> unfinished;
    for (const Interview& i : InterviewRepository(database).all()) {
        if (i.state != InterviewState::Submitted)
            unfinished.append(i);
    }
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

bool HomePage::chooseCandidate(const QString& name)
{
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
