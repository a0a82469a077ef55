#include "QuestionView.h"

#include "ui/CodeView.h"

#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ia {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QuestionView::QuestionView(QWidget* parent)
    : QWidget(parent)
    , m_codeLabel(new QLabel(tr("Code"), this))
    , m_text(new QTextBrowser(this))
    , m_code(new CodeView(this))
{
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Question"));
    m_code->setAccessibleName(tr("Code snippet"));
    m_codeLabel->setBuddy(m_code);

    auto* codePane = new QWidget(this);
    auto* codeLayout = new QVBoxLayout(codePane);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_codeLabel);
    codeLayout->addWidget(m_code);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("questionSplitter"));
    splitter->addWidget(m_text);
    splitter->addWidget(codePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    clear();
}

void QuestionView::clear()
{
    m_text->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Select a question on the left."))));
    m_code->setCode({});
    m_code->parentWidget()->hide();
}

void QuestionView::setQuestion(const Question& q, int timeBudgetSeconds)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(q.title));
    // Secondary text in the palette's placeholder colour, which both schemes keep readable.
    html += QStringLiteral("<p style='color:%1'>%2 · %3</p>")
                .arg(palette().color(QPalette::PlaceholderText).name())
                .arg(esc(q.category), esc(tr("%n min", nullptr, (timeBudgetSeconds + 59) / 60)));
    html += QStringLiteral("<p style='font-size:large'>%1</p>").arg(esc(q.prompt));
    if (!q.assesses.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Assesses:")), esc(q.assesses));
    if (!q.followUps.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Follow-ups")));
        for (const QString& f : q.followUps)
            html += QStringLiteral("<li>%1</li>").arg(esc(f));
        html += QStringLiteral("</ul>");
    }
    if (m_rubricVisible) {
        html += QStringLiteral("<p><b>%1</b></p><table cellspacing='0' cellpadding='4' width='100%'>")
                    .arg(esc(tr("Rubric")));
        for (int score = Rubric::minScore; score <= Rubric::maxScore; ++score) {
            const RubricAnchor& a = q.rubric.anchor(score);
            html += QStringLiteral("<tr><td valign='top' width='24'><b>%1</b></td>"
                                   "<td valign='top'><b>%2</b><br/>%3</td></tr>")
                        .arg(score)
                        .arg(esc(a.label), esc(a.description));
        }
        html += QStringLiteral("</table>");
    }
    m_text->setHtml(html);

    m_code->setCode(q.snippet);
    m_code->parentWidget()->setVisible(!q.snippet.isEmpty());
}

QString QuestionView::plainText() const
{
    QString text = m_text->toPlainText();
    if (m_code->parentWidget()->isVisibleTo(this))
        text += QLatin1Char('\n') + m_code->toPlainText();
    return text;
}

} // namespace ia
