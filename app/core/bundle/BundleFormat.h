#pragma once

#include "bundle/Bundle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <exception>

namespace ia {

// A bundle file that cannot be imported: where the first problem is (a JSON path such as
// "scorecards[2].entries[0].score"), what it is, and how many more there are. Nothing was written.
class BundleError : public std::exception
{
public:
    BundleError(QString path, QString problem, int moreProblems);

    const QString& path() const { return m_path; }
    const QString& problem() const { return m_problem; }
    int moreProblems() const { return m_more; }
    QString message() const; // for the user, with the path and the count
    const char* what() const noexcept override { return m_what.constData(); }

private:
    QString m_path;
    QString m_problem;
    int m_more = 0;
    QByteArray m_what;
};

// The scorecard bundle's JSON: the app's public exchange format (resources/schema/
// bundle-v1.schema.json documents it). Reading validates everything before anything becomes a
// domain value: types, ranges, UUIDs, sizes, and that every reference inside the file resolves.
class BundleFormat
{
    Q_DECLARE_TR_FUNCTIONS(ia::BundleFormat)

public:
    static constexpr const char* formatName = "interview-assistant/scorecard-bundle";
    // Larger files are refused before parsing: a panel's bundle is kilobytes to a few megabytes.
    static constexpr qint64 maxFileBytes = 256 * 1024 * 1024;
    // Longer texts are refused: notes and prompts are a few thousand characters.
    static constexpr int maxTextLength = 1'000'000;

    static QByteArray toJson(const Bundle& bundle);
    static Bundle fromJson(const QByteArray& json); // throws BundleError
};

} // namespace ia
