#pragma once

#include <QLabel>

namespace ia {

// A one-line label that shows as much of its text as fits, ending in "…" when cut: a long status
// message (a server that cannot be reached, with its address) never widens the window past the
// screen, and does not stop mid-word at its edge either. text() stays whole; the owner puts it in
// the tooltip.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace ia
