#pragma once

#include "LocatedProblem.h"
#include "domain/Identity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cmath>
#include <optional>

namespace ia {

// Walks a JSON document read from a file, collecting every problem with its JSON path; a value that
// is wrong gives a harmless default so the walk goes on and the user learns about all of them at
// once. Shared by the readers of bundles and question packs, so both say the same about the same
// mistake.
class JsonWalker
{
    Q_DECLARE_TR_FUNCTIONS(ia::JsonWalker)

public:
    // Texts longer than maxText characters are refused.
    explicit JsonWalker(qsizetype maxText)
        : m_maxText(maxText)
    {}

    qsizetype maxText() const { return m_maxText; }

    using Problem = LocatedProblem;
    QList<Problem> problems;

    void problem(const QString& path, const QString& what) { problems.append({path, what}); }

    QJsonObject object(const QJsonValue& v, const QString& path)
    {
        if (!v.isObject()) {
            problem(path, JsonWalker::tr("expected an object"));
            return {};
        }
        return v.toObject();
    }
    QJsonArray array(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            problem(at(path, key),
                    v.isUndefined() ? JsonWalker::tr("missing") : JsonWalker::tr("expected a list"));
            return {};
        }
        return v.toArray();
    }
    QString text(const QJsonObject& o, const QString& key, const QString& path, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(at(path, key), JsonWalker::tr("missing"));
            return {};
        }
        if (!v.isString()) {
            problem(at(path, key), JsonWalker::tr("expected text"));
            return {};
        }
        const QString s = v.toString();
        if (s.size() > m_maxText) {
            problem(at(path, key), JsonWalker::tr("longer than %1 characters").arg(m_maxText));
            return {};
        }
        return s;
    }
    QString nonEmpty(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QString s = text(o, key, path);
        if (o.value(key).isString() && s.trimmed().isEmpty())
            problem(at(path, key), JsonWalker::tr("must not be empty"));
        return s;
    }
    QString uuid(const QJsonObject& o, const QString& key, const QString& path, bool required = true)
    {
        const QString s = text(o, key, path, required);
        if (!s.isEmpty() && !Identity::isValid(s))
            problem(at(path, key), JsonWalker::tr("\"%1\" is not a UUID in lower case").arg(s.left(40)));
        return Identity::isValid(s) ? s : QString();
    }
    qint64 integer(const QJsonObject& o, const QString& key, const QString& path, qint64 min, qint64 max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            problem(at(path, key), JsonWalker::tr("missing"));
            return min;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || d < double(min) || d > double(max)) {
            problem(at(path, key), JsonWalker::tr("expected a whole number from %1 to %2").arg(min).arg(max));
            return min;
        }
        return qint64(d);
    }
    double number(const QJsonObject& o, const QString& key, const QString& path, double min, double max)
    {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(d) || d < min || d > max) {
            problem(at(path, key), JsonWalker::tr("expected a number from %1 to %2").arg(min).arg(max));
            return min;
        }
        return d;
    }
    bool flag(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isBool()) {
            problem(at(path, key), JsonWalker::tr("expected true or false"));
            return false;
        }
        return v.toBool();
    }
    QDateTime time(const QJsonObject& o, const QString& key, const QString& path, bool required)
    {
        const QString s = text(o, key, path, required);
        if (s.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        // Plausible times only: after 2000, before 2200.
        if (!t.isValid() || t.toSecsSinceEpoch() < 946684800 || t.toSecsSinceEpoch() > 7258118400) {
            problem(
                at(path, key),
                JsonWalker::tr("\"%1\" is not a date and time like 2026-11-30T09:00:00Z").arg(s.left(40)));
            return {};
        }
        return t.toUTC();
    }
    template <typename T, typename Parse>
    std::optional<T> key(const QJsonObject& o, const QString& k, const QString& path, Parse parse,
                         bool required)
    {
        const QString s = text(o, k, path, required);
        if (s.isEmpty())
            return std::nullopt;
        const std::optional<T> value = parse(s);
        if (!value)
            problem(at(path, k), JsonWalker::tr("unknown value \"%1\"").arg(s.left(40)));
        return value;
    }

    static QString at(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString item(const QString& path, qsizetype i)
    {
        return QStringLiteral("%1[%2]").arg(path).arg(i);
    }

private:
    qsizetype m_maxText;
};

} // namespace ia
