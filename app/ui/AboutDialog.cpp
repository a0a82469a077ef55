#include "AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ia {

AboutDialog::AboutDialog(const VersionInfo& versions, QWidget* parent)
    : QDialog(parent)
    , m_versions(versions)
{
    setWindowTitle(tr("About Interview Assistant"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto* text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p><p>")
            .arg(tr("Interview Assistant").toHtmlEscaped(), tr("Structured technical interviews: questions, "
                                                               "rubrics, scoring and scorecards.")
                                                                .toHtmlEscaped());
    html += versions.toText().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    html += QStringLiteral("</p>");
    text->setText(html);

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_versions.toText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

} // namespace ia
