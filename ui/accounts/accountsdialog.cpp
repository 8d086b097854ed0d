#include "accountsdialog.h"
#include "ui/common/messagebox.h"
#include "ui_accountsdialog.h"

#include "accounts/credentialstore.h"
#include "accounts/sessionsecrets.h"
#include "cloudflare/apibase.h"
#include "cloudflare/apiclient.h"
#include "ui/common/uiresources.h"

#include <QListWidgetItem>
#include <QPushButton>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::Cloudflare::Credentials;

namespace PurgeDesk::Gui {

namespace {
const QString kSandboxId = Profile::sandboxId();
constexpr int IdRole = Qt::UserRole;
} // namespace

AccountsDialog::AccountsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::AccountsDialog>())
    , m_keychain(new CredentialStore(CredentialStore::defaultService(), this))
    , m_client(new Cloudflare::ApiClient(this))
{
    m_ui->setupUi(this);
    showSecretHint(false);
    m_ui->sessionOnlyButton->hide();
    const Cloudflare::ApiBaseChoice base = Cloudflare::resolveApiBase(QString());
    if (base.check.ok())
        m_client->setApiBase(base.check.url.toString());

    connect(m_ui->accountList, &QListWidget::currentItemChanged, this, &AccountsDialog::showSelected);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::startNew);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeSelected);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AccountsDialog::save);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AccountsDialog::verifyAgain);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &AccountsDialog::keepForSession);
    connect(m_ui->revealButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->revealButton->setText(shown ? tr("Hide") : tr("Show"));
        m_ui->revealButton->setAccessibleName(shown ? tr("Hide the secret") : tr("Show the secret"));
    });
    // The email belongs to a global API key only: with a token, the field is not there at all.
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, &AccountsDialog::showAuthFields);
    showAuthFields();
    // Paste-friendly: spaces, line breaks and quotes around a pasted secret are dropped.
    connect(m_ui->secretEdit, &QLineEdit::editingFinished, this, [this] {
        const QString cleaned = CredentialStore::cleanPastedSecret(m_ui->secretEdit->text());
        if (cleaned != m_ui->secretEdit->text())
            m_ui->secretEdit->setText(cleaned);
    });

    QString message;
    const bool loaded = m_store.load(&message);
    reload(m_store.profiles().isEmpty() ? kSandboxId : m_store.profiles().first().id);
    if (!message.isEmpty())
        setStatus(message, !loaded);
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::showAuthFields()
{
    const bool globalKey = m_ui->authCombo->currentIndex() == 1;
    m_ui->form->setRowVisible(m_ui->emailEdit, globalKey);
    m_ui->secretLabel->setText(globalKey ? tr("Global API &key:") : tr("API &token:"));
}

QString AccountsDialog::selectedId() const
{
    const QListWidgetItem *item = m_ui->accountList->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void AccountsDialog::reload(const QString &selectId)
{
    QSignalBlocker blocker(m_ui->accountList);
    m_ui->accountList->clear();
    auto *sandbox = new QListWidgetItem(tr("Sandbox (local, not Cloudflare)"), m_ui->accountList);
    sandbox->setData(IdRole, kSandboxId);
    QFont italic = sandbox->font();
    italic.setItalic(true);
    sandbox->setFont(italic);
    for (const Profile &profile : m_store.profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_ui->accountList);
        item->setData(IdRole, profile.id);
    }
    for (int i = 0; i < m_ui->accountList->count(); ++i) {
        if (m_ui->accountList->item(i)->data(IdRole).toString() == selectId)
            m_ui->accountList->setCurrentRow(i);
    }
    blocker.unblock();
    showSelected();
}

void AccountsDialog::showSelected()
{
    m_creating = false;
    m_ui->sessionOnlyButton->hide();
    const QString id = selectedId();
    const bool sandbox = id == kSandboxId;
    m_ui->sandboxNote->setVisible(sandbox);
    m_ui->detailsWidget->setVisible(!sandbox);
    m_ui->removeButton->setEnabled(!sandbox && !id.isEmpty());
    m_ui->verifyButton->setVisible(!sandbox);
    m_ui->saveButton->setVisible(!sandbox);
    m_ui->secretEdit->clear();
    setStatus(QString());
    const Profile *profile = m_store.find(id);
    if (!profile)
        return;
    m_ui->nameEdit->setText(profile->name);
    m_ui->authCombo->setCurrentIndex(profile->auth == Profile::Auth::GlobalKey ? 1 : 0);
    m_ui->emailEdit->setText(profile->email);
    showAuthFields();
    // Where the secret is, as it is: in the keychain, or in memory for this session only.
    const bool sessionOnly = SessionSecrets::instance().contains(profile->id);
    m_ui->secretEdit->setPlaceholderText(sessionOnly ? tr("Kept for this session only; type to replace it")
                                                     : tr("Stored in the system keychain; type to replace it"));
    showSecretHint(sessionOnly);
    m_ui->verifyButton->setEnabled(true);
    if (!profile->verifiedAt.isValid()) {
        setStatus(tr("Not verified yet."));
    } else {
        QStringList lines;
        lines
            << tr("Last verified %1.").arg(QLocale().toString(profile->verifiedAt.toLocalTime(), QLocale::ShortFormat));
        if (!profile->tokenStatus.isEmpty())
            lines << tr("Token: %1.").arg(profile->tokenStatus);
        lines << (profile->canListZones ? tr("Reaches %Ln zone(s) in %1.", nullptr, int(profile->zones.size()))
                                              .arg(profile->accountNames().join(u", "_s))
                                        : tr("Cannot list zones: enter a zone ID to purge."));
        if (SessionSecrets::instance().contains(profile->id))
            lines << tr("Its secret is kept for this session only.");
        setStatus(lines.join(u'\n'));
    }
}

void AccountsDialog::startNew()
{
    QSignalBlocker blocker(m_ui->accountList);
    m_ui->accountList->clearSelection();
    m_ui->accountList->setCurrentItem(nullptr);
    blocker.unblock();
    m_creating = true;
    m_ui->sandboxNote->hide();
    m_ui->detailsWidget->show();
    m_ui->saveButton->show();
    m_ui->verifyButton->hide(); // nothing saved to verify yet
    m_ui->removeButton->setEnabled(false);
    m_ui->sessionOnlyButton->hide();
    m_ui->nameEdit->clear();
    m_ui->emailEdit->clear();
    m_ui->secretEdit->clear();
    m_ui->secretEdit->setPlaceholderText(tr("Paste the API token"));
    showSecretHint(false);
    m_ui->authCombo->setCurrentIndex(0);
    showAuthFields();
    setStatus(tr("Give the account a name and paste its API token, then Save."));
    m_ui->nameEdit->setFocus();
}

Profile AccountsDialog::formProfile(const Profile &base) const
{
    Profile profile = base;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.auth = m_ui->authCombo->currentIndex() == 1 ? Profile::Auth::GlobalKey : Profile::Auth::Token;
    profile.email = profile.auth == Profile::Auth::GlobalKey ? m_ui->emailEdit->text().trimmed() : QString();
    return profile;
}

void AccountsDialog::save()
{
    const Profile *existing = m_creating ? nullptr : m_store.find(selectedId());
    if (!m_creating && !existing)
        return;
    Profile base;
    if (existing) {
        base = *existing;
    } else {
        base.id = Profile::newId();
    }
    const Profile profile = formProfile(base);
    if (profile.name.isEmpty()) {
        setStatus(tr("Give the account a name."), true);
        m_ui->nameEdit->setFocus();
        return;
    }
    const Profile *sameName = m_store.find(profile.name);
    if ((sameName && sameName->id != profile.id)
        || profile.name.compare(Profile::sandbox().name, Qt::CaseInsensitive) == 0) {
        setStatus(tr("There is already an account named \"%1\".").arg(profile.name), true);
        m_ui->nameEdit->setFocus();
        return;
    }
    if (profile.auth == Profile::Auth::GlobalKey && !profile.email.contains(u'@')) {
        setStatus(tr("A global API key needs the email of its Cloudflare login."), true);
        m_ui->emailEdit->setFocus();
        return;
    }
    const QString secret = CredentialStore::cleanPastedSecret(m_ui->secretEdit->text());
    m_ui->secretEdit->setText(secret);
    if (secret.isEmpty()) {
        if (m_creating) {
            setStatus(tr("Paste the %1 first.")
                          .arg(profile.auth == Profile::Auth::Token ? tr("API token") : tr("global API key")),
                true);
            m_ui->secretEdit->setFocus();
            return;
        }
        saveProfile(profile, tr("Saved."));
        return;
    }
    if (const QString problem = CredentialStore::checkSecret(secret); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    const Credentials credentials = profile.auth == Profile::Auth::Token
        ? Credentials::fromToken(secret)
        : Credentials::fromGlobalKey(profile.email, secret);
    runVerification(credentials, profile, secret);
}

void AccountsDialog::runVerification(const Credentials &credentials, Profile profile, const QString &secret)
{
    setBusy(true, tr("Checking with Cloudflare..."));
    m_client->setCredentials(credentials);
    auto *verifier = new ProfileVerifier(m_client, profile.auth, this);
    m_verifier = verifier;
    connect(verifier, &ProfileVerifier::finished, this, [this, verifier, profile, secret]() mutable {
        verifier->deleteLater();
        m_client->setCredentials({});
        const Verification &result = verifier->result();
        if (!result.credentialValid) {
            setBusy(false);
            setStatus(result.lines.join(u'\n') + u'\n' + tr("Nothing was saved."), true);
            return;
        }
        result.applyTo(&profile);
        if (secret.isEmpty()) {
            saveProfile(profile, result.lines.join(u'\n'));
            return;
        }
        m_pendingSecret = secret;
        m_pendingProfile = profile;
        setStatus(result.lines.join(u'\n'));
        storeSecret(profile, secret);
    });
    verifier->start();
}

void AccountsDialog::keychain(const std::function<void(CredentialStore &, CredentialStore::Callback)> &call,
    const CredentialStore::Callback &done)
{
    // The window keeps its own time limit; the job itself is never cancelled or deleted.
    const int request = ++m_keychainRequest;
    CredentialStore::withTimeLimit(
        this, m_keychainTimeoutMs, [this, call](const CredentialStore::Callback &reply) { call(*m_keychain, reply); },
        [this, request, done](const CredentialStore::Result &result) {
            if (result.timedOut && request != m_keychainRequest)
                return; // a newer request owns the window's status now
            done(result);
        });
}

void AccountsDialog::storeSecret(const Profile &profile, const QString &secret)
{
    setBusy(true, m_ui->statusLabel->text() + u'\n' + tr("Saving the secret in the system keychain..."));
    const QString key = CredentialStore::profileKey(profile.id);
    keychain([key, secret](
                 CredentialStore &store, const CredentialStore::Callback &reply) { store.write(key, secret, reply); },
        [this, profile](const CredentialStore::Result &result) {
            QStringList lines = m_ui->statusLabel->text().split(u'\n');
            lines.removeLast(); // "Saving the secret..."
            const QString &error = result.error;
            if (result.outcome == CredentialStore::Outcome::Ok) {
                SessionSecrets::instance().remove(profile.id);
                m_pendingSecret.clear();
                saveProfile(profile, lines.join(u'\n') + u'\n' + tr("Saved; the secret is in the system keychain."));
                return;
            }
            setBusy(false);
            // One thing to say: what the keychain answered (a sentence of its own, naming the
            // keychain), and what to do about that.
            setStatus(tr("%1\nThe account was not saved. Use the secret for this session only (kept in memory, "
                         "never written anywhere), or Save again once the keychain works.")
                          .arg(error),
                true);
            m_ui->sessionOnlyButton->show();
            m_ui->sessionOnlyButton->setFocus();
        });
}

void AccountsDialog::showSecretHint(bool sessionOnly)
{
    m_ui->secretHint->setText(tr("Create a token in Cloudflare's dashboard (My Profile > API Tokens) with Zone > Cache "
                                 "Purge > Purge, and Zone > Zone > Read to pick zones by name.")
        + u' '
        + (sessionOnly ? tr("The secret is kept in memory for this session only, never written anywhere.")
                       : tr("The secret is kept only in the system keychain.")));
}

void AccountsDialog::keepForSession()
{
    if (m_pendingSecret.isEmpty())
        return;
    SessionSecrets::instance().set(m_pendingProfile.id, m_pendingSecret);
    m_pendingSecret.clear();
    m_ui->sessionOnlyButton->hide();
    saveProfile(m_pendingProfile,
        tr("Saved. Its secret is kept for this session only: after a restart PurgeDesk asks for it where the zones "
           "are, until the system keychain can keep it (Save it here again then)."));
}

void AccountsDialog::saveProfile(const Profile &profile, const QString &status)
{
    QString error;
    if (!m_store.update(profile) && !m_store.add(profile, &error)) {
        setBusy(false);
        setStatus(error, true);
        return;
    }
    if (!m_store.save(&error)) {
        setBusy(false);
        setStatus(error, true);
        return;
    }
    setBusy(false);
    reload(profile.id);
    setStatus(status);
    Q_EMIT accountsChanged();
}

void AccountsDialog::verifyAgain()
{
    const Profile *found = m_store.find(selectedId());
    if (!found)
        return;
    const Profile profile = *found;
    const QString typed = CredentialStore::cleanPastedSecret(m_ui->secretEdit->text());
    if (!typed.isEmpty()) {
        save(); // a new secret is verified and stored
        return;
    }
    const auto verifyWith = [this, profile](const QString &secret) {
        const Credentials credentials = profile.auth == Profile::Auth::Token
            ? Credentials::fromToken(secret)
            : Credentials::fromGlobalKey(profile.email, secret);
        runVerification(credentials, profile, QString());
    };
    if (SessionSecrets::instance().contains(profile.id)) {
        verifyWith(SessionSecrets::instance().get(profile.id));
        return;
    }
    setBusy(true, tr("Reading the secret from the system keychain..."));
    const QString key = CredentialStore::profileKey(profile.id);
    keychain([key](CredentialStore &store, const CredentialStore::Callback &reply) { store.read(key, reply); },
        [this, verifyWith](const CredentialStore::Result &result) {
            if (result.outcome == CredentialStore::Outcome::Ok) {
                verifyWith(result.secret);
                return;
            }
            setBusy(false);
            setStatus(result.outcome == CredentialStore::Outcome::Failed
                    ? result.error
                    : tr("The secret of this account is not in the system keychain: paste it again and Save."),
                true);
        });
}

void AccountsDialog::removeSelected()
{
    const Profile *found = m_store.find(selectedId());
    if (!found)
        return;
    const Profile profile = *found;
    if (!MessageBox::confirm(this, tr("Remove Account"),
            tr("Remove the account \"%1\"? Its secret is deleted from the system keychain.").arg(profile.name),
            tr("Remove Account"), tr("Keep Account")))
        return;
    setBusy(true, tr("Deleting the secret from the system keychain..."));
    const QString key = CredentialStore::profileKey(profile.id);
    keychain([key](CredentialStore &store, const CredentialStore::Callback &reply) { store.remove(key, reply); },
        [this, profile](const CredentialStore::Result &result) {
            setBusy(false);
            if (result.outcome == CredentialStore::Outcome::Failed) {
                setStatus(
                    result.error + u'\n' + tr("The account was kept, so that its secret is not left behind."), true);
                return;
            }
            SessionSecrets::instance().remove(profile.id);
            m_store.remove(profile.id);
            QString saveError;
            if (!m_store.save(&saveError)) {
                setStatus(saveError, true);
                return;
            }
            reload(m_store.profiles().isEmpty() ? kSandboxId : m_store.profiles().first().id);
            setStatus(tr("Removed \"%1\" and its secret.").arg(profile.name));
            Q_EMIT accountsChanged();
        });
}

void AccountsDialog::setBusy(bool busy, const QString &status)
{
    if (busy && !m_focusBeforeBusy)
        m_focusBeforeBusy = focusWidget();
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->saveButton), static_cast<QWidget *>(m_ui->verifyButton),
             static_cast<QWidget *>(m_ui->addButton), static_cast<QWidget *>(m_ui->removeButton),
             static_cast<QWidget *>(m_ui->accountList), static_cast<QWidget *>(m_ui->detailsWidget)})
        widget->setEnabled(!busy);
    if (!busy) {
        m_ui->removeButton->setEnabled(!selectedId().isEmpty() && selectedId() != kSandboxId);
        m_ui->verifyButton->setEnabled(!m_creating);
        if (QWidget *previous = std::exchange(m_focusBeforeBusy, nullptr);
            previous && previous->isEnabled() && previous->isVisible())
            previous->setFocus();
    }
    if (!status.isEmpty())
        setStatus(status);
}

void AccountsDialog::setStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    QPalette palette; // inherited, but for a problem's colour (from the palette, 4.5:1)
    if (problem)
        palette.setColor(QPalette::WindowText, problemColor());
    m_ui->statusLabel->setPalette(palette);
}

} // namespace PurgeDesk::Gui
