#pragma once

#include "analysis/Comparison.h"

#include <QWidget>

namespace ia {

// One small bar chart per category: a bar per candidate, its height the category's weighted mean
// on the 1–4 scale. Painted by hand: the charts module is not in the project's stack, and painting
// keeps the look identical on screen and in the PDF.
class CategoryChart : public QWidget
{
    Q_OBJECT
public:
    explicit CategoryChart(QWidget* parent = nullptr);

    void setComparison(const Comparison& comparison);
    QSize sizeHint() const override;

    static QColor candidateColor(int index);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Group
    {
        QString category;
        QList<std::optional<double>> values; // per candidate
    };
    QStringList m_candidates;
    QList<Group> m_groups;
};

} // namespace ia
