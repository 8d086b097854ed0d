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

// The API base to use, from the first of these that is set: a command-line value (--api-base),
// the PURGEDESK_API_BASE environment variable, the saved setting; else Cloudflare's. The chosen
// value is checked with checkApiBase(); a bad one is refused, never silently replaced.
struct ApiBaseChoice
{
    ApiBaseCheck check;
    QString source; // "--api-base", "PURGEDESK_API_BASE", "settings" or "default"
};
ApiBaseChoice resolveApiBase(const QString &commandLine, const QString &environment, const QString &setting);
// resolveApiBase() with the environment variable read from the process environment.
ApiBaseChoice resolveApiBase(const QString &commandLine, const QString &setting = {});

// True for "localhost", 127.0.0.0/8 and ::1.
bool isLoopbackHost(const QString &host);

} // namespace PurgeDesk::Cloudflare
