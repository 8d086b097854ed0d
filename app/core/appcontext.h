#pragma once

#include "accounts/profilestore.h"
#include "settings/networksettings.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace PurgeDesk {

class Connection;
namespace History {
class HistoryService;
}

// The services a PurgeDesk window works with, built by main() (and by tests, with their own
// paths) and handed to the window, which creates none of them: the saved accounts, the connection
// to the chosen account, the history on its own thread, and the network settings (with the proxy
// password, read from the keychain).
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    struct Paths
    {
        QString profiles = ProfileStore::defaultPath();
        QString history;
        QString presets;
    };

    explicit AppContext(QObject *parent = nullptr);
    AppContext(const Paths &paths, QObject *parent = nullptr);
    ~AppContext() override;

    // Loads the settings and the accounts, opens the history in the background (applying the
    // retention setting) and asks the keychain for the proxy password if one is needed. Anything
    // to tell the user arrives as notice().
    void start();

    ProfileStore &profiles() { return m_profiles; }
    Connection *connection() const { return m_connection; }
    History::HistoryService *history() const { return m_history; }
    QString presetsPath() const { return m_presetsPath; }
    const NetworkSettings &networkSettings() const { return m_settings; }
    // Saves nothing: the settings dialog has saved them; this applies them (and a new password).
    void applyNetworkSettings(const NetworkSettings &settings, const QString &proxyPassword = {});
    // The accounts file was changed (Manage Accounts): read it again. `message` as ProfileStore::load.
    bool reloadProfiles(QString *message);

Q_SIGNALS:
    void notice(const QString &text, bool problem);
    // The accounts were (re)loaded; `renamed` maps an old name to the new one of each account renamed.
    void profilesChanged(const QHash<QString, QString> &renamed);

private:
    ProfileStore m_profiles;
    QString m_presetsPath;
    Connection *m_connection;
    History::HistoryService *m_history;
    NetworkSettings m_settings;
    QString m_proxyPassword;
};

} // namespace PurgeDesk
