#include "Kit.h"

#include "domain/CategoryOrder.h"

namespace ia {

int Kit::totalBudgetSeconds() const
{
    int total = 0;
    for (const KitItem& item : items)
        total += item.timeBudgetSeconds;
    return total;
}

QList<KitItem> Kit::itemsInAskingOrder() const
{
    return groupedByCategory(items, [](const KitItem& item) { return item.question.category; });
}

} // namespace ia
