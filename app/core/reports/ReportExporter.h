#pragma once

#include "domain/Ids.h"
#include "domain/Viewer.h"
#include "reports/PdfReportWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace ia {

class Comparison;
class Database;

// Scorecards, debrief packets and comparisons to PDF files, for the GUI and the CLI alike.
// Storage problems throw StorageError; file problems come back in the result.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ia::ReportExporter)

public:
    struct Export
    {
        bool ok = false;
        QString path;
        int pages = 0;
        QString error;
    };

    // The viewer decides, by blind scoring, which scorecards may be exported (see VisibilityPolicy).
    ReportExporter(const Database& database, QPageSize pageSize, const Viewer& viewer);

    Export scorecard(InterviewId interview, const QString& path) const;
    Export packet(CandidateId candidate, const QString& path) const;
    // A comparison the desk has already made for this viewer (blind scoring is applied there).
    Export comparison(const Comparison& comparison, const QString& path) const;
    // How allPackets goes about it.
    struct BatchOptions
    {
        // Packets laid out at once, each on a thread of its own with its own database connection;
        // 0: one per core (see batchThreads).
        int threads = 0;
        // Called after each file, one call at a time, from the thread that wrote it: how many files
        // are done, of how many, and that one. Returning false stops the batch: no packet is begun
        // after it, those under way are finished (a file is written whole or not at all).
        std::function<bool(int done, int total, const Export& file)> progress;
    };

    // One packet per candidate with at least one submitted interview whose panel the viewer may
    // see, named by defaultFileName, in candidate order; a stopped batch returns those written.
    // A packet that fails (a storage error included) is an Export with its error; the others go on.
    QList<Export> allPackets(const QString& directory) const;
    QList<Export> allPackets(const QString& directory, const BatchOptions& options) const;
    // The threads a batch of packets uses: requested (0: one per core), never more than packets.
    static int batchThreads(int requested, qsizetype packets);

    // The HTML the PDFs are made of (the print preview lays it out again on the printer).
    QString scorecardHtml(InterviewId interview, QString* footer = nullptr) const;
    QString packetHtml(CandidateId candidate, QString* footer = nullptr) const;

    // "sofia-lindqvist-debrief-2026-11-23.pdf": plain letters and digits, safe on any file system.
    static QString defaultFileName(const QString& candidateName, const QString& kind, const QDate& date);

    // A candidate by id ("12") or by exact name (any case); throws StorageError when there is no
    // such candidate or the name is ambiguous.
    CandidateId findCandidate(const QString& nameOrId) const;

private:
    struct PlannedPacket
    {
        CandidateId candidate = 0;
        QString path;
    };
    QList<PlannedPacket> plannedPackets(const QString& directory) const;
    Export write(const QString& html, const QString& footer, const QString& path) const;

    const Database& m_database;
    QPageSize m_pageSize;
    Viewer m_viewer;
};

} // namespace ia
