#include "ScorecardEntry.h"

#include <QCoreApplication>

namespace ia {

QString toKey(EntryStatus status)
{
    switch (status) {
    case EntryStatus::NotAsked:
        return QStringLiteral("not_asked");
    case EntryStatus::Scored:
        return QStringLiteral("scored");
    case EntryStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

std::optional<EntryStatus> entryStatusFromKey(const QString& key)
{
    for (EntryStatus s : {EntryStatus::NotAsked, EntryStatus::Scored, EntryStatus::Skipped}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString displayName(EntryStatus status)
{
    switch (status) {
    case EntryStatus::NotAsked:
        return QCoreApplication::translate("ia::EntryStatus", "Not asked");
    case EntryStatus::Scored:
        return QCoreApplication::translate("ia::EntryStatus", "Scored");
    case EntryStatus::Skipped:
        return QCoreApplication::translate("ia::EntryStatus", "Skipped");
    }
    return {};
}

} // namespace ia
