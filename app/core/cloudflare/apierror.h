#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PurgeDesk::Cloudflare {

// One entry of Cloudflare's `errors` or `messages` (error_chain entries are flattened in).
struct Message
{
    int code = 0;
    QString message;

    bool operator==(const Message &other) const { return code == other.code && message == other.message; }
};

// What went wrong with one API call, typed so callers can decide (retry, ask for a new token, ...)
// and worded so a person understands it. Cloudflare's codes and messages are kept verbatim.
struct ApiError
{
    enum class Kind {
        None,
        Api, // Cloudflare said no (success:false): see `errors`
        RateLimited, // 429; see retryAfterSeconds
        Server, // 5xx/52x, or an HTML error page instead of JSON
        BadResponse, // not Cloudflare's JSON envelope, or larger than the size cap
        Timeout, // nothing arrived within the transfer timeout
        Cancelled, // the caller cancelled
        ConnectionRefused, // nothing listens at that address
        ConnectionClosed, // reset or closed before the answer was complete
        HostNotFound, // DNS
        Tls, // certificate or handshake
        Network, // any other transport failure (proxy, network down)
        Redirect, // a redirect to another origin was refused (credentials stay here)
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QList<Message> errors; // Cloudflare's, verbatim
    QString detail; // technical detail (Qt's error text, parse error, refused URL)
    int retryAfterSeconds = -1; // from Retry-After; -1 when absent (INT_MAX: at least that long)

    bool isError() const { return kind != Kind::None; }
    // Worth trying again later (purges are idempotent): rate limits, server errors, timeouts,
    // dropped connections and garbled answers.
    bool isRetryable() const;
    // The credential is wrong, expired or lacks a permission.
    bool isAuthFailure() const;
    // Cloudflare refused a list as too long (older accounts cap files at 30): halve and retry.
    bool isTooLarge() const;
    bool hasCode(int code) const;

    // One or two sentences for a person, e.g. "Cloudflare refused the request: Authentication error (10000)."
    QString summary() const;
    // What the user can do about it, one or two sentences; empty when there is nothing to add.
    QString advice() const;
    // The raw facts: "HTTP 403; 10000 Authentication error".
    QString technical() const;

    Q_DECLARE_TR_FUNCTIONS(PurgeDesk::Cloudflare::ApiError)
};

// A wait as a person reads it: "45 s", "5 min", "28 h", "24855 days".
QString describeWait(qint64 ms);

} // namespace PurgeDesk::Cloudflare
