#include "CategoryChart.h"

#include <QLocale>
#include <QPainter>

namespace ia {

CategoryChart::CategoryChart(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Category chart"));
    setMinimumSize(240, 160);
}

QColor CategoryChart::candidateColor(int index)
{
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f)};
    return colors[index % 8];
}

QSize CategoryChart::sizeHint() const
{
    return {520, 260};
}

void CategoryChart::setComparison(const Comparison& comparison)
{
    m_candidates.clear();
    m_groups.clear();
    for (const Comparison::Column& c : comparison.columns())
        m_candidates << c.name;
    for (int r = 0; r < comparison.rows().size(); ++r) {
        if (!comparison.rows().at(r).isCategory)
            continue;
        Group g;
        g.category = comparison.rows().at(r).category;
        for (int c = 0; c < comparison.columns().size(); ++c)
            g.values << comparison.cell(r, c).mean;
        m_groups << g;
    }
    update();
}

void CategoryChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (m_groups.isEmpty() || m_candidates.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Choose candidates to see their categories."));
        return;
    }
    const QFontMetrics fm(font());
    const int legendHeight = fm.height() + 6;
    // The legend: one swatch per candidate.
    int x = 6;
    for (int c = 0; c < m_candidates.size(); ++c) {
        p.fillRect(QRect(x, 6, 10, 10), candidateColor(c));
        p.setPen(palette().color(QPalette::Text));
        const QString name = fm.elidedText(m_candidates.at(c), Qt::ElideRight, 140);
        p.drawText(x + 14, 6 + fm.ascent() - 1, name);
        x += 14 + fm.horizontalAdvance(name) + 14;
    }
    // Small multiples in a grid.
    const int count = int(m_groups.size());
    const int columns = qMax(1, qMin(count, width() / 170));
    const int rows = (count + columns - 1) / columns;
    const QRect area = rect().adjusted(0, legendHeight + 4, 0, 0);
    const int cellW = area.width() / columns;
    const int cellH = area.height() / qMax(1, rows);
    for (int i = 0; i < count; ++i) {
        const Group& g = m_groups.at(i);
        const QRect cell(area.left() + (i % columns) * cellW, area.top() + (i / columns) * cellH, cellW,
                         cellH);
        const QRect plot = cell.adjusted(8, fm.height() + 4, -8, -fm.height() - 2);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(cell.left() + 4, cell.top(), cell.width() - 8, fm.height() + 2),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(g.category, Qt::ElideRight, cell.width() - 8));
        // Scale 1 to 4, with faint lines at each score.
        p.setPen(QPen(palette().color(QPalette::Mid), 0.5));
        for (int s = 1; s <= 4; ++s) {
            const qreal y = plot.bottom() - (s - 1) / 3.0 * plot.height();
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        const int n = int(g.values.size());
        const qreal barW = qMin<qreal>(28, (plot.width() - 4.0) / qMax(1, n));
        for (int c = 0; c < n; ++c) {
            if (!g.values.at(c))
                continue;
            const double v = *g.values.at(c);
            const qreal h = (v - 1.0) / 3.0 * plot.height();
            const QRectF bar(plot.left() + 2 + c * barW, plot.bottom() - h, barW - 3, qMax<qreal>(h, 1.5));
            p.fillRect(bar, candidateColor(c));
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRectF(bar.left() - 6, plot.bottom() + 1, bar.width() + 12, fm.height()),
                       Qt::AlignHCenter, QLocale().toString(v, 'f', 1));
        }
    }
}

} // namespace ia
