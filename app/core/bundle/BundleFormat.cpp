#include "BundleFormat.h"

#include "domain/Identity.h"
#include "json/JsonWalker.h"
#include "json/QuestionJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <optional>

namespace ia {

BundleError::BundleError(QString path, QString problem, int moreProblems)
    : m_path(std::move(path))
    , m_problem(std::move(problem))
    , m_more(moreProblems)
    , m_what(message().toUtf8())
{}

QString BundleError::message() const
{
    QString text = m_path.isEmpty() ? m_problem : BundleFormat::tr("%1: %2").arg(m_path, m_problem);
    if (m_more > 0)
        text += QLatin1Char(' ') + BundleFormat::tr("(and %n more problem(s))", nullptr, m_more);
    return text;
}

namespace {

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue optionalTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject person(const Interviewer& who)
{
    return QJsonObject{{QStringLiteral("uuid"), who.uuid},
                       {QStringLiteral("name"), who.name},
                       {QStringLiteral("email"), who.email}};
}

// ---- reading ----------------------------------------------------------------------------------

Interviewer readPerson(JsonWalker& r, const QJsonValue& v, const QString& path)
{
    const QJsonObject o = r.object(v, path);
    Interviewer who;
    who.uuid = r.uuid(o, QStringLiteral("uuid"), path);
    who.name = r.nonEmpty(o, QStringLiteral("name"), path);
    who.email = r.text(o, QStringLiteral("email"), path, false);
    return who;
}

Candidate readCandidate(JsonWalker& r, const QJsonValue& v, const QString& path)
{
    const QJsonObject o = r.object(v, path);
    Candidate c;
    c.uuid = r.uuid(o, QStringLiteral("uuid"), path);
    c.name = r.nonEmpty(o, QStringLiteral("name"), path);
    c.email = r.text(o, QStringLiteral("email"), path, false);
    c.phone = r.text(o, QStringLiteral("phone"), path, false);
    c.role = r.text(o, QStringLiteral("role"), path, false);
    c.source = r.text(o, QStringLiteral("source"), path, false);
    const QString tagsPath = JsonWalker::at(path, QStringLiteral("tags"));
    if (o.contains(QStringLiteral("tags"))) {
        const QJsonArray tags = r.array(o, QStringLiteral("tags"), path);
        for (qsizetype i = 0; i < tags.size(); ++i) {
            if (!tags.at(i).isString() || tags.at(i).toString().size() > 200)
                r.problem(JsonWalker::item(tagsPath, i), BundleFormat::tr("expected a short text"));
            else
                c.tags.append(tags.at(i).toString());
        }
    }
    if (o.contains(QStringLiteral("links"))) {
        const QJsonArray links = r.array(o, QStringLiteral("links"), path);
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QString p = JsonWalker::item(JsonWalker::at(path, QStringLiteral("links")), i);
            const QJsonObject l = r.object(links.at(i), p);
            CandidateLink link;
            link.uuid = r.uuid(l, QStringLiteral("uuid"), p);
            link.kind = r.text(l, QStringLiteral("kind"), p);
            if (!link.kind.isEmpty() && !CandidateLink::kinds().contains(link.kind))
                r.problem(JsonWalker::at(p, QStringLiteral("kind")),
                          BundleFormat::tr("unknown value \"%1\"").arg(link.kind.left(40)));
            link.url = r.nonEmpty(l, QStringLiteral("url"), p);
            c.links.append(link);
        }
    }
    if (o.contains(QStringLiteral("references"))) {
        const QJsonArray refs = r.array(o, QStringLiteral("references"), path);
        for (qsizetype i = 0; i < refs.size(); ++i) {
            const QString p = JsonWalker::item(JsonWalker::at(path, QStringLiteral("references")), i);
            const QJsonObject ro = r.object(refs.at(i), p);
            CandidateReference ref;
            ref.uuid = r.uuid(ro, QStringLiteral("uuid"), p);
            ref.name = r.nonEmpty(ro, QStringLiteral("name"), p);
            ref.relation = r.text(ro, QStringLiteral("relation"), p, false);
            ref.contact = r.text(ro, QStringLiteral("contact"), p, false);
            ref.notes = r.text(ro, QStringLiteral("notes"), p, false);
            c.references.append(ref);
        }
    }
    return c;
}

BundleScorecard readScorecard(JsonWalker& r, const QJsonValue& v, const QString& path)
{
    const QJsonObject o = r.object(v, path);
    BundleScorecard s;
    Interview& i = s.interview;
    i.uuid = r.uuid(o, QStringLiteral("uuid"), path);
    i.revision = int(r.integer(o, QStringLiteral("revision"), path, 1, 1'000'000));
    i.state = InterviewState::Submitted;
    s.candidateUuid = r.uuid(o, QStringLiteral("candidate"), path);
    s.interviewerUuid = r.uuid(o, QStringLiteral("interviewer"), path);
    s.kitUuid = r.uuid(o, QStringLiteral("kit"), path, false);
    i.role = r.text(o, QStringLiteral("role"), path, false);
    i.startedAt = r.time(o, QStringLiteral("startedAt"), path, false);
    i.endedAt = r.time(o, QStringLiteral("endedAt"), path, false);
    i.submittedAt = r.time(o, QStringLiteral("submittedAt"), path, true);
    i.elapsedSeconds = int(r.integer(o, QStringLiteral("elapsedSeconds"), path, 0, 366 * 24 * 3600));
    i.recommendation =
        r.key<Recommendation>(o, QStringLiteral("recommendation"), path, recommendationFromKey, false);
    i.summary = r.text(o, QStringLiteral("summary"), path, false);

    const QString entriesPath = JsonWalker::at(path, QStringLiteral("entries"));
    const QJsonArray entries = r.array(o, QStringLiteral("entries"), path);
    for (qsizetype n = 0; n < entries.size(); ++n) {
        const QString p = JsonWalker::item(entriesPath, n);
        const QJsonObject eo = r.object(entries.at(n), p);
        ScorecardEntry e;
        e.uuid = r.uuid(eo, QStringLiteral("uuid"), p);
        e.position = int(r.integer(eo, QStringLiteral("position"), p, 0, 100'000));
        e.question.versionUuid = r.uuid(eo, QStringLiteral("questionVersion"), p);
        e.timeBudgetSeconds = int(r.integer(eo, QStringLiteral("timeBudgetSeconds"), p, 0, 24 * 3600));
        e.weight = r.number(eo, QStringLiteral("weight"), p, 0, 1000);
        e.status = r.key<EntryStatus>(eo, QStringLiteral("status"), p, entryStatusFromKey, true)
                       .value_or(EntryStatus::NotAsked);
        if (eo.value(QStringLiteral("score")).isNull() || !eo.contains(QStringLiteral("score")))
            e.score = std::nullopt;
        else
            e.score = int(r.integer(eo, QStringLiteral("score"), p, Rubric::minScore, Rubric::maxScore));
        if ((e.status == EntryStatus::Scored) != e.score.has_value())
            r.problem(JsonWalker::at(p, QStringLiteral("score")),
                      BundleFormat::tr("a score belongs to a scored entry, and only there"));
        e.note = r.text(eo, QStringLiteral("note"), p, false);
        e.secondsSpent = int(r.integer(eo, QStringLiteral("secondsSpent"), p, 0, 366 * 24 * 3600));
        s.entries.append(e);
    }
    const QString highlightsPath = JsonWalker::at(path, QStringLiteral("highlights"));
    const QJsonArray highlights = r.array(o, QStringLiteral("highlights"), path);
    for (qsizetype n = 0; n < highlights.size(); ++n) {
        const QString p = JsonWalker::item(highlightsPath, n);
        const QJsonObject ho = r.object(highlights.at(n), p);
        BundleScorecard::TravellingHighlight h;
        h.highlight.uuid = r.uuid(ho, QStringLiteral("uuid"), p);
        h.entryUuid = r.uuid(ho, QStringLiteral("entry"), p, false);
        h.highlight.elapsedSeconds =
            int(r.integer(ho, QStringLiteral("elapsedSeconds"), p, 0, 366 * 24 * 3600));
        h.highlight.text = r.text(ho, QStringLiteral("text"), p);
        h.highlight.flag = r.key<HighlightFlag>(ho, QStringLiteral("flag"), p, highlightFlagFromKey, true)
                               .value_or(HighlightFlag::None);
        h.highlight.createdAt = r.time(ho, QStringLiteral("createdAt"), p, true);
        s.highlights.append(h);
    }
    const QString codePath = JsonWalker::at(path, QStringLiteral("codeAnswers"));
    const QJsonArray code = r.array(o, QStringLiteral("codeAnswers"), path);
    for (qsizetype n = 0; n < code.size(); ++n) {
        const QString p = JsonWalker::item(codePath, n);
        const QJsonObject co = r.object(code.at(n), p);
        BundleScorecard::TravellingCode c;
        c.answer.uuid = r.uuid(co, QStringLiteral("uuid"), p);
        c.entryUuid = r.uuid(co, QStringLiteral("entry"), p);
        c.answer.code.syntax = r.text(co, QStringLiteral("syntax"), p);
        c.answer.code.text = r.text(co, QStringLiteral("code"), p);
        c.answer.updatedAt = r.time(co, QStringLiteral("updatedAt"), p, true);
        s.codeAnswers.append(c);
    }
    return s;
}

// Every UUID in a list once; reports the second one.
void requireUnique(JsonWalker& r, const QStringList& uuids, const QString& path, QSet<QString>& seen)
{
    for (qsizetype i = 0; i < uuids.size(); ++i) {
        if (uuids.at(i).isEmpty())
            continue;
        if (seen.contains(uuids.at(i)))
            r.problem(JsonWalker::at(JsonWalker::item(path, i), QStringLiteral("uuid")),
                      BundleFormat::tr("this UUID is used twice"));
        seen.insert(uuids.at(i));
    }
}

} // namespace

QByteArray BundleFormat::toJson(const Bundle& bundle)
{
    QJsonArray interviewers;
    for (const Interviewer& i : bundle.interviewers)
        interviewers.append(person(i));
    QJsonArray candidates;
    for (const Candidate& c : bundle.candidates) {
        QJsonArray links;
        for (const CandidateLink& l : c.links)
            links.append(QJsonObject{{QStringLiteral("uuid"), l.uuid},
                                     {QStringLiteral("kind"), l.kind},
                                     {QStringLiteral("url"), l.url}});
        QJsonArray refs;
        for (const CandidateReference& r : c.references) {
            refs.append(QJsonObject{{QStringLiteral("uuid"), r.uuid},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("relation"), r.relation},
                                    {QStringLiteral("contact"), r.contact},
                                    {QStringLiteral("notes"), r.notes}});
        }
        candidates.append(QJsonObject{{QStringLiteral("uuid"), c.uuid},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("email"), c.email},
                                      {QStringLiteral("phone"), c.phone},
                                      {QStringLiteral("role"), c.role},
                                      {QStringLiteral("source"), c.source},
                                      {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
                                      {QStringLiteral("links"), links},
                                      {QStringLiteral("references"), refs}});
    }
    QJsonArray kits;
    for (const BundleKit& k : bundle.kits) {
        kits.append(QJsonObject{{QStringLiteral("uuid"), k.uuid},
                                {QStringLiteral("name"), k.name},
                                {QStringLiteral("role"), k.role},
                                {QStringLiteral("description"), k.description}});
    }
    QJsonArray questions;
    for (const Question& q : bundle.questions) {
        const QJsonObject o = QuestionJson::write(q, QuestionJson::Form::Bundle);
        questions.append(o);
    }
    QJsonArray scorecards;
    for (const BundleScorecard& s : bundle.scorecards) {
        const Interview& i = s.interview;
        QJsonArray entries;
        for (const ScorecardEntry& e : s.entries) {
            entries.append(QJsonObject{
                {QStringLiteral("uuid"), e.uuid},
                {QStringLiteral("position"), e.position},
                {QStringLiteral("questionVersion"), e.question.versionUuid},
                {QStringLiteral("timeBudgetSeconds"), e.timeBudgetSeconds},
                {QStringLiteral("weight"), e.weight},
                {QStringLiteral("status"), toKey(e.status)},
                {QStringLiteral("score"), e.score ? QJsonValue(*e.score) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("note"), e.note},
                {QStringLiteral("secondsSpent"), e.secondsSpent}});
        }
        QJsonArray highlights;
        for (const BundleScorecard::TravellingHighlight& h : s.highlights) {
            highlights.append(QJsonObject{{QStringLiteral("uuid"), h.highlight.uuid},
                                          {QStringLiteral("entry"), optionalText(h.entryUuid)},
                                          {QStringLiteral("elapsedSeconds"), h.highlight.elapsedSeconds},
                                          {QStringLiteral("text"), h.highlight.text},
                                          {QStringLiteral("flag"), toKey(h.highlight.flag)},
                                          {QStringLiteral("createdAt"), isoTime(h.highlight.createdAt)}});
        }
        QJsonArray code;
        for (const BundleScorecard::TravellingCode& c : s.codeAnswers) {
            code.append(QJsonObject{{QStringLiteral("uuid"), c.answer.uuid},
                                    {QStringLiteral("entry"), c.entryUuid},
                                    {QStringLiteral("syntax"), c.answer.code.syntax},
                                    {QStringLiteral("code"), c.answer.code.text},
                                    {QStringLiteral("updatedAt"), isoTime(c.answer.updatedAt)}});
        }
        scorecards.append(QJsonObject{
            {QStringLiteral("uuid"), i.uuid},
            {QStringLiteral("revision"), i.revision},
            {QStringLiteral("candidate"), s.candidateUuid},
            {QStringLiteral("interviewer"), s.interviewerUuid},
            {QStringLiteral("kit"), optionalText(s.kitUuid)},
            {QStringLiteral("role"), i.role},
            {QStringLiteral("startedAt"), optionalTime(i.startedAt)},
            {QStringLiteral("endedAt"), optionalTime(i.endedAt)},
            {QStringLiteral("submittedAt"), optionalTime(i.submittedAt)},
            {QStringLiteral("elapsedSeconds"), i.elapsedSeconds},
            {QStringLiteral("recommendation"),
             i.recommendation ? QJsonValue(toKey(*i.recommendation)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("summary"), i.summary},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("highlights"), highlights},
            {QStringLiteral("codeAnswers"), code}});
    }
    QJsonArray tombstones;
    for (const Tombstone& t : bundle.tombstones) {
        tombstones.append(QJsonObject{{QStringLiteral("uuid"), t.uuid},
                                      {QStringLiteral("kind"), t.kind},
                                      {QStringLiteral("erasedAt"), isoTime(t.erasedAt)}});
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(formatName)},
                           {QStringLiteral("formatVersion"), Bundle::formatVersion},
                           {QStringLiteral("exportedAt"), isoTime(bundle.exportedAt)},
                           {QStringLiteral("exportedBy"), person(bundle.exportedBy)},
                           {QStringLiteral("app"), bundle.appVersion},
                           {QStringLiteral("interviewers"), interviewers},
                           {QStringLiteral("candidates"), candidates},
                           {QStringLiteral("kits"), kits},
                           {QStringLiteral("questions"), questions},
                           {QStringLiteral("scorecards"), scorecards},
                           {QStringLiteral("tombstones"), tombstones}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Bundle BundleFormat::fromJson(const QByteArray& json)
{
    if (json.size() > maxFileBytes)
        throw BundleError({},
                          tr("The file is larger than %1 MB; it is not a scorecard bundle.")
                              .arg(maxFileBytes / (1024 * 1024)),
                          0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw BundleError(tr("byte %1").arg(parseError.offset),
                          tr("not valid JSON: %1").arg(parseError.errorString()), 0);
    if (!doc.isObject())
        throw BundleError({}, tr("not a scorecard bundle: expected a JSON object"), 0);
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
        throw BundleError(QStringLiteral("format"), tr("not a scorecard bundle of Interview Assistant"), 0);
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() < 1 || std::floor(version.toDouble()) != version.toDouble())
        throw BundleError(QStringLiteral("formatVersion"), tr("expected a whole number"), 0);
    if (version.toDouble() > Bundle::formatVersion) {
        throw BundleError(QStringLiteral("formatVersion"),
                          tr("the bundle is in format version %1, made by a newer Interview Assistant; this "
                             "version reads up to format version %2. Update the app to import it.")
                              .arg(version.toInt())
                              .arg(Bundle::formatVersion),
                          0);
    }

    JsonWalker r(maxTextLength);
    Bundle bundle;
    bundle.exportedAt = r.time(root, QStringLiteral("exportedAt"), {}, true);
    bundle.exportedBy = readPerson(r, root.value(QStringLiteral("exportedBy")), QStringLiteral("exportedBy"));
    bundle.appVersion = r.text(root, QStringLiteral("app"), {}, false);

    const QJsonArray interviewers = r.array(root, QStringLiteral("interviewers"), {});
    for (qsizetype i = 0; i < interviewers.size(); ++i)
        bundle.interviewers.append(
            readPerson(r, interviewers.at(i), JsonWalker::item(QStringLiteral("interviewers"), i)));
    const QJsonArray candidates = r.array(root, QStringLiteral("candidates"), {});
    for (qsizetype i = 0; i < candidates.size(); ++i)
        bundle.candidates.append(
            readCandidate(r, candidates.at(i), JsonWalker::item(QStringLiteral("candidates"), i)));
    const QJsonArray kits = r.array(root, QStringLiteral("kits"), {});
    for (qsizetype i = 0; i < kits.size(); ++i) {
        const QString p = JsonWalker::item(QStringLiteral("kits"), i);
        const QJsonObject o = r.object(kits.at(i), p);
        bundle.kits.append(BundleKit{
            r.uuid(o, QStringLiteral("uuid"), p), r.nonEmpty(o, QStringLiteral("name"), p),
            r.text(o, QStringLiteral("role"), p, false), r.text(o, QStringLiteral("description"), p, false)});
    }
    const QJsonArray questions = r.array(root, QStringLiteral("questions"), {});
    for (qsizetype i = 0; i < questions.size(); ++i)
        bundle.questions.append(QuestionJson::read(r, questions.at(i),
                                                   JsonWalker::item(QStringLiteral("questions"), i),
                                                   QuestionJson::Form::Bundle));
    const QJsonArray scorecards = r.array(root, QStringLiteral("scorecards"), {});
    for (qsizetype i = 0; i < scorecards.size(); ++i)
        bundle.scorecards.append(
            readScorecard(r, scorecards.at(i), JsonWalker::item(QStringLiteral("scorecards"), i)));
    if (root.contains(QStringLiteral("tombstones"))) {
        const QJsonArray tombstones = r.array(root, QStringLiteral("tombstones"), {});
        for (qsizetype i = 0; i < tombstones.size(); ++i) {
            const QString p = JsonWalker::item(QStringLiteral("tombstones"), i);
            const QJsonObject o = r.object(tombstones.at(i), p);
            Tombstone t{r.uuid(o, QStringLiteral("uuid"), p), r.text(o, QStringLiteral("kind"), p),
                        r.time(o, QStringLiteral("erasedAt"), p, true)};
            if (t.kind != QLatin1String("candidate") && t.kind != QLatin1String("interview"))
                r.problem(JsonWalker::at(p, QStringLiteral("kind")),
                          tr("expected \"candidate\" or \"interview\""));
            bundle.tombstones.append(t);
        }
    }

    // Every reference inside the file resolves, and every UUID names one thing.
    QSet<QString> people, persons, kitIds, versions, all;
    for (const Interviewer& i : std::as_const(bundle.interviewers))
        people.insert(i.uuid);
    for (const BundleKit& k : std::as_const(bundle.kits))
        kitIds.insert(k.uuid);
    for (const Question& q : std::as_const(bundle.questions))
        versions.insert(q.versionUuid);
    QStringList uuids;
    for (const Candidate& c : std::as_const(bundle.candidates)) {
        persons.insert(c.uuid);
        uuids << c.uuid;
    }
    requireUnique(r, uuids, QStringLiteral("candidates"), all);
    uuids.clear();
    for (const Question& q : std::as_const(bundle.questions))
        uuids << q.versionUuid;
    {
        QSet<QString> seenVersions;
        requireUnique(r, uuids, QStringLiteral("questions"), seenVersions);
    }
    uuids.clear();
    for (const BundleScorecard& s : std::as_const(bundle.scorecards))
        uuids << s.interview.uuid;
    requireUnique(r, uuids, QStringLiteral("scorecards"), all);
    for (qsizetype n = 0; n < bundle.scorecards.size(); ++n) {
        const BundleScorecard& s = bundle.scorecards.at(n);
        const QString p = JsonWalker::item(QStringLiteral("scorecards"), n);
        if (!s.candidateUuid.isEmpty() && !persons.contains(s.candidateUuid))
            r.problem(JsonWalker::at(p, QStringLiteral("candidate")),
                      tr("no candidate of the bundle has this UUID"));
        if (!s.interviewerUuid.isEmpty() && !people.contains(s.interviewerUuid))
            r.problem(JsonWalker::at(p, QStringLiteral("interviewer")),
                      tr("no interviewer of the bundle has this UUID"));
        if (!s.kitUuid.isEmpty() && !kitIds.contains(s.kitUuid))
            r.problem(JsonWalker::at(p, QStringLiteral("kit")), tr("no kit of the bundle has this UUID"));
        QSet<QString> entryIds;
        QSet<int> positions;
        for (qsizetype k = 0; k < s.entries.size(); ++k) {
            const ScorecardEntry& e = s.entries.at(k);
            const QString ep = JsonWalker::item(JsonWalker::at(p, QStringLiteral("entries")), k);
            if (!e.question.versionUuid.isEmpty() && !versions.contains(e.question.versionUuid))
                r.problem(JsonWalker::at(ep, QStringLiteral("questionVersion")),
                          tr("no question of the bundle has this version UUID"));
            if (positions.contains(e.position))
                r.problem(JsonWalker::at(ep, QStringLiteral("position")),
                          tr("two entries have this position"));
            positions.insert(e.position);
            if (!e.uuid.isEmpty() && (entryIds.contains(e.uuid) || all.contains(e.uuid)))
                r.problem(JsonWalker::at(ep, QStringLiteral("uuid")), tr("this UUID is used twice"));
            entryIds.insert(e.uuid);
            all.insert(e.uuid);
        }
        QSet<QString> codeEntries;
        for (qsizetype k = 0; k < s.highlights.size(); ++k) {
            const BundleScorecard::TravellingHighlight& h = s.highlights.at(k);
            const QString hp = JsonWalker::item(JsonWalker::at(p, QStringLiteral("highlights")), k);
            if (!h.entryUuid.isEmpty() && !entryIds.contains(h.entryUuid))
                r.problem(JsonWalker::at(hp, QStringLiteral("entry")),
                          tr("no entry of this scorecard has this UUID"));
            if (!h.highlight.uuid.isEmpty() && all.contains(h.highlight.uuid))
                r.problem(JsonWalker::at(hp, QStringLiteral("uuid")), tr("this UUID is used twice"));
            all.insert(h.highlight.uuid);
        }
        for (qsizetype k = 0; k < s.codeAnswers.size(); ++k) {
            const BundleScorecard::TravellingCode& c = s.codeAnswers.at(k);
            const QString cp = JsonWalker::item(JsonWalker::at(p, QStringLiteral("codeAnswers")), k);
            if (!c.entryUuid.isEmpty() && !entryIds.contains(c.entryUuid))
                r.problem(JsonWalker::at(cp, QStringLiteral("entry")),
                          tr("no entry of this scorecard has this UUID"));
            if (codeEntries.contains(c.entryUuid))
                r.problem(JsonWalker::at(cp, QStringLiteral("entry")), tr("an entry has one code answer"));
            codeEntries.insert(c.entryUuid);
            if (!c.answer.uuid.isEmpty() && all.contains(c.answer.uuid))
                r.problem(JsonWalker::at(cp, QStringLiteral("uuid")), tr("this UUID is used twice"));
            all.insert(c.answer.uuid);
        }
    }

    if (!r.problems.isEmpty()) {
        const JsonWalker::Problem& first = r.problems.first();
        throw BundleError(first.where, first.message, int(r.problems.size() - 1));
    }
    return bundle;
}

} // namespace ia
