#pragma once

#include "domain/Ids.h"
#include "domain/Viewer.h"
#include "storage/SearchRepository.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace ia {

class Database;

// Search every note, highlight, summary, code answer and candidate note; results best match first
// with the matched words in bold; a result opens its interview or candidate.
class SearchPage : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPage(const Database& database, QWidget* parent = nullptr);

    void setViewer(const Viewer& viewer);
    void focusSearch();
    void search(const QString& text);
    const QList<SearchHit>& hits() const { return m_hits; }
    QLineEdit* searchEdit() const { return m_edit; }
    QString resultsText() const;

signals:
    void openInterviewRequested(InterviewId interview);
    void openCandidateRequested(CandidateId candidate);

protected:
    void changeEvent(QEvent* event) override;

private:
    void run();
    void render();

    const Database& m_database;
    Viewer m_viewer = Viewer::nobody();
    QLineEdit* m_edit;
    QLabel* m_status;
    QTextBrowser* m_results;
    QTimer m_delay;
    QList<SearchHit> m_hits;
};

} // namespace ia
