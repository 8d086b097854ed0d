#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "accounts/credentialstore.h"
#include "cloudflare/apibase.h"
#include "translations.h"

#include <QCheckBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::SettingsDialog>())
    , m_keychain(new CredentialStore(CredentialStore::defaultService(), this))
{
    m_ui->setupUi(this);
    m_ui->statusLabel->hide();
    // The languages by their own names; the system's default names the one it stands for.
    QString systemLanguage;
    for (const Language &language : availableLanguages()) {
        if (language.code == languageFor(QString()))
            systemLanguage = language.name;
    }
    m_ui->languageCombo->addItem(tr("System default (%1)").arg(systemLanguage), QString());
    for (const Language &language : availableLanguages())
        m_ui->languageCombo->addItem(language.name, language.code);
    showSettings(NetworkSettings::load(), VerifySettings::load());
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(languageSetting())));
    connect(m_ui->proxyManualRadio, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->keepDaysRadio, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->autoVerifyCheck, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        showSettings(NetworkSettings(), VerifySettings());
        m_ui->languageCombo->setCurrentIndex(0);
    });
    updateEnabled();
    // Tall enough for the wrapped hints at this width (longer in some languages than in English).
    resize(width(), qMax(height(), heightForWidth(width())));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showSettings(const NetworkSettings &settings, const VerifySettings &verify)
{
    m_ui->autoVerifyCheck->setChecked(verify.autoVerify);
    m_ui->autoVerifySpin->setValue(verify.autoVerifyMaxUrls);
    m_ui->warmCheck->setChecked(verify.warm);
    m_ui->timeoutSpin->setValue(settings.timeoutSeconds);
    m_ui->concurrencySpin->setValue(settings.concurrency);
    m_ui->apiBaseEdit->setText(settings.apiBase);
    m_ui->proxySystemRadio->setChecked(settings.proxy == NetworkSettings::Proxy::System);
    m_ui->proxyNoneRadio->setChecked(settings.proxy == NetworkSettings::Proxy::None);
    m_ui->proxyManualRadio->setChecked(settings.proxy == NetworkSettings::Proxy::Manual);
    m_ui->proxyHostEdit->setText(settings.proxyHost);
    m_ui->proxyPortSpin->setValue(settings.proxyPort);
    m_ui->proxyUserEdit->setText(settings.proxyUser);
    m_ui->keepAllRadio->setChecked(settings.historyRetentionDays == 0);
    m_ui->keepDaysRadio->setChecked(settings.historyRetentionDays > 0);
    if (settings.historyRetentionDays > 0)
        m_ui->keepDaysSpin->setValue(settings.historyRetentionDays);
}

void SettingsDialog::updateEnabled()
{
    const bool manual = m_ui->proxyManualRadio->isChecked();
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->proxyHostEdit), static_cast<QWidget *>(m_ui->proxyPortSpin),
             static_cast<QWidget *>(m_ui->proxyUserEdit), static_cast<QWidget *>(m_ui->proxyPasswordEdit)})
        widget->setEnabled(manual);
    m_ui->keepDaysSpin->setEnabled(m_ui->keepDaysRadio->isChecked());
    m_ui->autoVerifySpin->setEnabled(m_ui->autoVerifyCheck->isChecked());
}

NetworkSettings SettingsDialog::formSettings() const
{
    NetworkSettings settings;
    settings.timeoutSeconds = m_ui->timeoutSpin->value();
    settings.concurrency = m_ui->concurrencySpin->value();
    settings.apiBase = m_ui->apiBaseEdit->text().trimmed();
    settings.proxy = m_ui->proxyManualRadio->isChecked() ? NetworkSettings::Proxy::Manual
        : m_ui->proxyNoneRadio->isChecked()              ? NetworkSettings::Proxy::None
                                                         : NetworkSettings::Proxy::System;
    settings.proxyHost = m_ui->proxyHostEdit->text().trimmed();
    settings.proxyPort = m_ui->proxyPortSpin->value();
    settings.proxyUser = m_ui->proxyUserEdit->text().trimmed();
    settings.historyRetentionDays = m_ui->keepDaysRadio->isChecked() ? m_ui->keepDaysSpin->value() : 0;
    return settings;
}

void SettingsDialog::accept()
{
    const NetworkSettings settings = formSettings();
    auto problem = [this](const QString &text, QWidget *focus) {
        m_ui->statusLabel->setText(text);
        m_ui->statusLabel->show();
        focus->setFocus();
    };
    if (!settings.apiBase.isEmpty()) {
        const Cloudflare::ApiBaseCheck check = Cloudflare::checkApiBase(settings.apiBase);
        if (!check.ok()) {
            problem(check.error, m_ui->apiBaseEdit);
            return;
        }
    }
    if (settings.proxy == NetworkSettings::Proxy::Manual && settings.proxyHost.isEmpty()) {
        problem(tr("Enter the proxy's hostname, or choose another proxy option."), m_ui->proxyHostEdit);
        return;
    }
    const QString password = m_ui->proxyPasswordEdit->text();
    if (password.isEmpty() || settings.proxy != NetworkSettings::Proxy::Manual) {
        finishSave(settings, QString());
        return;
    }
    m_ui->statusLabel->setText(tr("Saving the proxy password in the system keychain..."));
    m_ui->statusLabel->show();
    m_ui->buttonBox->setEnabled(false);
    CredentialStore::withTimeLimit(
        this, m_keychainTimeoutMs,
        [this, password](const CredentialStore::Callback &reply) {
            m_keychain->write(NetworkSettings::proxyPasswordKey(), password, reply);
        },
        [this, settings, password](const CredentialStore::Result &result) {
            m_ui->buttonBox->setEnabled(true);
            if (result.outcome != CredentialStore::Outcome::Ok) {
                m_ui->statusLabel->setText(
                    result.error + u'\n' + tr("Nothing was saved; the password stays in the field."));
                return;
            }
            finishSave(settings, password);
        });
}

VerifySettings SettingsDialog::formVerifySettings() const
{
    VerifySettings settings;
    settings.autoVerify = m_ui->autoVerifyCheck->isChecked();
    settings.autoVerifyMaxUrls = m_ui->autoVerifySpin->value();
    settings.warm = m_ui->warmCheck->isChecked();
    return settings;
}

QString SettingsDialog::chosenLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::finishSave(const NetworkSettings &settings, const QString &password)
{
    settings.save();
    formVerifySettings().save();
    saveLanguageSetting(chosenLanguage());
    Q_EMIT settingsSaved(settings, password);
    QDialog::accept();
}

} // namespace PurgeDesk::Gui
