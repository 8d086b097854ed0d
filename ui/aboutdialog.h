#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace PurgeDesk::Gui {

// Help > About: the version of PurgeDesk and of the libraries it runs with, and the license.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<::Ui::AboutDialog> m_ui;
};

} // namespace PurgeDesk::Gui
