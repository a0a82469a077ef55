#include "BundleImporter.h"

#include "bundle/BundleExporter.h"
#include "bundle/BundleFormat.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/TombstoneRepository.h"
#include "storage/WriteTransaction.h"

#include <QHash>

namespace ia {

QString BundleImporter::Report::summary() const
{
    QStringList lines;
    lines << tr("%n new scorecard(s), %1 updated, %2 unchanged, %3 refused.", nullptr, newScorecards)
                 .arg(updatedScorecards)
                 .arg(unchangedScorecards)
                 .arg(refused.size());
    lines << tr("%n new candidate(s), %1 matched with candidates already here.", nullptr, newCandidates)
                 .arg(matchedCandidates);
    for (const QString& r : refused)
        lines << tr("Refused: %1").arg(r);
    for (const QString& n : notes)
        lines << n;
    return lines.join(QLatin1Char('\n'));
}

BundleImporter::BundleImporter(const Database& database, Options options)
    : m_database(database)
    , m_options(std::move(options))
{}

namespace {

QString scorecardName(const BundleScorecard& s, const QHash<QString, Candidate>& candidates,
                      const QHash<QString, Interviewer>& people)
{
    return BundleImporter::tr("%1's scorecard of %2 (revision %3)")
        .arg(people.value(s.interviewerUuid).name, candidates.value(s.candidateUuid).name)
        .arg(s.interview.revision);
}

// A kit name not used here yet: the bundle's, else marked as coming from its exporter.
QString freeKitName(const KitRepository& kits, const QString& name, const QString& from)
{
    if (!kits.byName(name))
        return name;
    const QString marked = BundleImporter::tr("%1 (from %2)").arg(name, from);
    QString candidate = marked;
    for (int n = 2; kits.byName(candidate); ++n)
        candidate = QStringLiteral("%1 %2").arg(marked).arg(n);
    return candidate;
}

} // namespace

BundleImporter::Report BundleImporter::import(const Bundle& bundle) const
{
    return run(bundle, true);
}

BundleImporter::Report BundleImporter::preview(const Bundle& bundle) const
{
    return run(bundle, false);
}

BundleImporter::Report BundleImporter::run(const Bundle& bundle, bool commit) const
{
    Report report;
    WriteTransaction tx(m_database);

    TombstoneRepository tombstoneRepo(m_database);
    tombstoneRepo.add(bundle.tombstones);
    const QSet<QString> erased = tombstoneRepo.uuids();

    QHash<QString, Candidate> bundleCandidates;
    for (const Candidate& c : bundle.candidates)
        bundleCandidates.insert(c.uuid, c);
    QHash<QString, Interviewer> bundlePeople;
    for (const Interviewer& i : bundle.interviewers)
        bundlePeople.insert(i.uuid, i);
    QHash<QString, BundleKit> bundleKits;
    for (const BundleKit& k : bundle.kits)
        bundleKits.insert(k.uuid, k);

    // Which scorecards can come in at all, before anything is matched or created for them.
    QList<const BundleScorecard*> incoming;
    InterviewRepository interviews(m_database);
    for (const BundleScorecard& s : bundle.scorecards) {
        const QString name = scorecardName(s, bundleCandidates, bundlePeople);
        if (erased.contains(s.candidateUuid) || erased.contains(s.interview.uuid)) {
            report.refused << tr("%1: the candidate was erased.").arg(name);
            continue;
        }
        incoming.append(&s);
    }

    // Two steps per scorecard: its candidate, then the scorecard itself.
    const int steps = int(incoming.size()) * 2;
    int step = 0;
    const auto carryOn = [&] {
        ++step;
        return !m_options.progress || m_options.progress(step, steps);
    };
    const auto stop = [&] {
        Report stopped;
        stopped.stopped = true;
        return stopped; // tx rolls back as it goes
    };

    // Candidates.
    CandidateRepository candidates(m_database);
    QHash<QString, CandidateId> candidateIds;
    QSet<QString> unresolved;
    for (const BundleScorecard* s : std::as_const(incoming)) {
        if (!carryOn())
            return stop();
        const QString uuid = s->candidateUuid;
        if (candidateIds.contains(uuid) || unresolved.contains(uuid))
            continue;
        const Candidate& theirs = bundleCandidates[uuid];
        std::optional<Candidate> ours = candidates.byUuid(uuid);
        bool matchedByOtherUuid = false;
        if (!ours) {
            const QList<Candidate> sameEmail = candidates.byEmail(theirs.email);
            if (sameEmail.size() == 1) {
                ours = sameEmail.first();
                matchedByOtherUuid = true;
                report.notes
                    << tr("%1 is %2, who is already here (same e-mail).").arg(theirs.name, ours->name);
            }
        }
        if (!ours && !m_options.notTheSame.contains(uuid)) {
            const QList<Candidate> alike = candidates.byFoldedNameAndRole(theirs.name, theirs.role);
            if (!alike.isEmpty()) {
                if (m_options.mergeAllLookAlikes || m_options.sameAsExisting.contains(uuid)) {
                    ours = alike.first();
                    matchedByOtherUuid = true;
                    report.notes << tr("%1 is %2, who is already here (same name and role, as confirmed).")
                                        .arg(theirs.name, ours->name);
                } else {
                    report.lookAlikes.append(LookAlike{uuid, theirs.name, theirs.role, alike.first().id,
                                                       alike.first().name, alike.first().email});
                    unresolved.insert(uuid);
                    continue;
                }
            }
        }
        if (ours) {
            if (matchedByOtherUuid)
                candidates.addAlias(ours->id, uuid);
            candidates.addLinksAndReferences(ours->id, theirs.links, theirs.references);
            candidateIds.insert(uuid, ours->id);
            ++report.matchedCandidates;
        } else {
            Candidate created = theirs;
            created.status = CandidateStatus::Interviewing;
            candidateIds.insert(uuid, candidates.create(created).id);
            ++report.newCandidates;
        }
    }

    // Interviewers: people, by UUID; one not known here is added as they are.
    InterviewerRepository people(m_database);
    QHash<QString, InterviewerId> interviewerIds;
    const auto interviewerId = [&](const QString& uuid) {
        if (!interviewerIds.contains(uuid)) {
            const std::optional<Interviewer> known = people.byUuid(uuid);
            interviewerIds.insert(uuid, known ? known->id : people.create(bundlePeople.value(uuid)).id);
        }
        return interviewerIds.value(uuid);
    };

    // Kits by UUID; an unknown one is added (without items: the scorecard names its questions).
    KitRepository kits(m_database);
    QHash<QString, KitId> kitIds;
    const auto kitId = [&](const QString& uuid) -> KitId {
        if (uuid.isEmpty())
            return 0;
        if (!kitIds.contains(uuid)) {
            if (const std::optional<Kit> known = kits.byUuid(uuid)) {
                kitIds.insert(uuid, known->id);
            } else {
                const BundleKit& k = bundleKits[uuid];
                Kit kit;
                kit.uuid = k.uuid;
                kit.name = freeKitName(kits, k.name, bundle.exportedBy.name);
                kit.role = k.role;
                kit.description = k.description;
                kitIds.insert(uuid, kits.create(kit).id);
            }
        }
        return kitIds.value(uuid);
    };

    // Question versions: by UUID, else by wording, else a new version of its question.
    QuestionRepository questions(m_database);
    QHash<QString, Question> bundleVersions;
    for (const Question& q : bundle.questions)
        bundleVersions.insert(q.versionUuid, q);
    QHash<QString, QuestionVersionId> versionIds;
    const auto versionId = [&](const QString& versionUuid) {
        if (versionIds.contains(versionUuid))
            return versionIds.value(versionUuid);
        const Question& q = bundleVersions[versionUuid];
        QuestionVersionId id = 0;
        if (const std::optional<Question> known = questions.versionByUuid(versionUuid)) {
            id = known->versionId;
        } else if (const std::optional<Question> same = questions.sameWording(q)) {
            id = same->versionId;
        } else {
            std::optional<Question> parent = questions.latestByUuid(q.uuid);
            if (!parent && !q.key.isEmpty())
                parent = questions.latestByKey(q.key);
            if (parent) {
                id = questions.addVersionFromElsewhere(parent->id, q).versionId;
                report.notes
                    << tr("The question \"%1\" was asked in a wording not known here; it was added as "
                          "a new version.")
                           .arg(q.title);
            } else {
                id = questions.create(q).versionId;
            }
        }
        versionIds.insert(versionUuid, id);
        return id;
    };

    // Scorecards.
    const BundleExporter history(m_database);
    for (const BundleScorecard* s : std::as_const(incoming)) {
        if (!carryOn())
            return stop();
        const QString name = scorecardName(*s, bundleCandidates, bundlePeople);
        if (unresolved.contains(s->candidateUuid)) {
            report.refused
                << tr("%1: the candidate looks like someone already here; confirm whether they are the "
                      "same person, then import again.")
                       .arg(name);
            continue;
        }
        const std::optional<Interview> existing = interviews.byUuid(s->interview.uuid);
        if (existing && s->interview.revision == existing->revision) {
            ++report.unchangedScorecards;
            continue;
        }
        if (existing && s->interview.revision < existing->revision) {
            report.notes << tr("%1 is older than the revision %2 already here; it was ignored.")
                                .arg(name)
                                .arg(existing->revision);
            ++report.unchangedScorecards;
            continue;
        }
        if (existing && existing->state != InterviewState::Submitted) {
            report.refused << tr("%1: the scorecard is being edited in this database.").arg(name);
            continue;
        }
        InterviewRepository::LocalIds ids;
        ids.candidate = candidateIds.value(s->candidateUuid);
        ids.interviewer = interviewerId(s->interviewerUuid);
        if (existing &&
            (existing->candidateId != ids.candidate || existing->interviewerId != ids.interviewer)) {
            report.refused
                << tr("%1: its UUID belongs to another candidate's or interviewer's scorecard here.")
                       .arg(name);
            continue;
        }
        ids.kit = kitId(s->kitUuid);
        for (const ScorecardEntry& e : s->entries)
            ids.versions.insert(e.question.versionUuid, versionId(e.question.versionUuid));
        if (existing) {
            // The current revision stays readable as history, in the same public format.
            interviews.keepRevision(existing->id, existing->revision,
                                    BundleFormat::toJson(history.ofScorecard(existing->id)));
            interviews.storeFromElsewhere(*s, ids, existing->id);
            ++report.updatedScorecards;
        } else {
            interviews.storeFromElsewhere(*s, ids);
            ++report.newScorecards;
        }
    }
    if (commit)
        tx.commit(); // else rolled back when tx goes
    return report;
}

} // namespace ia
