#include "CandidateFilterText.h"

#include <QRegularExpression>

namespace ia::CandidateFilterText {

QString fold(const QString& text)
{
    // Compatibility decomposition splits "É" into "E" and a combining accent, which is dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString bare;
    bare.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_SpacingCombining &&
            category != QChar::Mark_Enclosing)
            bare.append(c);
    }
    return bare.toCaseFolded();
}

QString foldedName(const QString& name)
{
    return fold(name).simplified();
}

QString of(const QString& name, const QString& role, const QString& email, const QStringList& tags)
{
    QString text = fold(QStringList{name, role, email, tags.join(QLatin1Char(' '))}.join(QLatin1Char(' ')));
    if (text.size() > maxLength) {
        text.truncate(maxLength);
        if (text.back().isHighSurrogate())
            text.chop(1); // not half a character
    }
    return text;
}

QStringList words(const QString& filter)
{
    QStringList result = fold(filter).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    result.removeDuplicates();
    if (result.size() > maxWords)
        result.resize(maxWords);
    return result;
}

} // namespace ia::CandidateFilterText
