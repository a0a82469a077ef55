#pragma once

#include "domain/Candidate.h"
#include "domain/Viewer.h"

#include <QSet>
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
class SaveQueue;
class UserPrompts;

// The candidates table (sortable, filtered as you type, paged from SQL), the selected candidate's
// profile, editable in place, and the panel's strengths and concerns; new and erase.
class CandidatesPage : public QWidget
{
    Q_OBJECT
public:
    // prompts: where to ask the user (a function, as the window may swap its prompts for tests).
    // queue: the app's one save path (the interview screen edits profiles through it too); without
    // it the page keeps its own.
    CandidatesPage(const Database& database, std::function<UserPrompts&()> prompts,
                   QWidget* parent = nullptr);
    CandidatesPage(const Database& database, std::function<UserPrompts&()> prompts, SaveQueue& queue,
                   QWidget* parent = nullptr);
    ~CandidatesPage() override;

    void setViewer(const Viewer& viewer);
    void reload();
    void focusFilter();
    // Selects the candidate in the list as it is (the index says where they stand); false when the
    // filter hides them.
    bool selectCandidate(CandidateId id);
    // Shows one candidate asked for from elsewhere (a search hit): the filter becomes their name, so
    // the list is short however long the whole is, and it is plain who is shown.
    bool revealCandidate(CandidateId id);
    CandidateId selectedCandidate() const;
    void newCandidate();
    bool eraseSelected();
    bool flush(); // writes pending profile edits; false while some could not be written (kept, retried)

    CandidateTableModel* model() const { return m_model; }
    QTableView* table() const;
    CandidateProfileWidget* profile() const;
    QString summaryText() const;
    QString blindBannerText() const;
    // The widest a column grows to fit its contents (wider only by hand).
    int maxColumnWidth() const;

signals:
    void exportPacketRequested(CandidateId candidate);
    void candidateErased(CandidateId candidate);

protected:
    void hideEvent(QHideEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void selectionChanged();
    void showCandidate(CandidateId id);
    void updateSummary(CandidateId id);
    // Says when the candidate on show may be someone already here (same e-mail, or same name and
    // role), with a link to them: two records would split one person's panel.
    void updateLookAlikeNotice(const Candidate& candidate);
    void updateCount();
    void fitColumns(int firstRow, int lastRow);
    void clearStatusFilter();
    void updateBlindBanner();

    CandidatesPage(const Database& database, std::function<UserPrompts&()> prompts, SaveQueue* queue,
                   QWidget* parent);
    void candidateWritten(const QString& key);

    std::unique_ptr<Ui::CandidatesPage> m_ui;
    const Database& m_database;
    std::function<UserPrompts&()> m_prompts;
    std::unique_ptr<SaveQueue> m_ownQueue;
    SaveQueue& m_queue;
    CandidateTableModel* m_model;
    Viewer m_viewer = Viewer::nobody();
    QTimer m_filterDelay;
    Candidate m_shown; // the profile on screen as last loaded or edited: what edits are compared with
    bool m_shownEdited = false;
    CandidateId m_selectedBeforeReset = 0;
    QSet<int> m_resizedByHand; // columns the user has resized: never fitted again
    bool m_fittingColumns = false;
    bool m_columnsFitted = false;
};

} // namespace ia
