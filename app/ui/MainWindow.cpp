#include "MainWindow.h"

#include "VersionInfo.h"
#include "bank/QuestionBank.h"
#include "storage/Database.h"
#include "storage/KitRepository.h"
#include "storage/StorageError.h"
#include "ui/AboutDialog.h"
#include "ui/KitQuestionModel.h"
#include "ui/QuestionView.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>

namespace ia {

MainWindow::MainWindow(const Database& database, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
    , m_kitModel(new KitQuestionModel(this))
{
    m_ui->setupUi(this);
    m_ui->questionList->setModel(m_kitModel);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->statusBar->showMessage(tr("Database: %1").arg(database.path()));

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->questionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showCurrentQuestion);

    loadDefaultKit();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QAbstractItemView* MainWindow::questionList() const
{
    return m_ui->questionList;
}

QuestionView* MainWindow::questionView() const
{
    return m_ui->questionView;
}

void MainWindow::loadDefaultKit()
{
    try {
        const KitRepository kits(m_database);
        std::optional<Kit> kit = kits.byName(QuestionBank::defaultKitName());
        if (!kit) {
            const QList<Kit> all = kits.all();
            if (!all.isEmpty())
                kit = all.first();
        }
        if (!kit) {
            m_ui->kitLabel->setText(tr("No kit yet"));
            return;
        }
        m_kitModel->setKit(*kit);
        m_ui->kitLabel->setText(
            tr("Kit: %1 (%n min)", nullptr, (kit->totalBudgetSeconds() + 59) / 60).arg(kit->name));
        m_ui->questionList->setCurrentIndex(m_kitModel->index(0));
    } catch (const StorageError& e) {
        QMessageBox::warning(this, tr("Could not load the questions"), e.message());
    }
}

void MainWindow::showCurrentQuestion()
{
    const QModelIndex current = m_ui->questionList->currentIndex();
    if (!current.isValid()) {
        m_ui->questionView->clear();
        return;
    }
    const KitItem& item = m_kitModel->item(current.row());
    m_ui->questionView->setQuestion(item.question, item.timeBudgetSeconds);
}

void MainWindow::showAbout()
{
    VersionInfo versions;
    try {
        versions = VersionInfo::collect(&m_database);
    } catch (const StorageError&) {
        versions = VersionInfo::collect(nullptr);
    }
    AboutDialog dialog(versions, this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    if (!m_ui->splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray()))
        m_ui->splitter->setSizes({320, 880});
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace ia
