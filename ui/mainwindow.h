#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace PurgeDesk::Gui {

class EditActions;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void setupWelcome();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();
    void showAccounts();

    std::unique_ptr<::Ui::MainWindow> m_ui;
    EditActions *m_editActions = nullptr;
};

} // namespace PurgeDesk::Gui
