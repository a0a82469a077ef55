#include "Highlight.h"

#include <QCoreApplication>

namespace ia {

QString toKey(HighlightFlag flag)
{
    switch (flag) {
    case HighlightFlag::None:
        return QStringLiteral("none");
    case HighlightFlag::RedFlag:
        return QStringLiteral("red_flag");
    case HighlightFlag::Strength:
        return QStringLiteral("strength");
    }
    return {};
}

std::optional<HighlightFlag> highlightFlagFromKey(const QString& key)
{
    for (HighlightFlag f : {HighlightFlag::None, HighlightFlag::RedFlag, HighlightFlag::Strength}) {
        if (toKey(f) == key)
            return f;
    }
    return std::nullopt;
}

QString displayName(HighlightFlag flag)
{
    switch (flag) {
    case HighlightFlag::None:
        return QCoreApplication::translate("ia::HighlightFlag", "Note");
    case HighlightFlag::RedFlag:
        return QCoreApplication::translate("ia::HighlightFlag", "Red flag");
    case HighlightFlag::Strength:
        return QCoreApplication::translate("ia::HighlightFlag", "Strength");
    }
    return {};
}

} // namespace ia
