#include "planner.h"

#include "purge/ratelimiter.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Purge {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PurgeDesk::Purge::Planner", text);
}
} // namespace

qint64 lowerBoundMs(PurgeAction action, int items, int requests, const PlanLimits &limits, const GlobalLimits &global)
{
    double seconds = 0;
    if (action == PurgeAction::Files) {
        // A bucket of one second's worth of URLs, refilled at the plan's rate.
        const double excess = std::max(0, items - limits.urlsPerSecond);
        seconds = excess / limits.urlsPerSecond;
    } else {
        const double excess = std::max(0, requests - limits.flexBucketSize);
        seconds = excess / limits.flexRefillPerSecond;
    }
    const double globalExcess = std::max(0, requests - global.requests);
    seconds = std::max(seconds, globalExcess * global.windowSeconds / global.requests);
    return qint64(std::ceil(seconds * 1000.0));
}

PurgePlan planPurge(const PurgeSpec &spec)
{
    PurgePlan plan;
    plan.plan = spec.zone.plan;
    plan.planKnown = spec.zone.planKnown;
    plan.limits = limitsFor(spec.zone.plan);
    if (spec.action == PurgeAction::Everything) {
        plan.batches.append({0, 0});
    } else {
        plan.perRequest = spec.action == PurgeAction::Files ? plan.limits.filesPerRequest : plan.limits.itemsPerRequest;
        if (spec.action == PurgeAction::Files && spec.filesCap > 0)
            plan.perRequest = std::min(plan.perRequest, spec.filesCap);
        const int total = int(spec.items.size());
        for (int first = 0; first < total; first += plan.perRequest)
            plan.batches.append({first, std::min(plan.perRequest, total - first)});
    }
    // The time the limiter will take: the bound at the rate it refills (a little under Cloudflare's),
    // so the estimate and the run agree.
    const qint64 bound = lowerBoundMs(spec.action, int(spec.items.size()), plan.requests(), plan.limits);
    plan.estimatedMs = bound > 0
        ? qint64(std::ceil(double(bound) / RateLimiter::RefillMargin)) + RateLimiter::RefillStartDelayMs
        : 0;
    return plan;
}

QString describeDuration(qint64 ms)
{
    if (ms < 1000)
        return tr("under a second");
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 90)
        return tr("about %1 s").arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("about %1 min").arg(minutes);
    return tr("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString PurgePlan::summary() const
{
    const QString requestsText
        = requests() == 1 ? tr("1 request") : tr("%1 requests").arg(QLocale().toString(requests()));
    QString text = tr("%1, %2 on the %3 plan").arg(requestsText, describeDuration(estimatedMs), planDisplayName(plan));
    if (!planKnown)
        text += u' ' + tr("(plan unknown: assuming the strictest limits)");
    return text;
}

Cloudflare::PurgeRequest requestFor(const PurgeSpec &spec, const Batch &batch)
{
    Cloudflare::PurgeRequest request;
    request.action = spec.action;
    for (int i = batch.first; i < batch.first + batch.count; ++i) {
        const Item &item = spec.items.at(i);
        if (spec.action == PurgeAction::Files)
            request.files.append({item.value, item.headers});
        else
            request.items.append(item.value);
    }
    return request;
}

QList<DryRunRequest> dryRun(const PurgeSpec &spec, const PurgePlan &plan, const QUrl &apiBase)
{
    QList<DryRunRequest> requests;
    requests.reserve(plan.batches.size());
    for (const Batch &batch : plan.batches)
        requests.append(dryRunRequest(spec, batch, apiBase));
    return requests;
}

DryRunRequest dryRunRequest(const PurgeSpec &spec, const Batch &batch, const QUrl &apiBase)
{
    DryRunRequest request;
    request.url = apiBase.toString(QUrl::StripTrailingSlash) + Cloudflare::purgePath(spec.zone.id, spec.mode);
    request.body = Cloudflare::purgeBody(requestFor(spec, batch));
    request.items = batch.count;
    return request;
}

QString curlCommand(const DryRunRequest &request, Cloudflare::Credentials::Kind auth)
{
    // Single-quoted for a POSIX shell: ' becomes '\''.
    const auto quote = [](QString text) {
        QString quoted(QLatin1Char('\''));
        quoted.append(text.replace(QLatin1Char('\''), u"'\\''"_s));
        quoted.append(QLatin1Char('\''));
        return quoted;
    };
    QString command = u"curl -X POST "_s + quote(request.url);
    if (auth == Cloudflare::Credentials::Kind::GlobalKey)
        command += u" \\\n  -H \"X-Auth-Email: $CLOUDFLARE_EMAIL\" \\\n  -H \"X-Auth-Key: $CLOUDFLARE_API_KEY\""_s;
    else
        command += u" \\\n  -H \"Authorization: Bearer $CLOUDFLARE_API_TOKEN\""_s;
    command += u" \\\n  -H 'Content-Type: application/json' \\\n  --data "_s + quote(QString::fromUtf8(request.body));
    return command;
}

} // namespace PurgeDesk::Purge
