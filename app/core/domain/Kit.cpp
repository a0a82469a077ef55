#include "Kit.h"

namespace ia {

int Kit::totalBudgetSeconds() const
{
    int total = 0;
    for (const KitItem& item : items)
        total += item.timeBudgetSeconds;
    return total;
}

} // namespace ia
