#pragma once

#include "purge/runrecords.h"

#include <QJsonObject>
#include <QString>

// The words every surface uses for a run's numbers (the window's run view and status bar, Copy
// Summary, the History tab, the command line), so that one run reads the same everywhere.
namespace PurgeDesk::Purge {

// A measured duration: "0.4 s", "20.9 s", "3 min 5 s", "1 h 2 min". (Estimates use
// describeDuration(): "about 2 s".)
QString formatElapsed(qint64 ms);

// "3 requests", or "2 of 3 requests sent" while (or if) some were not; then ", 1 retry" and
// ", 2 rate limited (429)" when there were any.
QString requestsPhrase(const Counters &counters);

// The counters as JSON fields, under the names every --json output and export uses: requested (the
// items), done, failed, not_sent, pending, requests (planned), requests_sent, attempts, retries,
// rate_limited, elapsed_ms.
void insertCounters(QJsonObject &object, const Counters &counters);
// The CSV columns of the same fields, and their values.
QStringList counterColumns();
QStringList counterValues(const Counters &counters);

} // namespace PurgeDesk::Purge
