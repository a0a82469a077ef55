// screen-grab OUT.png: the whole X screen as the user sees it, for walk-throughs driven from outside
// with xdotool (the root has no X screenshot program, and the app's own --screenshot only sees
// itself at start).
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QTextStream>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: screen-grab OUT.png\n";
        return 2;
    }
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    return shot.save(QString::fromLocal8Bit(argv[1])) ? 0 : 1;
}
