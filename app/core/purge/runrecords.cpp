#include "runrecords.h"

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Purge {

bool Counters::consistent(QString *why) const
{
    QString problem;
    if (done < 0 || failed < 0 || notSent < 0 || pending < 0)
        problem = u"a negative item count"_s;
    else if (done + failed + notSent + pending != items)
        problem = u"done %1 + failed %2 + not sent %3 + pending %4 != items %5"_s.arg(done)
                      .arg(failed)
                      .arg(notSent)
                      .arg(pending)
                      .arg(items);
    else if (requestsInFlight < 0 || requestsInFlight > requestsSent)
        problem = u"in flight %1 > sent %2"_s.arg(requestsInFlight).arg(requestsSent);
    else if (requestsSent > requestsPlanned)
        problem = u"sent %1 > planned %2"_s.arg(requestsSent).arg(requestsPlanned);
    else if (attempts != requestsSent + retries || retries < 0)
        problem = u"attempts %1 != sent %2 + retries %3"_s.arg(attempts).arg(requestsSent).arg(retries);
    else if (rateLimited > attempts)
        problem = u"429s %1 > attempts %2"_s.arg(rateLimited).arg(attempts);
    if (why)
        *why = problem;
    return problem.isEmpty();
}

bool Counters::operator==(const Counters &other) const
{
    return items == other.items && done == other.done && failed == other.failed && notSent == other.notSent
        && pending == other.pending && requestsPlanned == other.requestsPlanned && requestsSent == other.requestsSent
        && requestsInFlight == other.requestsInFlight && attempts == other.attempts && retries == other.retries
        && rateLimited == other.rateLimited && elapsedMs == other.elapsedMs && remainingMs == other.remainingMs;
}

} // namespace PurgeDesk::Purge
