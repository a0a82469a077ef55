#pragma once

#include "analysis/Comparison.h"

#include <QCoreApplication>
#include <QString>

namespace ia {

// The comparison grid on paper: a page with the candidates of a role side by side, per category
// and question, and bars for the category means.
class ComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(ia::ComparisonReport)

public:
    static QString html(const Comparison& comparison);
    static QString footer(const Comparison& comparison);
};

} // namespace ia
