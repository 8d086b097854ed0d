#pragma once

#include "accounts/profile.h"
#include "cloudflare/types.h"
#include "settings/networksettings.h"

#include <QObject>
#include <QPointer>

namespace PurgeDesk::Cloudflare {
class ApiClient;
class ZoneListJob;
} // namespace PurgeDesk::Cloudflare
namespace PurgeDesk::Sandbox {
class SandboxServer;
}

namespace PurgeDesk {

class CredentialStore;

// An account made ready to call the API: its secret read (this session's memory first, else the
// keychain, within a time limit), its API address resolved, and, for the built-in sandbox profile,
// a local SandboxServer started in this process. Opening another account abandons the previous
// one; a keychain answer that arrives for an abandoned account is ignored.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    enum class State {
        Closed,
        Opening, // waiting for the keychain
        Ready,
        Failed, // see problem()
    };

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    void setKeychainTimeoutMs(int ms) { m_keychainTimeoutMs = ms; }
    // The API address used when a profile has none; environment and profile come first.
    void setNetworkSettings(const NetworkSettings &settings, const QNetworkProxy &proxy);
    void open(const Profile &profile);

    State state() const { return m_state; }
    const Profile &profile() const { return m_profile; }
    bool isSandbox() const { return m_profile.auth == Profile::Auth::Sandbox; }
    QString problem() const { return m_problem; }
    // Always valid; configured for the profile once Ready.
    Cloudflare::ApiClient *client() const { return m_client; }
    // The in-process sandbox, once the sandbox profile has been opened (it keeps running).
    Sandbox::SandboxServer *sandbox() const { return m_sandbox; }

    // The account's zones, listed in the background once the connection is ready (again with
    // loadZones()). A token known not to list zones is not asked (NotAllowed).
    enum class Zones { None, Loading, Loaded, Failed, NotAllowed };
    Zones zonesState() const { return m_zonesState; }
    const QList<Cloudflare::Zone> &zones() const { return m_zones; }
    // Why the zones are not listed (Failed, NotAllowed), in sentences with advice.
    QString zonesProblem() const { return m_zonesProblem; }
    int skippedZones() const { return m_skippedZones; }
    void loadZones();

Q_SIGNALS:
    void stateChanged();
    void zonesProgress(int loaded, int total);
    void zonesChanged();

private:
    void finishOpening(const QString &secret);
    void fail(const QString &problem);
    void setZones(Zones state, const QList<Cloudflare::Zone> &zones, const QString &problem);

    Cloudflare::ApiClient *m_client;
    CredentialStore *m_keychain;
    Sandbox::SandboxServer *m_sandbox = nullptr;
    NetworkSettings m_settings;
    Profile m_profile;
    State m_state = State::Closed;
    QString m_problem;
    int m_generation = 0;
    int m_keychainTimeoutMs = 15000;
    QPointer<Cloudflare::ZoneListJob> m_zoneJob;
    Zones m_zonesState = Zones::None;
    QList<Cloudflare::Zone> m_zones;
    QString m_zonesProblem;
    int m_skippedZones = 0;
};

} // namespace PurgeDesk
