#pragma once

#include "analysis/Comparison.h"
#include "domain/Viewer.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ComparePage;
}

class QTableView;

namespace ia {

class CandidateChoiceModel;
class ComparisonModel;
class Database;
class UserPrompts;

// Candidates of a role side by side: choose the role and the candidates; the grid shows each
// question's panel mean and spread (disagreements marked); a click shows the evidence behind a cell;
// small bar charts per category; export as CSV or a PDF page.
class ComparePage : public QWidget
{
    Q_OBJECT
public:
    // prompts: where to ask the user (a function, as the window may swap its prompts for tests).
    ComparePage(const Database& database, std::function<UserPrompts&()> prompts, QWidget* parent = nullptr);
    ~ComparePage() override;

    // Both are put off while the page is hidden and done when it is shown (or read): at start-up
    // and on every change of viewer, a comparison of a large role would otherwise be built for
    // nothing.
    void setViewer(const Viewer& viewer);
    void reload(); // roles and candidates, keeping the choice
    bool chooseRole(const QString& role);
    const Comparison& comparison();
    QTableView* grid();
    QString evidenceText();
    void showEvidence(int row, int column); // column in the grid (0 is the question)

    bool exportCsv(const QString& path);
    bool exportPdf(const QString& path);

    // A role with more candidates than this starts with only its most recent ones ticked: a grid of
    // thousands of columns is neither readable nor quick.
    static constexpr int preselectedCandidates = 20;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureFresh();
    void reloadNow();
    void roleChanged();
    void rebuild();
    QString askPath(const QString& title, const QString& extension, const QString& filter);

    std::unique_ptr<Ui::ComparePage> m_ui;
    const Database& m_database;
    std::function<UserPrompts&()> m_prompts;
    ComparisonModel* m_model;
    CandidateChoiceModel* m_choices;
    Viewer m_viewer = Viewer::nobody();
    std::optional<QString> m_listedRole; // the role whose candidates the list holds
    bool m_ticksChosen = false;          // ticked by the user (kept on a reload), not the defaults
    QString m_rolesError;                // what went wrong reading the roles or the role's candidates, shown
    QString m_listError;                 // until a reload reads them
    bool m_updating = false;
    bool m_needsReload = true;
    bool m_needsRebuild = false;
};

} // namespace ia
