#pragma once

#include "domain/Candidate.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CandidateProfile;
}

namespace ia {

// Every field of a candidate, editable in place; links are also shown as clickable addresses.
// Each change is reported at once (the session writes it within a fraction of a second).
class CandidateProfileWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CandidateProfileWidget(QWidget* parent = nullptr);
    ~CandidateProfileWidget() override;

    // Refreshes fields that differ, so text being typed keeps its cursor.
    void setCandidate(const Candidate& candidate);
    Candidate candidate() const; // what the fields say now
    QString linksHtml() const;

signals:
    void edited(const Candidate& candidate);

private:
    void changed();
    void refreshLinksLabel();

    std::unique_ptr<Ui::CandidateProfile> m_ui;
    Candidate m_candidate;
    bool m_updating = false;
};

} // namespace ia
