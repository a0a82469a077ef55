#include "CalibrationPage.h"

#include "ExportFile.h"
#include "desk/HiringDesk.h"
#include "reports/ReportExporter.h"
#include "storage/StorageError.h"
#include "ui/StatusColors.h"
#include "ui/UserPrompts.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ia {

namespace {

// Shown as formatted text ("+0.25"), sorted by the number behind it (Qt::UserRole); no number sorts
// first.
class NumberItem : public QTableWidgetItem
{
public:
    bool operator<(const QTableWidgetItem& other) const override
    {
        const QVariant mine = data(Qt::UserRole);
        const QVariant theirs = other.data(Qt::UserRole);
        if (!mine.isValid() || !theirs.isValid())
            return !mine.isValid() && theirs.isValid();
        return mine.toDouble() < theirs.toDouble();
    }
};

// "+0.25" for a signed value; `none` (sorting first) when there is no number.
NumberItem* calibrationNumberItem(std::optional<double> v, bool signedValue, const QString& none)
{
    auto* item = new NumberItem;
    if (v) {
        item->setData(Qt::DisplayRole, signedValue && *v > 0
                                           ? QStringLiteral("+") + QLocale().toString(*v, 'f', 2)
                                           : QLocale().toString(*v, 'f', 2));
        item->setData(Qt::UserRole, *v);
    } else {
        item->setData(Qt::DisplayRole, none);
    }
    item->setTextAlignment(Qt::AlignCenter);
    return item;
}

} // namespace

CalibrationPage::CalibrationPage(const Database& database, std::function<UserPrompts&()> prompts,
                                 QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_prompts(std::move(prompts))
    , m_threshold(new QDoubleSpinBox(this))
    , m_minimum(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_detailTitle(new QLabel(this))
    , m_detail(new QTableWidget(this))
    , m_note(new QLabel(this))
{
    m_threshold->setRange(0.1, 3.0);
    m_threshold->setSingleStep(0.1);
    m_threshold->setDecimals(1);
    m_threshold->setValue(QSettings().value(QStringLiteral("calibration/threshold"), 0.5).toDouble());
    m_threshold->setSuffix(tr(" points"));
    m_minimum->setRange(1, 1000);
    m_minimum->setValue(QSettings().value(QStringLiteral("calibration/minComparisons"), 5).toInt());
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Interviewer"), tr("Scorecards"), tr("Mean score"), tr("Spread"),
                                        tr("Deviation from panel"), tr("Compared scores"), tr("Leaning")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Calibration of interviewers"));
    m_detail->setColumnCount(5);
    m_detail->setHorizontalHeaderLabels(
        {tr("Candidate"), tr("Question"), tr("Their score"), tr("Panel mean"), tr("Difference")});
    m_detail->verticalHeader()->hide();
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_detail->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_detail->horizontalHeader()->setStretchLastSection(true);
    m_detail->setSortingEnabled(true);
    // By candidate, A to Z; the stable sort keeps each candidate's questions in the order asked.
    m_detail->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_detail->setAccessibleName(tr("Scores of the chosen interviewer against the panel"));
    m_detailTitle->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setText(
        tr("Mean and spread (standard deviation) are over every score the interviewer gave. Deviation "
           "is the average of (their score − the other panel members' mean for the same candidate and "
           "question), over the questions someone else scored too. Skipped questions never count. "
           "Past the threshold an interviewer is labelled lenient (above the panel) or harsh (below)."));

    auto* csv = new QPushButton(tr("Export &CSV…"), this);
    auto* form = new QHBoxLayout;
    auto* thresholdLabel = new QLabel(tr("&Lenient or harsh from"), this);
    thresholdLabel->setBuddy(m_threshold);
    auto* minimumLabel = new QLabel(tr("with &at least"), this);
    minimumLabel->setBuddy(m_minimum);
    form->addWidget(thresholdLabel);
    form->addWidget(m_threshold);
    form->addWidget(minimumLabel);
    form->addWidget(m_minimum);
    form->addWidget(new QLabel(tr("compared scores"), this));
    form->addStretch(1);
    form->addWidget(csv);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_detailTitle);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_note);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CalibrationPage::showDetail);

    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        QSettings().setValue(QStringLiteral("calibration/threshold"), v);
        fill();
    });
    connect(m_minimum, &QSpinBox::valueChanged, this, [this](int v) {
        QSettings().setValue(QStringLiteral("calibration/minComparisons"), v);
        fill();
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = m_prompts().exportPath(
            this, tr("Export calibration as CSV"),
            QStringLiteral("calibration-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        const QString error = ExportFile::write(
            path,
            calibrationCsv(m_rows, CalibrationPolicy{m_threshold->value(), m_minimum->value()}).toUtf8());
        if (!error.isEmpty())
            m_prompts().inform(this, tr("Export failed"), error);
    });
}

void CalibrationPage::setViewer(const Viewer& viewer)
{
    m_viewer = viewer;
    reload();
}

void CalibrationPage::reload()
{
    try {
        m_rows = HiringDesk(m_database, m_viewer).calibration();
    } catch (const StorageError& e) {
        m_rows.clear();
        m_note->setText(e.message());
    }
    fill();
}

void CalibrationPage::fill()
{
    const CalibrationPolicy policy{m_threshold->value(), m_minimum->value()};
    // The rows are written afresh in the list's order and then sorted: the selection follows the
    // interviewer, not the row number, or the detail would show someone else.
    const QList<QTableWidgetItem*> before = m_table->selectedItems();
    const QVariant chosen =
        before.isEmpty() ? QVariant() : m_table->item(before.first()->row(), 0)->data(Qt::UserRole);
    const QSignalBlocker quiet(m_table);
    m_table->clearSelection();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_rows.size()));
    const auto number = [](std::optional<double> v, bool signedValue) {
        return calibrationNumberItem(v, signedValue, QString());
    };
    for (int r = 0; r < m_rows.size(); ++r) {
        const CalibrationRow& row = m_rows.at(r);
        auto* name = new QTableWidgetItem(row.name);
        name->setData(Qt::UserRole, row.interviewer);
        m_table->setItem(r, 0, name);
        auto* cards = new QTableWidgetItem;
        cards->setData(Qt::DisplayRole, row.scorecards);
        cards->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(r, 1, cards);
        m_table->setItem(r, 2, number(row.mean, false));
        m_table->setItem(r, 3, number(row.spread, false));
        m_table->setItem(r, 4, number(row.deviation, true));
        auto* compared = new QTableWidgetItem;
        compared->setData(Qt::DisplayRole, row.comparisons);
        compared->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(r, 5, compared);
        const Leaning leaning = leaningOf(row, policy);
        auto* label = new QTableWidgetItem(displayName(leaning));
        if (leaning == Leaning::Lenient)
            label->setForeground(StatusColors::lenient(palette()));
        else if (leaning == Leaning::Harsh)
            label->setForeground(StatusColors::harsh(palette()));
        if (leaning == Leaning::Lenient || leaning == Leaning::Harsh) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        m_table->setItem(r, 6, label);
    }
    m_table->setSortingEnabled(true);
    for (int r = 0; chosen.isValid() && r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(Qt::UserRole) == chosen)
            m_table->selectRow(r);
    }
    showDetail();
}

QString CalibrationPage::detailTitle() const
{
    return m_detailTitle->text();
}

void CalibrationPage::showDetail()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    const QTableWidgetItem* name = selected.isEmpty() ? nullptr : m_table->item(selected.first()->row(), 0);
    m_detail->setSortingEnabled(false);
    m_detail->setRowCount(0);
    if (!name) {
        m_detailTitle->setText(tr("Choose an interviewer to see their scores against the panel's, question "
                                  "by question."));
        return;
    }
    QList<CalibrationDetail> details;
    try {
        details = HiringDesk(m_database, m_viewer).calibrationDetail(name->data(Qt::UserRole).toLongLong());
    } catch (const StorageError& e) {
        m_detailTitle->setText(e.message());
        return;
    }
    m_detailTitle->setText(
        details.isEmpty()
            ? tr("%1 has no scores you may see yet.").arg(name->text())
            : tr("%1 against the rest of the panel, per candidate and question (panel mean: the other "
                 "interviewers' scores for the same candidate and question):")
                  .arg(name->text()));
    const auto number = [](std::optional<double> v, bool signedValue) {
        return calibrationNumberItem(v, signedValue, tr("nobody else"));
    };
    m_detail->setRowCount(int(details.size()));
    for (int r = 0; r < details.size(); ++r) {
        const CalibrationDetail& d = details.at(r);
        m_detail->setItem(r, 0, new QTableWidgetItem(d.candidateName));
        m_detail->setItem(r, 1, new QTableWidgetItem(d.questionTitle));
        m_detail->setItem(r, 2, number(d.score, false));
        m_detail->setItem(r, 3, number(d.panelMean, false));
        m_detail->setItem(r, 4, number(d.difference(), true));
    }
    m_detail->setSortingEnabled(true);
}

} // namespace ia
