#include "CandidateProfileWidget.h"

#include "ui_CandidateProfile.h"

#include <QUrl>

namespace ia {

namespace {

void setIfDifferent(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setIfDifferent(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    QTableWidgetItem* item = table->item(row, column);
    if (!item)
        table->setItem(row, column, new QTableWidgetItem(text));
    else if (item->text() != text)
        item->setText(text);
}

} // namespace

CandidateProfileWidget::CandidateProfileWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CandidateProfile>())
{
    m_ui->setupUi(this);
    for (CandidateStatus status : allCandidateStatuses())
        m_ui->statusCombo->addItem(displayName(status), toKey(status));
    m_ui->linksTable->setToolTip(tr("Kind is cv, portfolio, github or other"));

    for (QLineEdit* edit :
         {m_ui->nameEdit, m_ui->emailEdit, m_ui->phoneEdit, m_ui->roleEdit, m_ui->sourceEdit, m_ui->tagsEdit})
        connect(edit, &QLineEdit::textEdited, this, &CandidateProfileWidget::changed);
    for (QPlainTextEdit* edit : {m_ui->fitEdit, m_ui->notesEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &CandidateProfileWidget::changed);
    connect(m_ui->statusCombo, &QComboBox::activated, this, &CandidateProfileWidget::changed);
    connect(m_ui->linksTable, &QTableWidget::itemChanged, this, &CandidateProfileWidget::changed);
    connect(m_ui->referencesTable, &QTableWidget::itemChanged, this, &CandidateProfileWidget::changed);
    connect(m_ui->addLinkButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->linksTable->rowCount();
        m_ui->linksTable->insertRow(row);
        m_ui->linksTable->setItem(row, 0, new QTableWidgetItem(QStringLiteral("other")));
        m_ui->linksTable->editItem(m_ui->linksTable->item(row, 0));
    });
    connect(m_ui->removeLinkButton, &QPushButton::clicked, this, [this] {
        if (m_ui->linksTable->currentRow() >= 0) {
            m_ui->linksTable->removeRow(m_ui->linksTable->currentRow());
            changed();
        }
    });
    connect(m_ui->addReferenceButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->referencesTable->rowCount();
        m_ui->referencesTable->insertRow(row);
        m_ui->referencesTable->setCurrentCell(row, 0);
        m_ui->referencesTable->editItem(m_ui->referencesTable->item(row, 0));
    });
    connect(m_ui->removeReferenceButton, &QPushButton::clicked, this, [this] {
        if (m_ui->referencesTable->currentRow() >= 0) {
            m_ui->referencesTable->removeRow(m_ui->referencesTable->currentRow());
            changed();
        }
    });
}

CandidateProfileWidget::~CandidateProfileWidget() = default;

void CandidateProfileWidget::setCandidate(const Candidate& c)
{
    m_updating = true;
    m_candidate = c;
    setIfDifferent(m_ui->nameEdit, c.name);
    setIfDifferent(m_ui->emailEdit, c.email);
    setIfDifferent(m_ui->phoneEdit, c.phone);
    setIfDifferent(m_ui->roleEdit, c.role);
    setIfDifferent(m_ui->sourceEdit, c.source);
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(toKey(c.status)));
    // Tags are re-joined only when they differ in substance, so a trailing comma being typed stays.
    if (candidate().tags != c.tags)
        m_ui->tagsEdit->setText(c.tags.join(QStringLiteral(", ")));
    setIfDifferent(m_ui->fitEdit, c.culturalFitNotes);
    setIfDifferent(m_ui->notesEdit, c.notes);

    if (m_ui->linksTable->rowCount() != c.links.size())
        m_ui->linksTable->setRowCount(int(c.links.size()));
    for (int row = 0; row < c.links.size(); ++row) {
        setCell(m_ui->linksTable, row, 0, c.links.at(row).kind);
        setCell(m_ui->linksTable, row, 1, c.links.at(row).url);
    }
    if (m_ui->referencesTable->rowCount() != c.references.size())
        m_ui->referencesTable->setRowCount(int(c.references.size()));
    for (int row = 0; row < c.references.size(); ++row) {
        const CandidateReference& r = c.references.at(row);
        setCell(m_ui->referencesTable, row, 0, r.name);
        setCell(m_ui->referencesTable, row, 1, r.relation);
        setCell(m_ui->referencesTable, row, 2, r.contact);
        setCell(m_ui->referencesTable, row, 3, r.notes);
    }
    refreshLinksLabel();
    m_updating = false;
}

Candidate CandidateProfileWidget::candidate() const
{
    Candidate c = m_candidate;
    c.name = m_ui->nameEdit->text().trimmed();
    c.email = m_ui->emailEdit->text().trimmed();
    c.phone = m_ui->phoneEdit->text().trimmed();
    c.role = m_ui->roleEdit->text().trimmed();
    c.source = m_ui->sourceEdit->text().trimmed();
    c.status = candidateStatusFromKey(m_ui->statusCombo->currentData().toString()).value_or(c.status);
    c.tags.clear();
    for (const QString& tag : m_ui->tagsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            c.tags.append(tag.trimmed());
    }
    c.culturalFitNotes = m_ui->fitEdit->toPlainText();
    c.notes = m_ui->notesEdit->toPlainText();
    c.links.clear();
    for (int row = 0; row < m_ui->linksTable->rowCount(); ++row) {
        QString kind = cell(m_ui->linksTable, row, 0).toLower();
        if (kind != QLatin1String("cv") && kind != QLatin1String("portfolio") &&
            kind != QLatin1String("github"))
            kind = QStringLiteral("other");
        const QString url = cell(m_ui->linksTable, row, 1);
        if (!url.isEmpty())
            c.links.append(CandidateLink{0, kind, url, {}});
    }
    c.references.clear();
    for (int row = 0; row < m_ui->referencesTable->rowCount(); ++row) {
        const CandidateReference r{0,
                                   cell(m_ui->referencesTable, row, 0),
                                   cell(m_ui->referencesTable, row, 1),
                                   cell(m_ui->referencesTable, row, 2),
                                   cell(m_ui->referencesTable, row, 3),
                                   {}};
        if (!r.name.isEmpty() || !r.contact.isEmpty())
            c.references.append(r);
    }
    return c;
}

QString CandidateProfileWidget::linksHtml() const
{
    return m_ui->linksLabel->text();
}

void CandidateProfileWidget::refreshLinksLabel()
{
    QStringList parts;
    for (const CandidateLink& link : candidate().links) {
        const QUrl url = QUrl::fromUserInput(link.url);
        // Only web and mail addresses become links; anything else is shown as text.
        if (url.isValid() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http") ||
             url.scheme() == QLatin1String("mailto"))) {
            parts << QStringLiteral("%1: <a href=\"%2\">%3</a>")
                         .arg(link.kind.toHtmlEscaped(), QString::fromUtf8(url.toEncoded()).toHtmlEscaped(),
                              link.url.toHtmlEscaped());
        } else {
            parts << QStringLiteral("%1: %2").arg(link.kind.toHtmlEscaped(), link.url.toHtmlEscaped());
        }
    }
    m_ui->linksLabel->setText(parts.isEmpty() ? tr("No links yet.").toHtmlEscaped()
                                              : parts.join(QStringLiteral("<br/>")));
}

void CandidateProfileWidget::changed()
{
    if (m_updating)
        return;
    refreshLinksLabel();
    m_candidate = candidate();
    emit edited(m_candidate);
}

} // namespace ia
