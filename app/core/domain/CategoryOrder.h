#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace ia {

// The order questions are asked and shown in: grouped by category, the categories in the order the
// kit first reaches them, the questions of each in kit order. A kit that comes back to a category
// later (a behavioural opener and closer, say) is asked as one block, so the interview's list shows
// each category once. New interviews take their entries in this order (Kit::itemsInAskingOrder);
// the panel reports show every interview's questions in it.
template <typename T, typename CategoryOf>
QList<T> groupedByCategory(const QList<T>& items, CategoryOf categoryOf)
{
    QList<QString> firstSeen;
    for (const T& item : items) {
        const QString category = categoryOf(item);
        if (!firstSeen.contains(category))
            firstSeen.append(category);
    }
    QList<T> grouped = items;
    std::stable_sort(grouped.begin(), grouped.end(), [&](const T& a, const T& b) {
        return firstSeen.indexOf(categoryOf(a)) < firstSeen.indexOf(categoryOf(b));
    });
    return grouped;
}

} // namespace ia
