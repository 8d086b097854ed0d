#include "appcontext.h"

#include "accounts/connection.h"
#include "accounts/credentialstore.h"
#include "history/historyservice.h"
#include "history/historystore.h"
#include "presets/presetstore.h"

namespace PurgeDesk {

namespace {

AppContext::Paths defaults()
{
    AppContext::Paths paths;
    paths.history = History::HistoryStore::defaultPath();
    paths.presets = Presets::PresetStore::defaultPath();
    return paths;
}

} // namespace

AppContext::AppContext(QObject *parent)
    : AppContext(defaults(), parent)
{ }

AppContext::AppContext(const Paths &paths, QObject *parent)
    : QObject(parent)
    , m_profiles(paths.profiles)
    , m_presetsPath(paths.presets)
    , m_connection(new Connection(this))
    , m_history(new History::HistoryService(paths.history, this))
{ }

AppContext::~AppContext() = default;

void AppContext::start()
{
    m_settings = NetworkSettings::load();
    applyNetworkSettings(m_settings);
    if (m_settings.proxy == NetworkSettings::Proxy::Manual && !m_settings.proxyUser.isEmpty()) {
        auto *keychain = new CredentialStore(CredentialStore::defaultService(), this);
        CredentialStore::withTimeLimit(
            this, 15000,
            [keychain](
                const CredentialStore::Callback &reply) { keychain->read(NetworkSettings::proxyPasswordKey(), reply); },
            [this](const CredentialStore::Result &result) {
                if (result.outcome == CredentialStore::Outcome::Ok)
                    applyNetworkSettings(m_settings, result.secret);
                else if (result.outcome == CredentialStore::Outcome::Failed)
                    Q_EMIT notice(tr("The proxy password could not be read: %1").arg(result.error), true);
            });
    }
    QString message;
    const bool loaded = reloadProfiles(&message);
    if (!message.isEmpty())
        Q_EMIT notice(message, !loaded);
}

void AppContext::applyNetworkSettings(const NetworkSettings &settings, const QString &proxyPassword)
{
    m_settings = settings;
    // The history is opened, checked and trimmed to the retention setting on its own thread, when
    // the window first needs it (HistoryService::ensureOpen()).
    m_history->setRetentionDays(m_settings.historyRetentionDays);
    if (!proxyPassword.isEmpty())
        m_proxyPassword = proxyPassword;
    m_connection->setNetworkSettings(m_settings, m_settings.networkProxy(m_proxyPassword));
}

bool AppContext::reloadProfiles(QString *message)
{
    QHash<QString, QString> names; // id -> name before, to see which accounts were renamed
    for (const Profile &profile : m_profiles.profiles())
        names.insert(profile.id, profile.name);
    const bool loaded = m_profiles.load(message);
    QHash<QString, QString> renamed;
    for (const Profile &profile : m_profiles.profiles()) {
        if (names.contains(profile.id) && names.value(profile.id) != profile.name)
            renamed.insert(names.value(profile.id), profile.name);
    }
    Q_EMIT profilesChanged(renamed);
    return loaded;
}

} // namespace PurgeDesk
