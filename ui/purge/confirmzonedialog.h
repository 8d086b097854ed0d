#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace PurgeDesk::Gui {

// Purge everything: the user types the zone's name (or its ID when the name is unknown) before
// the button that sends it is enabled.
class ConfirmZoneDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmZoneDialog)

public:
    ConfirmZoneDialog(const QString &zoneName, const QString &actionText, QWidget *parent = nullptr);
    ~ConfirmZoneDialog() override;

    QLineEdit *nameEdit() const { return m_edit; }
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QString m_expected;
    QLineEdit *m_edit;
    QPushButton *m_confirm;
};

} // namespace PurgeDesk::Gui
