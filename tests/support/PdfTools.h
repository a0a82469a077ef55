#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace ia::test {

// Reads PDFs back the way a person's tools would: poppler's pdftotext, pdfinfo and pdftoppm.
QString pdfText(const QString& pdf, const QStringList& extraArguments = {QStringLiteral("-layout")});
QString pdfInfo(const QString& pdf);
QImage pdfPage(const QString& pdf, int page, int dpi = 40);

} // namespace ia::test
