#pragma once

#include "settings/networksettings.h"
#include "settings/verifysettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace PurgeDesk {
class CredentialStore;
}

namespace PurgeDesk::Gui {

// Edit > Settings: request timeout, requests at once, the API address (advanced), the proxy, how
// long the history keeps purges, verification (automatically after purges of up to N URLs; warm the
// cache after it), and the window's language (applied when PurgeDesk starts again).
// The proxy password goes to the system keychain only; OK waits for it (with a time limit) and
// keeps the dialog open, with the reason, when the keychain cannot take it.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setKeychainTimeoutMs(int ms) { m_keychainTimeoutMs = ms; }
    NetworkSettings formSettings() const;
    VerifySettings formVerifySettings() const;
    // The language chosen: a code ("de"), or empty for the system's.
    QString chosenLanguage() const;

Q_SIGNALS:
    // Saved; `proxyPassword` is the new password, or empty when it was left unchanged.
    void settingsSaved(const PurgeDesk::NetworkSettings &settings, const QString &proxyPassword);

public Q_SLOTS:
    void accept() override;

private:
    void showSettings(const NetworkSettings &settings, const VerifySettings &verify);
    void updateEnabled();
    void finishSave(const NetworkSettings &settings, const QString &password);

    std::unique_ptr<::Ui::SettingsDialog> m_ui;
    CredentialStore *m_keychain;
    int m_keychainTimeoutMs = 15000;
};

} // namespace PurgeDesk::Gui
