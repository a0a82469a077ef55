#include "BundleExporter.h"

#include "ExportFile.h"
#include "bundle/BundleFormat.h"
#include "core/AppInfo.h"
#include "storage/CandidateRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/StorageError.h"
#include "storage/TombstoneRepository.h"

#include <QHash>
#include <QSet>

namespace ia {

BundleExporter::BundleExporter(const Database& database)
    : m_database(database)
{}

Bundle BundleExporter::collect(const Selection& selection) const
{
    QList<InterviewId> chosen;
    for (const Interview& i : InterviewRepository(m_database).all()) {
        if (i.state != InterviewState::Submitted || i.interviewerId != selection.interviewer)
            continue;
        if (!selection.candidates.isEmpty() && !selection.candidates.contains(i.candidateId))
            continue;
        if (selection.submittedSince.isValid() && i.submittedAt < selection.submittedSince)
            continue;
        chosen.append(i.id);
    }
    return collectInterviews(chosen, selection.interviewer);
}

Bundle BundleExporter::ofScorecard(InterviewId interview) const
{
    const std::optional<Interview> i = InterviewRepository(m_database).get(interview);
    return collectInterviews({interview}, i ? i->interviewerId : 0);
}

Bundle BundleExporter::collectInterviews(const QList<InterviewId>& interviews, InterviewerId exporter) const
{
    Bundle bundle;
    bundle.exportedAt = QDateTime::currentDateTimeUtc();
    bundle.appVersion = QLatin1String(AppInfo::version);
    const InterviewerRepository people(m_database);
    if (const std::optional<Interviewer> me = people.get(exporter))
        bundle.exportedBy = *me;

    const InterviewRepository interviewRepo(m_database);
    const CandidateRepository candidateRepo(m_database);
    const KitRepository kitRepo(m_database);
    QHash<CandidateId, QString> candidateUuids;
    QHash<InterviewerId, QString> interviewerUuids;
    QHash<KitId, QString> kitUuids;
    QSet<QString> versions;
    for (const InterviewId id : interviews) {
        const std::optional<Scorecard> card = interviewRepo.scorecard(id);
        if (!card)
            continue;
        const Interview& i = card->interview;
        if (!candidateUuids.contains(i.candidateId)) {
            std::optional<Candidate> c = candidateRepo.get(i.candidateId);
            if (!c)
                continue;
            // What an interviewer may share: the profile, never the private notes or the status.
            Candidate shared;
            shared.uuid = c->uuid;
            shared.name = c->name;
            shared.email = c->email;
            shared.phone = c->phone;
            shared.role = c->role;
            shared.source = c->source;
            shared.tags = c->tags;
            shared.links = c->links;
            shared.references = c->references;
            bundle.candidates.append(shared);
            candidateUuids.insert(i.candidateId, c->uuid);
        }
        if (!interviewerUuids.contains(i.interviewerId)) {
            const std::optional<Interviewer> who = people.get(i.interviewerId);
            if (!who)
                continue;
            bundle.interviewers.append(*who);
            interviewerUuids.insert(i.interviewerId, who->uuid);
        }
        if (i.kitId != 0 && !kitUuids.contains(i.kitId)) {
            if (const std::optional<Kit> kit = kitRepo.get(i.kitId)) {
                bundle.kits.append(BundleKit{kit->uuid, kit->name, kit->role, kit->description});
                kitUuids.insert(i.kitId, kit->uuid);
            }
        }
        BundleScorecard s;
        s.interview = i;
        s.candidateUuid = candidateUuids.value(i.candidateId);
        s.interviewerUuid = interviewerUuids.value(i.interviewerId);
        s.kitUuid = kitUuids.value(i.kitId);
        QHash<ScorecardEntryId, QString> entryUuids;
        for (const ScorecardEntry& e : card->entries) {
            s.entries.append(e);
            entryUuids.insert(e.id, e.uuid);
            if (!versions.contains(e.question.versionUuid)) {
                versions.insert(e.question.versionUuid);
                bundle.questions.append(e.question);
            }
        }
        for (const Highlight& h : card->highlights)
            s.highlights.append({h, h.entryId ? entryUuids.value(*h.entryId) : QString()});
        for (const CodeAnswer& a : card->codeAnswers)
            s.codeAnswers.append({a, entryUuids.value(a.entryId)});
        bundle.scorecards.append(s);
    }
    bundle.tombstones = TombstoneRepository(m_database).all();
    return bundle;
}

QString BundleExporter::write(const Bundle& bundle, const QString& path)
{
    return ExportFile::write(path, BundleFormat::toJson(bundle));
}

} // namespace ia
