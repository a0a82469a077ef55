#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include <memory>

class QIODevice;
class QLocale;
class QPagedPaintDevice;
class QTextDocument;

namespace ia {

// Lays report HTML out on pages (a footer with the report's title and "Page n of N" on each) and
// writes PDF. Files are written through QSaveFile: a failed export leaves no half-written file.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ia::PdfReportWriter)

public:
    struct Options
    {
        QPageSize pageSize = defaultPageSize();
        QString title; // document title and left side of the footer
    };

    struct Result
    {
        bool ok = false;
        int pages = 0;
        QString error; // for the user: what failed and what to do
    };

    // Letter where the locale's country uses it, A4 everywhere else.
    static QPageSize defaultPageSize(const QLocale& locale);
    static QPageSize defaultPageSize();
    // "a4" or "letter" (any case); nullopt for anything else.
    static std::optional<QPageSize> pageSizeFromName(const QString& name);

    // A document styled for print: the report style sheet, long words broken anywhere.
    static std::unique_ptr<QTextDocument> document(const QString& bodyHtml);

    static Result writeFile(const QString& bodyHtml, const QString& path, const Options& options);
    static Result write(const QString& bodyHtml, QIODevice& device, const Options& options);

    // Paints the document page by page onto any paged device (a PDF writer, a printer for the
    // print preview); returns the number of pages.
    static int paint(QTextDocument& document, QPagedPaintDevice& device, const QString& footer);
};

} // namespace ia
