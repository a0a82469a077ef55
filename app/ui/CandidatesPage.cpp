#include "CandidatesPage.h"

#include "desk/HiringDesk.h"
#include "desk/ManagerPassphrase.h"
#include "interview/TimeFormat.h"
#include "saving/CandidateEdits.h"
#include "saving/SaveQueue.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/PanelRepository.h"
#include "storage/StorageError.h"
#include "storage/VisibilityPolicy.h"
#include "ui/CandidateProfileWidget.h"
#include "ui/CandidateTableModel.h"
#include "ui/StatusColors.h"
#include "ui/UserPrompts.h"
#include "ui_CandidatesPage.h"

#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>

#include <algorithm>

namespace ia {

namespace {

QString evidenceHtml(const QList<CandidateSummary::Point>& points)
{
    QString html = QStringLiteral("<ul>");
    for (const CandidateSummary::Point& p : points) {
        html += QStringLiteral("<li><b>%1</b> <span style='color:gray'>%2</span><ul>")
                    .arg(p.title.toHtmlEscaped(), p.detail.toHtmlEscaped());
        for (const CandidateSummary::Evidence& e : p.evidence) {
            QString who = e.interviewer.toHtmlEscaped();
            if (e.score)
                who += QStringLiteral(" (%1)").arg(*e.score);
            if (e.elapsedSeconds)
                who +=
                    QLatin1Char(' ') + CandidatesPage::tr("at %1").arg(TimeFormat::clock(*e.elapsedSeconds));
            html += QStringLiteral("<li><i>%1:</i> %2</li>").arg(who, e.text.toHtmlEscaped());
        }
        html += QStringLiteral("</ul></li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

CandidatesPage::CandidatesPage(const Database& database, std::function<UserPrompts&()> prompts,
                               QWidget* parent)
    : CandidatesPage(database, std::move(prompts), nullptr, parent)
{}

CandidatesPage::CandidatesPage(const Database& database, std::function<UserPrompts&()> prompts,
                               SaveQueue& queue, QWidget* parent)
    : CandidatesPage(database, std::move(prompts), &queue, parent)
{}

CandidatesPage::CandidatesPage(const Database& database, std::function<UserPrompts&()> prompts,
                               SaveQueue* queue, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CandidatesPage>())
    , m_database(database)
    , m_prompts(std::move(prompts))
    , m_ownQueue(queue ? nullptr : std::make_unique<SaveQueue>(database))
    , m_queue(queue ? *queue : *m_ownQueue)
    , m_model(new CandidateTableModel(database, this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    // Columns as wide as what they hold (see fitColumns), still resizable by hand; the last one does
    // not stretch: spread over the spare width, the short tallies took the room the names needed.
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->table->horizontalHeader()->setStretchLastSection(false);
    m_ui->table->setWordWrap(false);
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 8);
    m_ui->table->sortByColumn(CandidateTableModel::NameColumn, Qt::AscendingOrder);
    connect(m_ui->table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fittingColumns)
            m_resizedByHand.insert(column);
    });
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({860, 480});
    StatusColors::keepStyled(m_ui->blindBanner, &StatusColors::noticeStyle);
    m_ui->blindBanner->hide();

    // Filter as you type, without a query per keystroke when someone types fast.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(120);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    m_ui->statusFilter->addItem(tr("Any status"));
    for (const CandidateStatus status : allCandidateStatuses())
        m_ui->statusFilter->addItem(displayName(status), toKey(status));
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatusFilter(candidateStatusFromKey(m_ui->statusFilter->currentData().toString()));
        updateCount();
    });
    connect(&m_filterDelay, &QTimer::timeout, this, [this] {
        m_model->setFilter(m_ui->filterEdit->text());
        updateCount();
    });
    connect(m_ui->profile, &CandidateProfileWidget::edited, this, [this](const Candidate& c) {
        if (c.id == 0 || c.id != m_shown.id)
            return;
        CandidateEdits::post(m_queue, m_database, m_shown, c);
        m_shown = c;
        m_shownEdited = true;
    });
    // The database was reopened under the writes: the profile edited here is written again whole,
    // in case its last edits went to the files another program deleted.
    connect(&m_queue, &SaveQueue::reattached, this, [this] {
        if (m_shownEdited && m_shown.id != 0)
            CandidateEdits::post(m_queue, m_database, Candidate{}, m_shown);
    });
    connect(&m_queue, &SaveQueue::written, this, &CandidatesPage::candidateWritten);
    connect(&m_queue, &SaveQueue::allSaved, this, [this] {
        m_ui->saveState->setText(
            tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    connect(&m_queue, &SaveQueue::waiting, this,
            [this](const QString& message, StorageError::Kind) { m_ui->saveState->setText(message); });
    connect(&m_queue, &SaveQueue::refused, this, [this](const QString& key, const StorageError& e) {
        // Edits to a candidate erased meanwhile: nothing left to save, but say why they went.
        if (key.startsWith(QStringLiteral("candidate/")))
            m_ui->saveState->setText(e.message());
    });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CandidatesPage::selectionChanged);
    // A reset (filter, sort, viewer) keeps the candidate on show when they are still on the first
    // page; otherwise the first row, or an empty, disabled profile when nothing matches.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_selectedBeforeReset = selectedCandidate(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns(0, m_model->rowCount() - 1);
        updateCount();
        if (const int row = m_model->rowOf(m_selectedBeforeReset); row >= 0)
            m_ui->table->selectRow(row);
        else if (m_model->rowCount() > 0)
            m_ui->table->selectRow(0);
        else
            showCandidate(0);
    });
    // Rows counted further when the table is scrolled to the end of a long list.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CandidatesPage::updateCount);
    connect(m_model, &CandidateTableModel::errorOccurred, this,
            [this](const QString& message) { m_ui->saveState->setText(message); });
    connect(m_ui->newButton, &QPushButton::clicked, this, &CandidatesPage::newCandidate);
    connect(m_ui->lookAlikeNotice, &QLabel::linkActivated, this,
            [this](const QString& link) { revealCandidate(link.section(QLatin1Char(':'), 1).toLongLong()); });
    connect(m_ui->eraseButton, &QPushButton::clicked, this, &CandidatesPage::eraseSelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        if (const CandidateId id = selectedCandidate())
            emit exportPacketRequested(id);
    });
    fitColumns(0, m_model->rowCount() - 1);
    updateCount();
    if (m_model->rowCount() > 0)
        m_ui->table->selectRow(0);
}

CandidatesPage::~CandidatesPage() = default;

QTableView* CandidatesPage::table() const
{
    return m_ui->table;
}

CandidateProfileWidget* CandidatesPage::profile() const
{
    return m_ui->profile;
}

QString CandidatesPage::summaryText() const
{
    return m_ui->summaryView->toPlainText();
}

QString CandidatesPage::blindBannerText() const
{
    return m_ui->blindBanner->isVisibleTo(this) ? m_ui->blindBanner->text() : QString();
}

void CandidatesPage::setViewer(const Viewer& viewer)
{
    flush();
    const CandidateId selected = selectedCandidate();
    m_viewer = viewer;
    m_model->setViewer(viewer);
    updateBlindBanner();
    // Reselecting after the reset shows the candidate again, summary as the new viewer may see it.
    selectCandidate(selected);
}

void CandidatesPage::reload()
{
    flush();
    const CandidateId selected = selectedCandidate();
    m_model->reload();
    updateBlindBanner();
    selectCandidate(selected);
}

void CandidatesPage::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void CandidatesPage::fitColumns(int firstRow, int lastRow)
{
    // Each column as wide as its header and the widest of these rows, up to a cap so one long value
    // cannot push the others out of sight. Widths only grow: a column that shrank with every
    // keystroke of the filter would make the table jump. A column resized by hand keeps its width.
    QHeaderView* header = m_ui->table->horizontalHeader();
    const int cap = maxColumnWidth();
    const int grid = m_ui->table->showGrid() ? 1 : 0;
    lastRow = std::min(lastRow, firstRow + CandidateTableModel::pageSize - 1);
    m_fittingColumns = true;
    for (int column = 0; column < CandidateTableModel::ColumnCount; ++column) {
        if (m_resizedByHand.contains(column))
            continue;
        int width = header->sectionSizeHint(column);
        for (int row = firstRow; row <= lastRow; ++row)
            width =
                std::max(width, m_ui->table->sizeHintForIndex(m_model->index(row, column)).width() + grid);
        width = std::min(width, cap);
        if (width > header->sectionSize(column) || !m_columnsFitted)
            header->resizeSection(column, width);
    }
    m_columnsFitted = true;
    m_fittingColumns = false;
}

int CandidatesPage::maxColumnWidth() const
{
    return 24 * m_ui->table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
}

void CandidatesPage::updateCount()
{
    m_ui->countLabel->setText(m_model->countText());
}

void CandidatesPage::updateBlindBanner()
{
    int hidden = 0;
    try {
        hidden = PanelRepository(m_database).blindedCandidates(m_viewer);
    } catch (const StorageError&) {
    }
    // On a team server the login's role decides, not manager mode.
    m_ui->blindBanner->setText(
        m_database.serverViewer()
            ? tr("Blind scoring: until you submit your own scorecard for a candidate, the panel's scores "
                 "and notes stay hidden (candidates: %1). The team server shows everything to a hiring "
                 "manager's login.")
                  .arg(hidden)
            : tr("Blind scoring: until you submit your own scorecard for a candidate, the panel's scores "
                 "and notes stay hidden (candidates: %1). A hiring manager sees everything with View → "
                 "Manager mode.")
                  .arg(hidden));
    m_ui->blindBanner->setVisible(hidden > 0);
}

CandidateId CandidatesPage::selectedCandidate() const
{
    return m_model->candidateAt(m_ui->table->currentIndex().row());
}

bool CandidatesPage::selectCandidate(CandidateId id)
{
    if (id == 0)
        return false;
    const int row = m_model->locate(id);
    if (row < 0)
        return false;
    m_ui->table->selectRow(row);
    m_ui->table->scrollTo(m_model->index(row, 0));
    return true;
}

bool CandidatesPage::revealCandidate(CandidateId id)
{
    flush();
    std::optional<Candidate> candidate;
    try {
        candidate = CandidateRepository(m_database).get(id);
    } catch (const StorageError& e) {
        m_ui->saveState->setText(e.message());
    }
    if (!candidate)
        return false;
    clearStatusFilter();
    m_ui->filterEdit->setText(candidate->name);
    m_filterDelay.stop();
    m_model->setFilter(candidate->name);
    updateCount();
    if (selectCandidate(id))
        return true;
    // Their own name should always find them; if not, the whole list it is.
    m_ui->filterEdit->clear();
    m_model->setFilter({});
    updateCount();
    return selectCandidate(id);
}

void CandidatesPage::clearStatusFilter()
{
    const QSignalBlocker quiet(m_ui->statusFilter);
    m_ui->statusFilter->setCurrentIndex(0);
    m_model->setStatusFilter(std::nullopt);
}

void CandidatesPage::selectionChanged()
{
    flush();
    showCandidate(selectedCandidate());
}

void CandidatesPage::showCandidate(CandidateId id)
{
    const bool any = id != 0;
    m_ui->profile->setEnabled(any && !m_database.isReadOnly());
    m_ui->eraseButton->setEnabled(any);
    m_ui->exportButton->setEnabled(any);
    if (!any) {
        m_shown = Candidate{};
        m_ui->lookAlikeNotice->hide();
        m_ui->profile->setCandidate(Candidate{});
        m_ui->summaryView->clear();
        return;
    }
    try {
        if (const std::optional<Candidate> c = CandidateRepository(m_database).get(id)) {
            m_shown = *c;
            m_shownEdited = false;
            m_ui->profile->setCandidate(*c);
            updateLookAlikeNotice(*c);
        }
        updateSummary(id);
    } catch (const StorageError& e) {
        m_ui->saveState->setText(e.message());
    }
}

void CandidatesPage::updateLookAlikeNotice(const Candidate& candidate)
{
    const QList<Candidate> alike = CandidateRepository(m_database).lookAlikes(candidate);
    if (alike.isEmpty()) {
        m_ui->lookAlikeNotice->hide();
        return;
    }
    const Candidate& other = alike.first();
    const bool sameEmail = !candidate.email.trimmed().isEmpty() &&
                           other.email.trimmed().compare(candidate.email.trimmed(), Qt::CaseInsensitive) == 0;
    m_ui->lookAlikeNotice->setText(
        tr("<b>%1</b> may be the same person: %2. Two records of one candidate split their panel in "
           "two. <a href=\"candidate:%3\">Show %1</a>, and erase this record if it is a duplicate.")
            .arg(other.name.toHtmlEscaped(),
                 sameEmail ? tr("the same e-mail address")
                           : tr("the same name, applying for %1").arg(other.role.toHtmlEscaped()),
                 QString::number(other.id))); // one arg(): a % in a name must not take the id
    m_ui->lookAlikeNotice->show();
}

void CandidatesPage::updateSummary(CandidateId id)
{
    const HiringDesk desk(m_database, m_viewer);
    if (!VisibilityPolicy(m_database, m_viewer).panelVisible(id)) {
        m_ui->summaryView->setHtml(QStringLiteral("<p>%1</p>")
                                       .arg(tr("Blind scoring: submit your own scorecard for this candidate "
                                               "to see the panel's strengths and "
                                               "concerns.")
                                                .toHtmlEscaped()));
        return;
    }
    const CandidateSummary summary = desk.summary(id);
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Strengths").toHtmlEscaped());
    html += summary.strengths.isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(tr("None recorded yet.").toHtmlEscaped())
                : evidenceHtml(summary.strengths);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Concerns").toHtmlEscaped());
    html += summary.concerns.isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(tr("None recorded yet.").toHtmlEscaped())
                : evidenceHtml(summary.concerns);
    m_ui->summaryView->setHtml(html);
}

bool CandidatesPage::flush()
{
    m_queue.flush();
    return !m_queue.hasPending(QStringLiteral("candidate/"));
}

void CandidatesPage::candidateWritten(const QString& key)
{
    // The table shows the saved state; a row whose profile was just written is refreshed from it.
    if (!key.startsWith(QStringLiteral("candidate/")))
        return;
    const CandidateId id = key.section(QLatin1Char('/'), 1, 1).toLongLong();
    if (m_queue.hasPending(CandidateEdits::keyPrefix(id)))
        return; // more of it is on its way
    try {
        if (const std::optional<Candidate> saved = CandidateRepository(m_database).get(id)) {
            m_model->updateCandidate(*saved);
            if (saved->id == m_shown.id)
                updateLookAlikeNotice(*saved);
        }
    } catch (const StorageError& e) {
        m_ui->saveState->setText(e.message());
    }
}

void CandidatesPage::showEvent(QShowEvent* event)
{
    // The interview screen may have changed the profile on show meanwhile.
    if (const CandidateId id = selectedCandidate();
        id != 0 && !m_queue.hasPending(CandidateEdits::keyPrefix(id)))
        showCandidate(id);
    QWidget::showEvent(event);
}

void CandidatesPage::hideEvent(QHideEvent* event)
{
    flush();
    QWidget::hideEvent(event);
}

void CandidatesPage::newCandidate()
{
    flush();
    try {
        Candidate c;
        c.name = tr("New candidate");
        const CandidateId id = CandidateRepository(m_database).create(c).id;
        clearStatusFilter();
        m_ui->filterEdit->clear();
        m_model->setFilter({});
        m_model->reload();
        selectCandidate(id);
        m_ui->profile->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setFocus();
        m_ui->profile->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->selectAll();
    } catch (const StorageError& e) {
        m_prompts().inform(this, tr("Could not add a candidate"), e.message());
    }
}

bool CandidatesPage::eraseSelected()
{
    const CandidateId id = selectedCandidate();
    if (id == 0)
        return false;
    flush();
    bool erased = false;
    try {
        // Erasing a person is a manager's decision: the passphrase every time, whatever mode is on;
        // on a team server, the login's role (which the server enforces too).
        std::optional<Viewer> manager;
        if (const std::optional<Viewer>& server = m_database.serverViewer()) {
            if (!server->manager) {
                m_prompts().inform(this, tr("Erase candidate"),
                                   tr("On this team server only a hiring manager's login may erase a "
                                      "candidate; nothing was erased."));
                return false;
            }
            manager = server;
        } else {
            const std::optional<QString> passphrase = m_prompts().askSecret(
                this, tr("Erase candidate"), tr("Erasing needs the manager passphrase of this database:"));
            if (!passphrase)
                return false;
            manager = ManagerPassphrase::unlock(m_database, *passphrase);
        }
        if (!manager) {
            m_prompts().inform(this, tr("Erase candidate"),
                               ManagerPassphrase::isSet(m_database)
                                   ? tr("That is not the manager passphrase; nothing was erased.")
                                   : tr("No manager passphrase is set for this database yet. Turn on View → "
                                        "Manager mode to choose one; nothing was erased."));
            return false;
        }
        const HiringDesk desk(m_database, *manager);
        const HiringDesk::EraseImpact impact = desk.eraseImpact(id);
        if (!m_prompts().confirmDestructive(this, tr("Erase candidate"), impact.description(),
                                            tr("Erase for good")))
            return false;
        desk.erase(id);
        erased = true;
        // Edits of theirs still waiting have nothing left to be written to.
        m_queue.drop(CandidateEdits::keyPrefix(id));
        m_ui->saveState->setText(tr("%1 was erased.").arg(impact.name));
    } catch (const StorageError& e) {
        // The message says how far it got: the rows may be gone with only the wipe still to come.
        m_prompts().inform(this, tr("Erase candidate"), e.message());
    }
    m_model->reload();
    updateBlindBanner();
    if (erased)
        emit candidateErased(id);
    return erased;
}

} // namespace ia
