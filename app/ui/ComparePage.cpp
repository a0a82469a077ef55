#include "ComparePage.h"

#include "ExportFile.h"
#include "desk/HiringDesk.h"
#include "reports/ReportExporter.h"
#include "storage/Database.h"
#include "storage/PanelRepository.h"
#include "storage/StorageError.h"
#include "ui/CandidateChoiceModel.h"
#include "ui/CategoryChart.h"
#include "ui/ComparisonModel.h"
#include "ui/StatusColors.h"
#include "ui/UserPrompts.h"
#include "ui_ComparePage.h"

#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>

namespace ia {

ComparePage::ComparePage(const Database& database, std::function<UserPrompts&()> prompts, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComparePage>())
    , m_database(database)
    , m_prompts(std::move(prompts))
    , m_model(new ComparisonModel(this))
    , m_choices(new CandidateChoiceModel(this))
{
    m_ui->setupUi(this);
    m_ui->grid->setModel(m_model);
    m_ui->candidateList->setModel(m_choices);
    m_ui->grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->grid->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 5);
    m_ui->splitter->setSizes({220, 1000});
    m_ui->gridSplitter->setStretchFactor(0, 3);
    m_ui->gridSplitter->setStretchFactor(1, 2);
    StatusColors::keepStyled(m_ui->blindBanner, &StatusColors::noticeStyle);
    m_ui->blindBanner->hide();
    m_ui->evidenceView->setPlaceholderText(tr("Click a cell to read the evidence notes behind it."));

    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &ComparePage::roleChanged);
    connect(m_choices, &CandidateChoiceModel::choiceChanged, this, [this] {
        m_ticksChosen = true;
        rebuild();
    });
    connect(m_ui->grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) { showEvidence(index.row(), index.column()); });
    connect(m_ui->csvButton, &QPushButton::clicked, this, [this] {
        const QString path =
            askPath(tr("Export comparison as CSV"), QStringLiteral("csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_ui->pdfButton, &QPushButton::clicked, this, [this] {
        const QString path =
            askPath(tr("Export comparison as PDF"), QStringLiteral("pdf"), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    // Filled when first shown or read (m_needsReload).
}

ComparePage::~ComparePage() = default;

void ComparePage::showEvent(QShowEvent* event)
{
    ensureFresh();
    QWidget::showEvent(event);
}

void ComparePage::ensureFresh()
{
    if (m_needsReload)
        reloadNow();
    else if (m_needsRebuild)
        rebuild();
}

QTableView* ComparePage::grid()
{
    ensureFresh();
    return m_ui->grid;
}

const Comparison& ComparePage::comparison()
{
    ensureFresh();
    return m_model->comparison();
}

QString ComparePage::evidenceText()
{
    ensureFresh();
    return m_ui->evidenceView->toPlainText();
}

void ComparePage::setViewer(const Viewer& viewer)
{
    m_viewer = viewer;
    m_needsRebuild = true;
    if (isVisible())
        rebuild();
}

void ComparePage::reload()
{
    m_needsReload = true;
    if (isVisible())
        reloadNow();
}

void ComparePage::reloadNow()
{
    m_needsReload = false;
    const QString role = m_ui->roleCombo->currentText();
    m_updating = true;
    m_ui->roleCombo->clear();
    m_rolesError.clear();
    try {
        m_ui->roleCombo->addItems(PanelRepository(m_database).roles());
    } catch (const StorageError& e) {
        m_rolesError = e.message();
    }
    const int index = m_ui->roleCombo->findText(role);
    m_ui->roleCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_updating = false;
    roleChanged();
}

bool ComparePage::chooseRole(const QString& role)
{
    ensureFresh();
    const int index = m_ui->roleCombo->findText(role);
    if (index < 0)
        return false;
    m_ui->roleCombo->setCurrentIndex(index);
    return true;
}

void ComparePage::roleChanged()
{
    if (m_updating)
        return;
    const QString role = m_ui->roleCombo->currentText();
    const bool sameRole = m_listedRole == role;
    QList<std::pair<CandidateId, QString>> candidates;
    QSet<CandidateId> ticked;
    m_listError.clear();
    try {
        const PanelRepository panels(m_database);
        if (m_ui->roleCombo->count() > 0)
            candidates = panels.candidatesForRole(role);
        if (sameRole && m_ticksChosen) {
            // The same role read again (the page shown again, a colleague's change): what the user
            // ticked stays, for the candidates still there.
            for (const auto& candidate : std::as_const(candidates)) {
                if (m_choices->ticked().contains(candidate.first))
                    ticked.insert(candidate.first);
            }
        } else {
            // The role's defaults: all of a small role, the newest of a large one (of those listed:
            // the two reads are two statements).
            QSet<CandidateId> newest;
            const bool small = candidates.size() <= preselectedCandidates;
            if (!small) {
                const QList<CandidateId> recent = panels.recentCandidatesForRole(role, preselectedCandidates);
                newest = QSet<CandidateId>(recent.begin(), recent.end());
            }
            for (const auto& candidate : std::as_const(candidates)) {
                if (small || newest.contains(candidate.first))
                    ticked.insert(candidate.first);
            }
            m_ticksChosen = false;
        }
    } catch (const StorageError& e) {
        m_listError = e.message();
        // The same role's list stays as it was, ticks and all, under the error; another role's
        // is not shown under this one's name.
        if (!sameRole) {
            m_listedRole.reset();
            m_ticksChosen = false;
            m_choices->setCandidates({}, {});
        }
        rebuild();
        return;
    }
    m_listedRole = role;
    const QModelIndex was = m_ui->candidateList->currentIndex();
    const CandidateId current = sameRole && was.isValid() ? was.data(Qt::UserRole).toLongLong() : 0;
    m_choices->setCandidates(std::move(candidates), std::move(ticked));
    if (const int row = current != 0 ? m_choices->rowOf(current) : -1; row >= 0)
        m_ui->candidateList->setCurrentIndex(m_choices->index(row));
    rebuild();
}

void ComparePage::rebuild()
{
    m_needsRebuild = false;
    const QList<CandidateId> chosen = m_choices->chosen();
    // The cell being read, to show it again (or nothing) once the grid is rebuilt: evidence left on
    // screen from before would bypass blind scoring when the viewer changes.
    const QModelIndex current = m_ui->grid->currentIndex();
    const int currentColumn = current.column() - 1;
    const CandidateId currentCandidate =
        currentColumn >= 0 && currentColumn < m_model->comparison().columns().size()
            ? m_model->comparison().columns().at(currentColumn).candidate
            : 0;
    Comparison comparison;
    QString error;
    try {
        if (!chosen.isEmpty())
            comparison = HiringDesk(m_database, m_viewer).compare(m_ui->roleCombo->currentText(), chosen);
    } catch (const StorageError& e) {
        error = e.message();
    }
    m_model->setComparison(comparison);
    m_ui->chart->setComparison(comparison);
    m_ui->grid->resizeColumnsToContents();
    m_ui->evidenceView->clear();
    for (int col = 0; col < comparison.columns().size(); ++col) {
        if (currentCandidate != 0 && comparison.columns().at(col).candidate == currentCandidate &&
            current.row() < comparison.rows().size()) {
            m_ui->grid->setCurrentIndex(m_model->index(current.row(), col + 1));
            showEvidence(current.row(), col + 1);
        }
    }
    // What could not be read stays on screen until a reload reads it (rebuilding clears the view).
    for (const QString& problem : {error, m_listError, m_rolesError}) {
        if (!problem.isEmpty()) {
            m_ui->evidenceView->setPlainText(problem);
            break;
        }
    }
    int hidden = 0;
    for (const Comparison::Column& c : comparison.columns())
        hidden += c.blinded;
    m_ui->blindBanner->setText(
        m_database.serverViewer()
            ? tr("Blind scoring: until you submit your own scorecard for a candidate, their panel stays "
                 "hidden (here: %1). The team server shows everything to a hiring manager's login.")
                  .arg(hidden)
            : tr("Blind scoring: until you submit your own scorecard for a candidate, their panel stays "
                 "hidden (here: %1). View → Manager mode shows everything.")
                  .arg(hidden));
    m_ui->blindBanner->setVisible(hidden > 0);
    m_ui->csvButton->setEnabled(!comparison.columns().isEmpty());
    m_ui->pdfButton->setEnabled(!comparison.columns().isEmpty());
}

void ComparePage::showEvidence(int row, int column)
{
    ensureFresh();
    const Comparison& c = m_model->comparison();
    if (row < 0 || row >= c.rows().size() || column < 1 || column > c.columns().size()) {
        m_ui->evidenceView->clear();
        return;
    }
    const Comparison::Row& r = c.rows().at(row);
    const Comparison::Column& col = c.columns().at(column - 1);
    if (r.isCategory) {
        m_ui->evidenceView->setHtml(QStringLiteral("<p>%1</p>")
                                        .arg(tr("%1 — %2: choose a question for its evidence.")
                                                 .arg(col.name, r.category)
                                                 .toHtmlEscaped()));
        return;
    }
    if (col.blinded) {
        m_ui->evidenceView->setHtml(QStringLiteral("<p>%1</p>")
                                        .arg(tr("Blind scoring: submit your own scorecard for %1 first.")
                                                 .arg(col.name)
                                                 .toHtmlEscaped()));
        return;
    }
    QString html = QStringLiteral("<h3>%1 — %2</h3>").arg(col.name.toHtmlEscaped(), r.title.toHtmlEscaped());
    try {
        const QList<CandidateSummary::Evidence> evidence =
            HiringDesk(m_database, m_viewer).evidence(col.candidate, r.question);
        if (evidence.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Nobody asked this question.").toHtmlEscaped());
        for (const CandidateSummary::Evidence& e : evidence) {
            html += QStringLiteral("<p><b>%1</b> %2<br/><span style='white-space:pre-wrap'>%3</span></p>")
                        .arg(e.interviewer.toHtmlEscaped(),
                             e.score ? tr("scored %1").arg(*e.score).toHtmlEscaped()
                                     : tr("did not score").toHtmlEscaped(),
                             e.text.isEmpty() ? tr("(no note)").toHtmlEscaped() : e.text.toHtmlEscaped());
        }
    } catch (const StorageError& e) {
        html += QStringLiteral("<p>%1</p>").arg(e.message().toHtmlEscaped());
    }
    m_ui->evidenceView->setHtml(html);
}

QString ComparePage::askPath(const QString& title, const QString& extension, const QString& filter)
{
    QString name = ReportExporter::defaultFileName(m_ui->roleCombo->currentText(),
                                                   QStringLiteral("comparison"), QDate::currentDate());
    name.replace(QStringLiteral(".pdf"), QLatin1Char('.') + extension);
    return m_prompts().exportPath(this, title, name, filter);
}

bool ComparePage::exportCsv(const QString& path)
{
    ensureFresh();
    const QString error = ExportFile::write(path, m_model->comparison().toCsv().toUtf8());
    if (!error.isEmpty()) {
        m_prompts().inform(this, tr("Export failed"), error);
        return false;
    }
    return true;
}

bool ComparePage::exportPdf(const QString& path)
{
    ensureFresh();
    const ReportExporter::Export result =
        ReportExporter(m_database, PdfReportWriter::defaultPageSize(), m_viewer)
            .comparison(m_model->comparison(), path);
    if (!result.ok)
        m_prompts().inform(this, tr("Export failed"), result.error);
    return result.ok;
}

} // namespace ia
