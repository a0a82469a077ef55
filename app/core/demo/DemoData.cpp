#include "DemoData.h"

#include "DataFileError.h"
#include "bank/QuestionBank.h"
#include "desk/ManagerPassphrase.h"
#include "storage/AppMetaRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewerRepository.h"
#include "storage/KitRepository.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ia {

namespace {

const QString demoFlag = QStringLiteral("demo_data");

// A stable pseudo-random number in [0, 1) for a string: FNV-1a, since qHash is seeded per process.
double unitHash(const QString& text)
{
    quint64 h = 14695981039346656037ULL;
    for (const char byte : text.toUtf8()) {
        h ^= static_cast<unsigned char>(byte);
        h *= 1099511628211ULL;
    }
    return static_cast<double>(h % 1000003ULL) / 1000003.0;
}

// Uniform in [-amplitude, +amplitude].
double jitter(const QString& text, double amplitude)
{
    return (unitHash(text) * 2.0 - 1.0) * amplitude;
}

Recommendation recommendationFor(double weightedMean)
{
    if (weightedMean >= 3.3)
        return Recommendation::StrongYes;
    if (weightedMean >= 2.6)
        return Recommendation::Yes;
    if (weightedMean >= 1.9)
        return Recommendation::No;
    return Recommendation::StrongNo;
}

QJsonObject readDemoFile()
{
    QFile file(DemoData::dataPath());
    if (!file.open(QIODevice::ReadOnly)) {
        throw DataFileError(QCoreApplication::translate("ia::DemoData", "Could not read the demo data %1: %2")
                                .arg(file.fileName(), file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        throw DataFileError(
            QCoreApplication::translate("ia::DemoData", "The demo data %1 is not valid JSON: %2")
                .arg(file.fileName(), error.errorString()));
    }
    return doc.object();
}

struct HighlightTemplate
{
    QString questionKey;
    int minScore = 1;
    int maxScore = 4;
    HighlightFlag flag = HighlightFlag::None;
    QString text;
};

} // namespace

QString DemoData::dataPath()
{
    return QStringLiteral(":/demo/demo-data.json");
}

bool DemoData::create(const Database& database, const QDateTime& now)
{
    AppMetaRepository meta(database);
    if (meta.value(demoFlag))
        return false;
    QuestionBank::installDefault(database);

    const QJsonObject root = readDemoFile();
    WriteTransaction tx(database);

    KitRepository kits(database);
    const std::optional<Kit> kit = kits.byName(QuestionBank::defaultKitName());
    if (!kit) {
        throw DataFileError(QCoreApplication::translate("ia::DemoData",
                                                        "The default kit \"%1\" is missing, so no "
                                                        "demo interviews can be created.")
                                .arg(QuestionBank::defaultKitName()));
    }

    InterviewerRepository interviewerRepo(database);
    QHash<QString, Interviewer> interviewers;
    QHash<QString, double> leniency;
    for (const QJsonValue& v : root.value(QStringLiteral("interviewers")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        interviewers.insert(name,
                            interviewerRepo.findOrCreate(name, o.value(QStringLiteral("email")).toString()));
        leniency.insert(name, o.value(QStringLiteral("leniency")).toDouble());
    }

    int oldestDay = 0;
    for (const QJsonValue& v : root.value(QStringLiteral("interviews")).toArray())
        oldestDay = std::max(oldestDay, v.toObject().value(QStringLiteral("daysAgo")).toInt());

    CandidateRepository candidateRepo(database);
    QHash<QString, Candidate> candidates;
    QHash<QString, double> skill;
    for (const QJsonValue& v : root.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject o = v.toObject();
        Candidate c;
        c.name = o.value(QStringLiteral("name")).toString();
        c.email = o.value(QStringLiteral("email")).toString();
        c.phone = o.value(QStringLiteral("phone")).toString();
        c.role = o.value(QStringLiteral("role")).toString();
        c.source = o.value(QStringLiteral("source")).toString();
        c.status = candidateStatusFromKey(o.value(QStringLiteral("status")).toString())
                       .value_or(CandidateStatus::New);
        c.culturalFitNotes = o.value(QStringLiteral("culturalFitNotes")).toString();
        c.notes = o.value(QStringLiteral("notes")).toString();
        c.createdAt = now.addDays(-(oldestDay + 7));
        for (const QJsonValue& t : o.value(QStringLiteral("tags")).toArray())
            c.tags.append(t.toString());
        for (const QJsonValue& l : o.value(QStringLiteral("links")).toArray()) {
            const QJsonObject lo = l.toObject();
            c.links.append(CandidateLink{0,
                                         lo.value(QStringLiteral("kind")).toString(),
                                         lo.value(QStringLiteral("url")).toString(),
                                         {}});
        }
        for (const QJsonValue& r : o.value(QStringLiteral("references")).toArray()) {
            const QJsonObject ro = r.toObject();
            c.references.append(CandidateReference{0,
                                                   ro.value(QStringLiteral("name")).toString(),
                                                   ro.value(QStringLiteral("relation")).toString(),
                                                   ro.value(QStringLiteral("contact")).toString(),
                                                   ro.value(QStringLiteral("notes")).toString(),
                                                   {}});
        }
        candidates.insert(c.name, candidateRepo.create(c));
        skill.insert(c.name, o.value(QStringLiteral("skill")).toDouble(2.5));
    }

    const QJsonObject evidence = root.value(QStringLiteral("evidence")).toObject();
    const QJsonObject summaries = root.value(QStringLiteral("summaries")).toObject();
    QList<HighlightTemplate> highlightTemplates;
    for (const QJsonValue& v : root.value(QStringLiteral("highlights")).toArray()) {
        const QJsonObject o = v.toObject();
        HighlightTemplate h;
        h.questionKey = o.value(QStringLiteral("question")).toString();
        h.minScore = o.value(QStringLiteral("minScore")).toInt(1);
        h.maxScore = o.value(QStringLiteral("maxScore")).toInt(4);
        h.flag =
            highlightFlagFromKey(o.value(QStringLiteral("flag")).toString()).value_or(HighlightFlag::None);
        h.text = o.value(QStringLiteral("text")).toString();
        highlightTemplates.append(h);
    }
    const QJsonObject codeAnswer = root.value(QStringLiteral("codeAnswer")).toObject();
    bool codeAnswerPlaced = false;

    InterviewRepository interviews(database);
    for (const QJsonValue& v : root.value(QStringLiteral("interviews")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString candidateName = o.value(QStringLiteral("candidate")).toString();
        const QString interviewerName = o.value(QStringLiteral("interviewer")).toString();
        if (!candidates.contains(candidateName) || !interviewers.contains(interviewerName)) {
            throw DataFileError(QCoreApplication::translate(
                                    "ia::DemoData", "The demo interview of \"%1\" with \"%2\" names an "
                                                    "unknown candidate or interviewer.")
                                    .arg(candidateName, interviewerName));
        }
        const InterviewState state = interviewStateFromKey(o.value(QStringLiteral("state")).toString())
                                         .value_or(InterviewState::Planned);
        const int daysAgo = o.value(QStringLiteral("daysAgo")).toInt();
        const QString seed = candidateName + QLatin1Char('|') + interviewerName;
        // Mornings and early afternoons, on the hour or half past.
        const QDateTime start =
            now.addDays(-daysAgo)
                .addSecs(-now.time().msecsSinceStartOfDay() / 1000)
                .addSecs(9 * 3600 + int(unitHash(seed + QStringLiteral("start")) * 10) * 1800);

        const Interview interview = interviews.create(candidates.value(candidateName).id,
                                                      interviewers.value(interviewerName).id, *kit, start);
        if (state == InterviewState::Planned)
            continue;
        interviews.start(interview.id, start);
        const std::optional<Scorecard> card = interviews.scorecard(interview.id);

        // An interview still running has reached about half of the kit.
        const int asked =
            state == InterviewState::InProgress ? int(card->entries.size()) / 2 : int(card->entries.size());
        const double ability = skill.value(candidateName) + leniency.value(interviewerName);
        int elapsed = 0;
        double weightedSum = 0;
        double weightTotal = 0;
        int highlightsAdded = 0;
        for (int i = 0; i < card->entries.size(); ++i) {
            const ScorecardEntry& entry = card->entries.at(i);
            const QString key = entry.question.key;
            if (i >= asked)
                break;
            // Now and then a question is skipped for time, never the practical one.
            if (!entry.question.practical && unitHash(seed + key + QStringLiteral("skip")) < 0.06) {
                interviews.setEntryResult(entry.id, EntryStatus::Skipped);
                continue;
            }
            // The candidate's strengths are shared across the panel; the per-interview noise is not.
            const double raw = ability + jitter(candidateName + key, 0.6) + jitter(seed + key, 0.45);
            const int score = std::clamp(int(std::lround(raw)), Rubric::minScore, Rubric::maxScore);
            const int spent =
                int(entry.timeBudgetSeconds * (0.75 + 0.5 * unitHash(seed + key + QStringLiteral("time"))));
            interviews.setEntryResult(entry.id, EntryStatus::Scored, score);
            interviews.setSecondsSpent(entry.id, spent);
            const QJsonArray notes = evidence.value(key).toArray();
            if (notes.size() == Rubric::maxScore)
                interviews.setNote(entry.id, notes.at(score - 1).toString());
            weightedSum += score * entry.weight;
            weightTotal += entry.weight;

            for (const HighlightTemplate& h : highlightTemplates) {
                if (highlightsAdded >= 4 || h.questionKey != key || score < h.minScore || score > h.maxScore)
                    continue;
                Highlight highlight;
                highlight.interviewId = interview.id;
                highlight.entryId = entry.id;
                highlight.elapsedSeconds = elapsed + int(spent * (0.3 + 0.5 * unitHash(seed + h.text)));
                highlight.text = h.text;
                highlight.flag = h.flag;
                interviews.saveHighlight(highlight);
                ++highlightsAdded;
            }
            if (entry.question.practical && !codeAnswerPlaced &&
                codeAnswer.value(QStringLiteral("candidate")).toString() == candidateName) {
                interviews.setCodeAnswer(entry.id,
                                         CodeSnippet{codeAnswer.value(QStringLiteral("syntax")).toString(),
                                                     codeAnswer.value(QStringLiteral("text")).toString()});
                codeAnswerPlaced = true;
            }
            elapsed += spent;
        }
        interviews.setElapsed(interview.id, elapsed);
        if (state != InterviewState::Submitted)
            continue;

        const Recommendation recommendation =
            recommendationFor(weightTotal > 0 ? weightedSum / weightTotal : 0);
        interviews.setRecommendation(interview.id, recommendation);
        const QJsonArray texts = summaries.value(toKey(recommendation)).toArray();
        if (!texts.isEmpty())
            interviews.setSummary(interview.id, texts.at(int(unitHash(seed) * texts.size())).toString());
        interviews.submit(interview.id, start.addSecs(elapsed + 20 * 60));
    }

    meta.setValue(demoFlag, QStringLiteral("1"));
    tx.commit();
    if (!ManagerPassphrase::isSet(database))
        ManagerPassphrase::set(database, managerPassphrase());
    return true;
}

} // namespace ia
