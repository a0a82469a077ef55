// The floor of the start-up benchmark: the least a Qt Widgets program with a main window and a
// table costs from exec to its first paint on this machine. Quits after that paint, like
// `interview-assistant --quit-after-first-paint`, by the same filter.
#include "ui/QuitAfterFirstPaint.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto* table = new QTableView(&window);
    auto* model = new QStandardItemModel(40, 6, table);
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            model->setItem(row, column, new QStandardItem(QStringLiteral("Cell %1.%2").arg(row).arg(column)));
    }
    table->setModel(model);
    window.setCentralWidget(table);
    window.resize(1280, 800);
    window.show();
    window.installEventFilter(new ia::QuitAfterFirstPaint(&window));
    return QApplication::exec();
}
