#pragma once

#include "domain/Candidate.h"
#include "domain/Viewer.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class CandidatesPage;
}

class QTableView;

namespace ia {

class CandidateProfileWidget;
class CandidateTableModel;
class Database;
class UserPrompts;

// The candidates table (sortable, filtered as you type, paged from SQL), the selected candidate's
// profile, editable in place, and the panel's strengths and concerns; new and erase.
class CandidatesPage : public QWidget
{
    Q_OBJECT
public:
    // prompts: where to ask the user (a function, as the window may swap its prompts for tests).
    CandidatesPage(const Database& database, std::function<UserPrompts&()> prompts,
                   QWidget* parent = nullptr);
    ~CandidatesPage() override;

    void setViewer(const Viewer& viewer);
    void reload();
    void focusFilter();
    bool selectCandidate(CandidateId id);
    CandidateId selectedCandidate() const;
    void newCandidate();
    bool eraseSelected();
    bool flush(); // writes pending profile edits

    CandidateTableModel* model() const { return m_model; }
    QTableView* table() const;
    CandidateProfileWidget* profile() const;
    QString summaryText() const;
    QString blindBannerText() const;

signals:
    void exportPacketRequested(CandidateId candidate);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void selectionChanged();
    void showCandidate(CandidateId id);
    void updateSummary(CandidateId id);
    void updateCount();
    void updateBlindBanner();

    std::unique_ptr<Ui::CandidatesPage> m_ui;
    const Database& m_database;
    std::function<UserPrompts&()> m_prompts;
    CandidateTableModel* m_model;
    Viewer m_viewer = Viewer::everything();
    QTimer m_filterDelay;
    QTimer m_saveDelay;
    std::optional<Candidate> m_pending;
};

} // namespace ia
