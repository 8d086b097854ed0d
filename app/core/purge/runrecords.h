#pragma once

#include "cloudflare/apierror.h"
#include "purge/purgeenums.h"

#include <QList>
#include <QString>

namespace PurgeDesk::Purge {

// What became of one item of a run.
struct ItemOutcome
{
    ItemState state = ItemState::Pending;
    QString reason;
    QString purgeId;
    int batch = -1; // the last request that carried it
};

// One request of the run. A batch Cloudflare calls too large is split into two new batches; the
// split one stays in the list (it was sent and refused), so every row is one request.
struct BatchRecord
{
    using State = BatchState;
    int index = 0;
    int first = 0;
    int count = 0;
    State state = State::Queued;
    int attempts = 0; // times it was sent (1 + its retries)
    int rateLimited = 0; // 429s it met
    int httpStatus = 0; // of the last answer
    QString purgeId;
    Cloudflare::ApiError error; // of the last attempt
    qint64 startedMs = -1; // first send, on the run's clock
    qint64 finishedMs = -1;
    qint64 notBeforeMs = 0; // backoff
};

// The one set of numbers every surface shows for a run: the window's run view and status bar,
// Copy Summary, the history's row and detail, the command line's summary and --json. Published
// with every progress signal of a PurgeSession. Invariants (see consistent()):
//   done + failed + notSent + pending == items
//   requestsInFlight <= requestsSent <= requestsPlanned
//   attempts == requestsSent + retries
// A request is sent once however often it is retried; a request split in two stays one request
// (sent and refused) and adds two planned ones.
struct Counters
{
    // Items: URLs, hosts, tags or prefixes (none for purge everything, which is one request).
    int items = 0;
    int done = 0;
    int failed = 0;
    int notSent = 0;
    int pending = 0;
    // Requests.
    int requestsPlanned = 0;
    int requestsSent = 0;
    int requestsInFlight = 0;
    // HTTP attempts: first sends plus retries (after a 429, a server error, a timeout or a reset).
    int attempts = 0;
    int retries = 0;
    int rateLimited = 0; // 429 answers met
    // Time, on the run's clock: elapsed so far (frozen when the run ends) and an estimate of what is
    // left (-1: unknown, 0 when finished).
    qint64 elapsedMs = 0;
    qint64 remainingMs = -1;

    int settled() const { return done + failed + notSent; }
    // True when the invariants above hold; otherwise `why` says which does not.
    bool consistent(QString *why = nullptr) const;
    bool operator==(const Counters &other) const;
};

} // namespace PurgeDesk::Purge
