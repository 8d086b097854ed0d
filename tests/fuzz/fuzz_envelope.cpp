// Cloudflare's envelope and Retry-After, as any server may send them. First byte: the HTTP status.
#include "cloudflare/envelope.h"
#include "fuzzsupport.h"

#include <QDateTime>

using namespace PurgeDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    static const int statuses[] = {200, 201, 400, 401, 403, 404, 413, 429, 500, 502, 503, 520};
    const int status = statuses[Fuzz::choose(data, size) % std::size(statuses)];
    const QByteArray body = Fuzz::bytes(data, size);
    const int retryAfter = Cloudflare::parseRetryAfter(body.left(64), QDateTime::fromSecsSinceEpoch(1795000000));
    Cloudflare::Envelope envelope;
    const Cloudflare::ApiError error = Cloudflare::classifyResponse(status, body, retryAfter, &envelope);
    // What a person is shown must be computable for anything a server sends.
    (void)error.summary();
    (void)error.advice();
    (void)error.technical();
    (void)error.isTooLarge();
    (void)error.isAuthFailure();
    return 0;
}
