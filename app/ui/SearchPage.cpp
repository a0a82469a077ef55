#include "SearchPage.h"

#include "storage/StorageError.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ia {

SearchPage::SearchPage(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_results(new QTextBrowser(this))
{
    m_edit->setPlaceholderText(
        tr("Search notes, highlights, summaries, code and candidate notes (word* for a prefix)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Search"));
    m_results->setOpenLinks(false);
    m_results->setAccessibleName(tr("Search results"));
    run(); // the empty page explains itself
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_delay.setSingleShot(true);
    m_delay.setInterval(150);
    connect(m_edit, &QLineEdit::textChanged, &m_delay, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchPage::run);
    connect(&m_delay, &QTimer::timeout, this, &SearchPage::run);
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const qint64 id = url.path().toLongLong();
        if (url.scheme() == QLatin1String("interview"))
            emit openInterviewRequested(id);
        else if (url.scheme() == QLatin1String("candidate"))
            emit openCandidateRequested(id);
    });
}

void SearchPage::setViewer(const Viewer& viewer)
{
    m_viewer = viewer;
    if (!m_edit->text().isEmpty())
        run();
}

void SearchPage::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPage::search(const QString& text)
{
    m_edit->setText(text);
    run();
}

QString SearchPage::resultsText() const
{
    return m_results->toPlainText();
}

void SearchPage::run()
{
    m_delay.stop();
    m_hits.clear();
    try {
        m_hits = SearchRepository(m_database).search(m_edit->text(), m_viewer);
    } catch (const StorageError& e) {
        m_status->setText(e.message());
        m_results->clear();
        return;
    }
    m_status->setText(m_edit->text().trimmed().isEmpty() ? QString() : tr("Results: %1").arg(m_hits.size()));
    render();
}

void SearchPage::changeEvent(QEvent* event)
{
    // The snippets are written in the palette's text colour: a new colour scheme writes them again.
    if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void SearchPage::render()
{
    // The snippet is a link to the hit too, the bigger target: it is what was found, and what the
    // eye is on. Written as plain text rather than link blue, so the matched words in bold stand out.
    const QString snippetStyle =
        QStringLiteral("color:%1; text-decoration:none").arg(palette().color(QPalette::Text).name());
    QString html;
    for (const SearchHit& hit : std::as_const(m_hits)) {
        const QString target = hit.interview ? QStringLiteral("interview:%1").arg(*hit.interview)
                                             : QStringLiteral("candidate:%1").arg(hit.candidate);
        QStringList where{hit.kindName()};
        if (!hit.interviewerName.isEmpty())
            where << hit.interviewerName;
        if (!hit.questionTitle.isEmpty())
            where << hit.questionTitle;
        html += QStringLiteral("<p><a href=\"%1\"><b>%2</b></a> <span style='color:gray'>%3</span><br/><a "
                               "href=\"%1\" style=\"%5\">%4</a></p>")
                    .arg(target, hit.candidateName.toHtmlEscaped(),
                         where.join(QStringLiteral(" · ")).toHtmlEscaped(), hit.snippetHtml(), snippetStyle);
    }
    if (m_hits.isEmpty() && !m_edit->text().trimmed().isEmpty())
        html = QStringLiteral("<p>%1</p>").arg(tr("Nothing found.").toHtmlEscaped());
    if (m_edit->text().trimmed().isEmpty()) {
        // An empty page would not say what can be found or how.
        html = QStringLiteral("<p style='color:gray'>%1</p><p style='color:gray'>%2</p>")
                   .arg(tr("Type words to find them in every evidence note, highlight, summary, code "
                           "answer and candidate note, best match first. Every word must occur; end a "
                           "word with * to match its beginning (gener* finds generator and generators).")
                            .toHtmlEscaped(),
                        tr("Click a result to open the interview or the candidate. Blind scoring applies: "
                           "a panel you may not see yet is not searched.")
                            .toHtmlEscaped());
    }
    m_results->setHtml(html);
}

} // namespace ia
