#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QAbstractItemView;

namespace ia {

class Database;
class KitQuestionModel;
class QuestionView;

// The main window. For now: the default kit's questions and the selected one in full; the
// interview screen grows here. Remembers its geometry and splitter sizes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    QAbstractItemView* questionList() const;
    QuestionView* questionView() const;
    KitQuestionModel* kitModel() const { return m_kitModel; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void loadDefaultKit();
    void showCurrentQuestion();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Database& m_database;
    KitQuestionModel* m_kitModel;
};

} // namespace ia
