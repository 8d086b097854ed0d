#pragma once

#include <QString>
#include <QUrl>

namespace PurgeDesk::Cloudflare {

// Cloudflare's API v4 endpoint, used unless the user overrides it (--api-base, PURGEDESK_API_BASE, settings).
QString defaultApiBase();

struct ApiBaseCheck
{
    QUrl url; // normalised: lower-case scheme and host, no trailing slash
    QString error; // a sentence for the user; empty when the URL is acceptable

    bool ok() const { return error.isEmpty(); }
};

// Checks an API base override. Credentials travel to this address, so it must be https://,
// except on a loopback host (the local sandbox), and it may not carry user info, a query or a fragment.
ApiBaseCheck checkApiBase(const QString &text);

// True for "localhost", 127.0.0.0/8 and ::1.
bool isLoopbackHost(const QString &host);

} // namespace PurgeDesk::Cloudflare
