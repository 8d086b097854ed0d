#include "apierror.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Cloudflare {

namespace {
QString cloudflareMessages(const QList<Message> &errors)
{
    QStringList parts;
    for (const Message &error : errors)
        parts << (error.code ? u"%1 (%2)"_s.arg(error.message).arg(error.code) : error.message);
    return parts.join(u"; "_s);
}
} // namespace

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::BadResponse:
    case Kind::Timeout:
    case Kind::ConnectionRefused:
    case Kind::ConnectionClosed:
    case Kind::Network:
        return true;
    default:
        return false;
    }
}

bool ApiError::hasCode(int code) const
{
    for (const Message &error : errors) {
        if (error.code == code)
            return true;
    }
    return false;
}

bool ApiError::isAuthFailure() const
{
    if (kind != Kind::Api)
        return false;
    if (httpStatus == 401 || httpStatus == 403)
        return true;
    // Header and token format errors come with 400.
    for (const int code : {1000, 6003, 6100, 6101, 6102, 6103, 6111, 9103, 9106, 9109, 10000}) {
        if (hasCode(code))
            return true;
    }
    return false;
}

bool ApiError::isTooLarge() const
{
    if (kind != Kind::Api || (httpStatus != 400 && httpStatus != 413))
        return false;
    if (httpStatus == 413)
        return true;
    for (const Message &error : errors) {
        const QString text = error.message.toLower();
        if (text.contains(u"too many"_s) || text.contains(u"too long"_s) || text.contains(u"maximum"_s)
            || text.contains(u"exceed"_s) || text.contains(u"at most"_s) || text.contains(u"limit of"_s))
            return true;
    }
    return false;
}

QString ApiError::summary() const
{
    switch (kind) {
    case Kind::None:
        return tr("Done.");
    case Kind::Api:
        if (errors.isEmpty())
            return tr("Cloudflare refused the request (HTTP %1) without saying why.").arg(httpStatus);
        return tr("Cloudflare refused the request: %1.").arg(cloudflareMessages(errors));
    case Kind::RateLimited: {
        QString text = retryAfterSeconds >= 0 ? tr("Cloudflare's rate limit was reached; it asks to wait %1.")
                                                    .arg(describeWait(qint64(retryAfterSeconds) * 1000))
                                              : tr("Cloudflare's rate limit was reached.");
        if (!errors.isEmpty())
            text += u' ' + tr("Cloudflare said: %1.").arg(cloudflareMessages(errors));
        return text;
    }
    case Kind::Server:
        if (!errors.isEmpty())
            return tr("Cloudflare had a server error (HTTP %1): %2.").arg(httpStatus).arg(cloudflareMessages(errors));
        return tr("Cloudflare is unavailable right now (HTTP %1, an error page instead of an API answer).")
            .arg(httpStatus);
    case Kind::BadResponse:
        return tr("The answer could not be understood (%1). It may have been cut off or come from a proxy.")
            .arg(detail);
    case Kind::Timeout:
        return tr("No answer arrived in time: the request timed out.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::ConnectionRefused:
        return tr("The connection was refused: nothing answers at the API address.");
    case Kind::ConnectionClosed:
        return tr("The connection was closed before the answer was complete.");
    case Kind::HostNotFound:
        return tr("The API host could not be found. Check the network connection and the API address.");
    case Kind::Tls:
        return tr("A secure connection could not be established (%1).").arg(detail);
    case Kind::Network:
        return tr("A network error occurred (%1).").arg(detail);
    case Kind::Redirect:
        return tr("The server redirected the request to another address (%1); PurgeDesk did not follow it so "
                  "that your credentials stay with Cloudflare.")
            .arg(detail);
    }
    return {};
}

QString ApiError::advice() const
{
    if (isAuthFailure()) {
        if (hasCode(10000))
            return tr("The token lacks a permission: purging needs Zone > Cache Purge > Purge for this zone (listing "
                      "zones needs Zone > Zone > Read). Edit the token in Cloudflare's dashboard, or choose another "
                      "account.");
        if (hasCode(6003) || hasCode(6103) || hasCode(6111) || hasCode(9106))
            return tr("The credentials are not in a form Cloudflare accepts. Paste the token (or the key) again in "
                      "Accounts > Manage Accounts.");
        return tr("Cloudflare did not accept this account's credentials: the token may have expired or been revoked, "
                  "or it does not cover this zone. Check it in Accounts > Manage Accounts (Verify Again), or create a "
                  "new token in Cloudflare's dashboard.");
    }
    switch (kind) {
    case Kind::RateLimited:
        return tr("Wait a little and try again; PurgeDesk paces its requests to stay under the limit.");
    case Kind::Server:
    case Kind::BadResponse:
        return tr("This is usually temporary. Try again in a few minutes; Cloudflare's status page says whether "
                  "there is an incident.");
    case Kind::Timeout:
    case Kind::ConnectionClosed:
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Network:
        return tr("Check the network connection, the proxy and the API address in Settings, then try again.");
    case Kind::Tls:
        return tr("A proxy or security product may be intercepting the connection; check its certificate settings.");
    case Kind::Api:
        if (hasCode(7003) || hasCode(7000))
            return tr("Cloudflare does not know this zone: check the zone ID (32 hexadecimal characters), not the zone "
                      "name.");
        break;
    case Kind::None:
    case Kind::Cancelled:
    case Kind::Redirect:
        break;
    }
    return {};
}

QString ApiError::technical() const
{
    QStringList parts;
    if (httpStatus)
        parts << u"HTTP %1"_s.arg(httpStatus);
    for (const Message &error : errors)
        parts << u"%1 %2"_s.arg(error.code).arg(error.message);
    if (!detail.isEmpty())
        parts << detail;
    if (retryAfterSeconds >= 0)
        parts << u"Retry-After %1"_s.arg(retryAfterSeconds);
    return parts.join(u"; "_s);
}

QString describeWait(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(0, ms) + 999) / 1000;
    if (seconds < 90)
        return ApiError::tr("%1 s").arg(seconds);
    if (seconds < 90LL * 60)
        return ApiError::tr("%1 min").arg((seconds + 30) / 60);
    if (seconds < 48LL * 3600)
        return ApiError::tr("%1 h").arg((seconds + 1800) / 3600);
    return ApiError::tr("%1 days").arg((seconds + 43200) / 86400);
}

} // namespace PurgeDesk::Cloudflare
