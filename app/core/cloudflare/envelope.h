#pragma once

#include "cloudflare/apierror.h"

#include <QByteArray>
#include <QJsonValue>

namespace PurgeDesk::Cloudflare {

// Cloudflare's response envelope: {"success", "errors", "messages", "result", "result_info"}.
struct Envelope
{
    bool success = false;
    QList<Message> errors;
    QList<Message> messages;
    QJsonValue result;

    bool hasResultInfo = false;
    int page = 0;
    int perPage = 0;
    int count = 0;
    int totalCount = 0;
    int totalPages = 0; // computed from total_count / per_page when the answer lacks it
};

// Parses a body as Cloudflare's envelope. Returns false with a short reason when it is not one
// (empty, HTML, truncated, not an object, no boolean "success", malformed errors list).
bool parseEnvelope(const QByteArray &body, Envelope *envelope, QString *problem);

// Turns a complete HTTP answer into an error, or Kind::None for a genuine success. A 200 with
// success:false is an error; an HTML page is a server error; a 429 is a rate limit.
ApiError classifyResponse(int httpStatus, const QByteArray &body, int retryAfterSeconds, Envelope *envelope);

// Retry-After as seconds: a number of seconds, or an HTTP date (relative to `nowUtc`). -1 if absent or invalid.
int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

} // namespace PurgeDesk::Cloudflare
