#include "PdfReportWriter.h"

#include "ExportFile.h"
#include "reports/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QFileInfo>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

namespace ia {

namespace {

constexpr int resolutionDpi = 300;

} // namespace

QPageSize PdfReportWriter::defaultPageSize(const QLocale& locale)
{
    // The countries where Letter is the everyday paper size.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

QPageSize PdfReportWriter::defaultPageSize()
{
    return defaultPageSize(QLocale());
}

std::optional<QPageSize> PdfReportWriter::pageSizeFromName(const QString& name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return std::nullopt;
}

std::unique_ptr<QTextDocument> PdfReportWriter::document(const QString& bodyHtml)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    // Hinting fits glyphs to screen pixels; paper needs the true outlines, and it is faster without.
    font.setHintingPreference(QFont::PreferNoHinting);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    // Without ligatures, text copied out of the PDF (into an applicant-tracking system, say) reads
    // "fix", not "ﬁx".
    font.setFeature(QFont::Tag("liga"), 0);
#endif
    doc->setDefaultFont(font);
    doc->setDefaultStyleSheet(ReportHtml::styleSheet());
    // A 300-character word must wrap, not run off the page.
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setDocumentMargin(0);
    doc->setHtml(QStringLiteral("<html><body>") + bodyHtml + QStringLiteral("</body></html>"));
    return doc;
}

int PdfReportWriter::paint(QTextDocument& doc, QPagedPaintDevice& device, const QString& footer)
{
    QPainter painter(&device);
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal footerHeight = device.logicalDpiY() * 0.35; // about 9 mm
    const QSizeF body(page.width(), page.height() - footerHeight);

    doc.documentLayout()->setPaintDevice(&device);
    doc.setPageSize(body);
    const int pages = doc.pageCount();

    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(7.5);
    const QString generated = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -p * body.height());
        const QRectF visible(0, p * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(visible);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x6b, 0x6b, 0x6b));
        const QRectF footerRect(0, page.height() - footerHeight * 0.6, page.width(), footerHeight * 0.6);
        painter.drawLine(QPointF(0, footerRect.top()), QPointF(page.width(), footerRect.top()));
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("%1 · generated %2").arg(footer, generated));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(p + 1).arg(pages));
    }
    painter.end();
    return pages;
}

PdfReportWriter::Result PdfReportWriter::write(const QString& bodyHtml, QIODevice& device,
                                               const Options& options)
{
    Result result;
    QPdfWriter writer(&device);
    writer.setResolution(resolutionDpi);
    writer.setPageSize(options.pageSize);
    writer.setPageMargins(QMarginsF(16, 14, 16, 10), QPageLayout::Millimeter);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Interview Assistant"));
    const std::unique_ptr<QTextDocument> doc = document(bodyHtml);
    result.pages = paint(*doc, writer, options.title);
    // QPdfWriter reports nothing itself; a device that refused bytes has an error string.
    if (!device.errorString().isEmpty() && device.errorString() != QLatin1String("Unknown error")) {
        result.error = tr("Writing the PDF failed: %1").arg(device.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

PdfReportWriter::Result PdfReportWriter::writeFile(const QString& bodyHtml, const QString& path,
                                                   const Options& options)
{
    ExportFile file(path);
    if (!file.open()) {
        Result failed;
        failed.error = file.errorString();
        return failed;
    }
    Result result = write(bodyHtml, file.device(), options);
    if (!result.ok) {
        file.cancel();
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = file.errorString();
    }
    return result;
}

} // namespace ia
