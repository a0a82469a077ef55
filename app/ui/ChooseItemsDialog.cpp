#include "ChooseItemsDialog.h"

#include "ui_ChooseItemsDialog.h"

#include <QPushButton>
#include <QSettings>

namespace ia {

namespace {
const QString geometryKey = QStringLiteral("chooseItemsDialog/geometry");
}

ChooseItemsDialog::ChooseItemsDialog(QWidget* parent, const QString& title, const QString& explanation,
                                     const QStringList& items, const QList<int>& checked,
                                     const QString& acceptText)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChooseItemsDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->explanation->setText(explanation);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(acceptText);
    for (int i = 0; i < items.size(); ++i) {
        auto* item = new QListWidgetItem(items.at(i), m_ui->items);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(i) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->items->setCurrentRow(0);
    const auto setAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_ui->items->count(); ++i)
            m_ui->items->item(i)->setCheckState(state);
    };
    connect(m_ui->selectAll, &QPushButton::clicked, this, [setAll] { setAll(Qt::Checked); });
    connect(m_ui->selectNone, &QPushButton::clicked, this, [setAll] { setAll(Qt::Unchecked); });
    connect(m_ui->items, &QListWidget::itemChanged, this, &ChooseItemsDialog::updateCount);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
}

ChooseItemsDialog::~ChooseItemsDialog()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

QList<int> ChooseItemsDialog::chosen() const
{
    QList<int> result;
    for (int i = 0; i < m_ui->items->count(); ++i) {
        if (m_ui->items->item(i)->checkState() == Qt::Checked)
            result.append(i);
    }
    return result;
}

void ChooseItemsDialog::updateCount()
{
    const qsizetype n = chosen().size();
    m_ui->count->setText(tr("%1 of %2 chosen").arg(n).arg(m_ui->items->count()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0);
}

} // namespace ia
