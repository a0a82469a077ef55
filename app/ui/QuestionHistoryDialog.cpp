#include "QuestionHistoryDialog.h"

#include "bank/QuestionDiff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ia {

namespace {

QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString versionName(const Question& q)
{
    return q.draft ? QuestionHistoryDialog::tr("Version %1 (draft)").arg(q.version)
                   : QuestionHistoryDialog::tr("Version %1").arg(q.version);
}

} // namespace

QuestionHistoryDialog::QuestionHistoryDialog(const QList<Question>& versions, QWidget* parent)
    : QDialog(parent)
    , m_versions(versions)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_differences(new QTextBrowser(this))
{
    setWindowTitle(tr("History of \"%1\"").arg(versions.isEmpty() ? QString() : versions.last().title));
    resize(820, 560);
    auto* table = new QTableWidget(int(versions.size()), 4, this);
    table->setObjectName(QStringLiteral("versionTable"));
    table->setHorizontalHeaderLabels({tr("Version"), tr("By"), tr("Saved"), tr("Published")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < versions.size(); ++i) {
        const Question& q = versions.at(i);
        table->setItem(i, 0, new QTableWidgetItem(versionName(q)));
        table->setItem(i, 1,
                       new QTableWidgetItem(q.author.isEmpty() ? tr("shipped with the app") : q.author));
        table->setItem(i, 2, new QTableWidgetItem(when(q.createdAt)));
        table->setItem(i, 3, new QTableWidgetItem(q.draft ? tr("not yet") : when(q.publishedAt)));
        m_from->addItem(versionName(q));
        m_to->addItem(versionName(q));
    }
    table->resizeColumnsToContents();
    table->setMaximumHeight(table->verticalHeader()->length() + table->horizontalHeader()->height() + 8);
    m_from->setObjectName(QStringLiteral("fromVersion"));
    m_to->setObjectName(QStringLiteral("toVersion"));
    m_from->setCurrentIndex(std::max(0, int(versions.size()) - 2));
    m_to->setCurrentIndex(int(versions.size()) - 1);
    m_differences->setObjectName(QStringLiteral("differences"));

    auto* compareRow = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&Compare"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&with"), this);
    toLabel->setBuddy(m_to);
    compareRow->addWidget(fromLabel);
    compareRow->addWidget(m_from);
    compareRow->addWidget(toLabel);
    compareRow->addWidget(m_to);
    compareRow->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addLayout(compareRow);
    layout->addWidget(m_differences, 1);
    layout->addWidget(buttons);
    connect(m_from, &QComboBox::currentIndexChanged, this, &QuestionHistoryDialog::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &QuestionHistoryDialog::compare);
    compare();
}

void QuestionHistoryDialog::compare()
{
    const int from = m_from->currentIndex();
    const int to = m_to->currentIndex();
    if (from < 0 || to < 0)
        return;
    const QList<QuestionDiff::Change> changes = QuestionDiff::between(m_versions.at(from), m_versions.at(to));
    if (changes.isEmpty()) {
        m_differences->setPlainText(tr("These versions have the same text."));
        return;
    }
    const auto cell = [](const QString& text) {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    QString html = QStringLiteral("<table cellpadding='4' width='100%'><tr><th align='left'>%1</th>"
                                  "<th align='left'>%2</th><th align='left'>%3</th></tr>")
                       .arg(tr("Field"), cell(m_from->currentText()), cell(m_to->currentText()));
    for (const QuestionDiff::Change& c : changes) {
        html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td valign='top'><s>%2</s></td>"
                               "<td valign='top'>%3</td></tr>")
                    .arg(cell(c.field), cell(c.before), cell(c.after));
    }
    m_differences->setHtml(html + QStringLiteral("</table>"));
}

QString QuestionHistoryDialog::differencesText() const
{
    return m_differences->toPlainText();
}

} // namespace ia
