// stand-in-call: a window the size of the screen that looks like a video call (a dark stage, a
// self-view in the top-right corner, the controls along the bottom), so screenshots of the compact
// strip show it beside what an interviewer really has on screen. For walk-throughs only.
#include <QApplication>
#include <QPainter>
#include <QScreen>
#include <QWidget>

namespace {

class CallStandIn : public QWidget
{
public:
    CallStandIn() { setWindowTitle(QStringLiteral("Video call")); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.fillRect(rect(), QColor(0x20, 0x21, 0x24));
        p.setPen(QColor(0xe8, 0xea, 0xed));
        QFont big = font();
        big.setPointSize(28);
        p.setFont(big);
        p.drawText(rect().adjusted(0, 0, 0, -80), Qt::AlignCenter, QStringLiteral("Candidate (camera)"));
        const QRect self(width() - 260, 16, 240, 150);
        p.fillRect(self, QColor(0x3c, 0x40, 0x43));
        p.setFont(font());
        p.drawText(self, Qt::AlignCenter, QStringLiteral("You"));
        const QRect controls(width() / 2 - 180, height() - 72, 360, 56);
        p.setBrush(QColor(0x3c, 0x40, 0x43));
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(controls, 28, 28);
        p.setPen(QColor(0xe8, 0xea, 0xed));
        p.drawText(controls, Qt::AlignCenter, QStringLiteral("Mute   Camera   Share   Leave"));
    }
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    CallStandIn call;
    call.setGeometry(QGuiApplication::primaryScreen()->geometry());
    call.show();
    return QApplication::exec();
}
