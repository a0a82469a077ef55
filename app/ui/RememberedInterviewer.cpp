#include "RememberedInterviewer.h"

#include "storage/InterviewerRepository.h"

#include <QSettings>

#include <algorithm>
#include <iterator>

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

QString RememberedInterviewer::authorName()
{
    const QString name = load().name.trimmed();
    return name.isEmpty() ? qEnvironmentVariable("USER") : name;
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

Interviewer RememberedInterviewer::forTypedName(const Database& database, const QString& name,
                                                const QString& email)
{
    InterviewerRepository interviewers(database);
    const Interviewer me = load();
    const QString mail = email.trimmed();
    const auto sameMail = [&](const Interviewer& i) {
        return i.email.trimmed().compare(mail, Qt::CaseInsensitive) == 0;
    };
    Interviewer chosen;
    if (!me.uuid.isEmpty() && me.name.trimmed() == name.trimmed() &&
        (mail.isEmpty() || me.email.isEmpty() || sameMail(me))) {
        Interviewer updated = me;
        if (!mail.isEmpty())
            updated.email = mail;
        chosen = interviewers.ensure(updated);
    } else {
        // The e-mail, when given, tells namesakes apart; a namesake with no address yet is taken
        // to be this person, and gets it.
        QList<Interviewer> named = interviewers.named(name);
        if (!mail.isEmpty()) {
            QList<Interviewer> same;
            std::copy_if(named.cbegin(), named.cend(), std::back_inserter(same), sameMail);
            if (same.isEmpty()) {
                std::copy_if(named.cbegin(), named.cend(), std::back_inserter(same),
                             [](const Interviewer& i) { return i.email.trimmed().isEmpty(); });
            }
            named = same;
        }
        if (named.size() == 1) {
            chosen = named.first();
            if (!mail.isEmpty() && chosen.email.trimmed().isEmpty()) {
                chosen.email = mail;
                chosen = interviewers.ensure(chosen);
            }
        } else {
            chosen = interviewers.create(Interviewer{0, {}, name, mail});
        }
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
