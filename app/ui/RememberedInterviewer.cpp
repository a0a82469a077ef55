#include "RememberedInterviewer.h"

#include "storage/InterviewerRepository.h"

#include <QSettings>

namespace ia {

namespace {

const QString uuidKey = QStringLiteral("interviewer/uuid");
const QString nameKey = QStringLiteral("interviewer/name");
const QString emailKey = QStringLiteral("interviewer/email");

} // namespace

Interviewer RememberedInterviewer::load()
{
    const QSettings settings;
    Interviewer me;
    me.uuid = settings.value(uuidKey).toString();
    me.name = settings.value(nameKey).toString();
    me.email = settings.value(emailKey).toString();
    return me;
}

void RememberedInterviewer::save(const Interviewer& interviewer)
{
    QSettings settings;
    settings.setValue(uuidKey, interviewer.uuid);
    settings.setValue(nameKey, interviewer.name);
    settings.setValue(emailKey, interviewer.email);
}

std::optional<Interviewer> RememberedInterviewer::in(const Database& database)
{
    const Interviewer me = load();
    const InterviewerRepository interviewers(database);
    if (!me.uuid.isEmpty())
        return interviewers.byUuid(me.uuid);
    if (me.name.trimmed().isEmpty())
        return std::nullopt;
    const QList<Interviewer> named = interviewers.named(me.name);
    return named.size() == 1 ? std::optional<Interviewer>(named.first()) : std::nullopt;
}

Interviewer RememberedInterviewer::forTypedName(const Database& database, const QString& name)
{
    InterviewerRepository interviewers(database);
    const Interviewer me = load();
    Interviewer chosen;
    if (!me.uuid.isEmpty() && me.name.trimmed() == name.trimmed()) {
        chosen = interviewers.ensure(me);
    } else if (const QList<Interviewer> named = interviewers.named(name); named.size() == 1) {
        chosen = named.first();
    } else {
        chosen = interviewers.create(Interviewer{0, {}, name, {}});
    }
    save(chosen);
    return chosen;
}

void RememberedInterviewer::rememberFrom(const Database& database, InterviewerId id)
{
    if (const std::optional<Interviewer> who = InterviewerRepository(database).get(id))
        save(*who);
}

} // namespace ia
