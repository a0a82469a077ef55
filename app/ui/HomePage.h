#pragma once

#include "domain/Ids.h"

#include <QWidget>

#include <memory>

namespace Ui {
class HomePage;
}

class QAbstractItemView;

namespace ia {

class Database;
class KitQuestionModel;
class QuestionView;

// What to start: an existing candidate or a new one (name and role), a kit, and who interviews.
struct StartRequest
{
    CandidateId candidate = 0; // 0: create newCandidateName
    QString newCandidateName;
    QString newCandidateRole;
    KitId kit = 0;
    QString interviewer;
    QString interviewerEmail; // optional
};

// The window's home when no interview is open: resume an unfinished interview, start a new one
// (creating the candidate inline if needed), and browse the chosen kit's questions.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    explicit HomePage(QWidget* parent = nullptr);
    ~HomePage() override;

    // Re-reads candidates, kits and unfinished interviews; the interviewer's own come first.
    void reload(const Database& database, const QString& interviewer);

    QAbstractItemView* questionList() const;
    QuestionView* questionView() const;
    KitQuestionModel* kitModel() const { return m_kitModel; }
    int unfinishedCount() const;

    // Focus the most useful control: Resume when there is an interview of ours to finish.
    void focusDefault();
    // The Start button's checks, then startRequested; the form says what is missing instead.
    void requestStart();
    void requestResume();

    // For tests and keyboard users: choose the candidate "New candidate" or one by name.
    void chooseNewCandidate(const QString& name, const QString& role);
    bool chooseCandidate(const QString& name);
    void setInterviewer(const QString& name);

    // The candidate list shows this many, newest first; the find field reaches the rest.
    static constexpr int listedCandidates = 200;

signals:
    void startRequested(const StartRequest& request);
    void resumeRequested(InterviewId id);

private:
    void fillCandidates();
    void showKit();
    void showCurrentQuestion();
    void updateNewCandidateFields();
    // The kit last used for the chosen candidate's role (or the role typed for a new one).
    void chooseKitForRole();
    bool selectKit(KitId id);

    std::unique_ptr<Ui::HomePage> m_ui;
    const Database* m_database = nullptr;
    QString m_kitChosenForRole; // the role the kit was last chosen for
    KitQuestionModel* m_kitModel;
};

} // namespace ia
