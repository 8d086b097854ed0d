#pragma once

#include "accounts/credentialstore.h"
#include "accounts/profilestore.h"
#include "accounts/verifier.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class AccountsDialog;
}

namespace PurgeDesk::Gui {

// Accounts > Manage Accounts: the saved accounts and the built-in sandbox. Add, edit, remove,
// verify again. Secrets go to the system keychain only; the window never waits on it without a
// time limit, and when the keychain cannot take a secret the user may keep it for this session.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    explicit AccountsDialog(QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Seam for tests: answers "are you sure?" questions instead of a message box.
    // How long the window waits for the keychain before it says so.
    void setKeychainTimeoutMs(int ms) { m_keychainTimeoutMs = ms; }

    // Shows an empty form for a new account, its name field focused.
    void startNew();

Q_SIGNALS:
    void accountsChanged();

private:
    void reload(const QString &selectId);
    void showSelected();
    void save();
    void verifyAgain();
    void removeSelected();
    void keepForSession();
    // Where the secret goes: the system keychain, or memory for this session only.
    void showSecretHint(bool sessionOnly);
    // The email field shows for a global API key only.
    void showAuthFields();
    void setBusy(bool busy, const QString &status = {});
    void setStatus(const QString &text, bool problem = false);
    void runVerification(const Cloudflare::Credentials &credentials, Profile profile, const QString &secret);
    void storeSecret(const Profile &profile, const QString &secret);
    void saveProfile(const Profile &profile, const QString &status);
    void keychain(const std::function<void(CredentialStore &, CredentialStore::Callback)> &call,
        const CredentialStore::Callback &done);
    QString selectedId() const;
    Profile formProfile(const Profile &base) const;

    std::unique_ptr<::Ui::AccountsDialog> m_ui;
    ProfileStore m_store;
    CredentialStore *m_keychain;
    Cloudflare::ApiClient *m_client;
    QPointer<ProfileVerifier> m_verifier;
    // Where the focus was when a check began: disabling the form moves it to Close, and Enter must
    // not close the dialog (and lose what was typed) once the check is over.
    QPointer<QWidget> m_focusBeforeBusy;
    int m_keychainTimeoutMs = 15000;
    int m_keychainRequest = 0;
    bool m_creating = false;
    Profile m_pendingProfile; // waiting for "keep for this session only"
    QString m_pendingSecret;
};

} // namespace PurgeDesk::Gui
