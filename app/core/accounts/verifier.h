#pragma once

#include "accounts/profile.h"
#include "cloudflare/apiclient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace PurgeDesk {

struct Verification
{
    bool credentialValid = false; // Cloudflare accepted the credential and it is usable now
    bool complete = false; // every step could be carried out (false: e.g. the network failed)
    Cloudflare::ApiError error; // the failure that decided the outcome, if any
    Cloudflare::TokenStatus token;
    bool canListZones = false;
    QList<Cloudflare::Zone> zones;
    QStringList lines; // what was found, in sentences

    void applyTo(Profile *profile) const;
};

// Checks a credential the way the user needs to know: is it valid (active, expired, disabled, not
// yet valid), can it list zones, which accounts and zones can it reach. A token is checked with
// the verify endpoint; a global key with a zone listing. Uses the client's credentials.
class ProfileVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileVerifier)

public:
    ProfileVerifier(Cloudflare::ApiClient *client, Profile::Auth auth, QObject *parent = nullptr);
    ~ProfileVerifier() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const Verification &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void listZones();
    void finish();

    Cloudflare::ApiClient *m_client;
    Profile::Auth m_auth;
    Verification m_result;
    QPointer<Cloudflare::ApiJob> m_verifyJob;
    QPointer<Cloudflare::ZoneListJob> m_listJob;
    bool m_finished = false;
};

} // namespace PurgeDesk
