#include "ratelimiter.h"

#include "logging.h"
#include "storage/sharedstatefile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Purge {

namespace {

constexpr int StateSchema = 1;
const QString kGlobalKey = u"global"_s;

// Every bucket is full again a few minutes after its last request (the global one after five):
// states a day old say nothing, and those of sandboxes long gone are removed with them. So are the
// lock files that earlier builds made beside a state (QLockFile), when a crash left them.
void forgetOldStates(const QString &folder)
{
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    const QFileInfoList files = QDir(folder).entryInfoList({u"*.json"_s, u"*.json.lock"_s}, QDir::Files);
    for (const QFileInfo &file : files) {
        if (file.lastModified() < dayAgo)
            QFile::remove(file.filePath());
    }
}

} // namespace

qint64 RateLimiter::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString RateLimiter::defaultStatePath(const QString &accountKey)
{
    // The account's ID is not secret, but a file name need not show it either.
    const QByteArray name = QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(u"ratelimits/"_s + QString::fromLatin1(name) + u".json"_s);
}

std::shared_ptr<RateLimiter> RateLimiter::forAccount(const QString &accountKey)
{
    static QHash<QString, std::weak_ptr<RateLimiter>> registry;
    std::shared_ptr<RateLimiter> limiter = registry.value(accountKey).lock();
    if (!limiter) {
        limiter = std::make_shared<RateLimiter>();
        limiter->setStatePath(defaultStatePath(accountKey));
        registry.insert(accountKey, limiter);
        forgetOldStates(QFileInfo(limiter->statePath()).absolutePath());
    }
    return limiter;
}

QString RateLimiter::classKey(Cloudflare::PurgeAction action, Plan plan)
{
    return (action == Cloudflare::PurgeAction::Files ? u"urls:"_s : u"flex:"_s) + planId(plan);
}

TokenBucket &RateLimiter::bucket(const QString &key, qint64 nowMs)
{
    auto it = m_buckets.find(key);
    if (it != m_buckets.end())
        return it.value();
    if (key == kGlobalKey) {
        const GlobalLimits global = globalLimits();
        return m_buckets
            .insert(key, TokenBucket(global.requests, RefillMargin * global.requests / global.windowSeconds, nowMs))
            .value();
    }
    Plan plan = Plan::Free;
    planFromId(key.section(u':', 1), &plan);
    const PlanLimits limits = limitsFor(plan);
    // URLs: a bucket of one second's worth, refilled at the plan's rate (less the margin).
    if (key.startsWith(u"urls:"_s))
        return m_buckets.insert(key, TokenBucket(limits.urlsPerSecond, limits.urlsPerSecond * RefillMargin, nowMs))
            .value();
    return m_buckets.insert(key, TokenBucket(limits.flexBucketSize, limits.flexRefillPerSecond * RefillMargin, nowMs))
        .value();
}

void RateLimiter::withSharedState(qint64 nowMs, const std::function<void()> &change)
{
    if (m_statePath.isEmpty()) {
        change();
        return;
    }
    // On the window's thread at every request: SharedStateFile takes its lock and writes without a
    // disk flush, which on a busy disk held the window still for a tenth of a second or more.
    SharedStateFile file(m_statePath);
    const SharedStateFile::Update update = file.update(2000, [&](const QByteArray &contents) {
        const QJsonObject root = QJsonDocument::fromJson(contents).object();
        if (root.value(u"schema"_s).toInt() == StateSchema) {
            const QJsonObject buckets = root.value(u"buckets"_s).toObject();
            for (auto it = buckets.begin(); it != buckets.end(); ++it) {
                const QJsonObject saved = it.value().toObject();
                TokenBucket::State state;
                state.tokens = saved.value(u"tokens"_s).toDouble();
                state.lastMs = saved.value(u"last_ms"_s).toInteger();
                state.pausedUntilMs = saved.value(u"paused_until_ms"_s).toInteger();
                state.grant = saved.value(u"grant"_s).toBool();
                // A state from the future (a clock set back) or from long ago holds nothing useful.
                if (state.lastMs > nowMs + 60000 || state.pausedUntilMs > nowMs + 24LL * 3600 * 1000)
                    continue;
                bucket(it.key(), nowMs).restore(state);
            }
        }
        change();
        QJsonObject buckets;
        for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it) {
            const TokenBucket::State state = it.value().state();
            buckets.insert(it.key(),
                QJsonObject {{u"tokens"_s, state.tokens}, {u"last_ms"_s, state.lastMs},
                    {u"paused_until_ms"_s, state.pausedUntilMs}, {u"grant"_s, state.grant}});
        }
        return QJsonDocument(QJsonObject {{u"schema"_s, StateSchema}, {u"buckets"_s, buckets}})
            .toJson(QJsonDocument::Compact);
    });
    switch (update) {
    case SharedStateFile::Update::Written:
        break;
    case SharedStateFile::Update::NotWritten:
        // A cache: a lost write costs a full bucket, never an item.
        qCDebug(lcApp) << "rate limits: the shared state could not be written:" << file.error();
        break;
    case SharedStateFile::Update::NotRun:
        qCDebug(lcApp).noquote() << u"rate limits: no shared state (%1); pacing with this process's own"_s.arg(
            file.error());
        change();
        break;
    }
}

qint64 RateLimiter::tryAcquireAt(Cloudflare::PurgeAction action, int items, Plan plan, qint64 nowMs)
{
    qint64 wait = 0;
    withSharedState(nowMs, [&] {
        const double cost = action == Cloudflare::PurgeAction::Files ? std::max(1, items) : 1;
        const QString key = classKey(action, plan);
        // Both exist before either is held: a later insertion may move the other.
        bucket(key, nowMs);
        bucket(kGlobalKey, nowMs);
        TokenBucket &perClass = m_buckets[key];
        TokenBucket &global = m_buckets[kGlobalKey];
        wait = std::max(perClass.waitMs(cost, nowMs), global.waitMs(1, nowMs));
        if (wait > 0)
            return;
        const bool wasFull = perClass.available(nowMs) >= perClass.capacity() - 1e-9;
        perClass.tryTake(cost, nowMs);
        global.tryTake(1, nowMs);
        if (wasFull) {
            // Cloudflare's bucket starts draining when this request reaches it, ours now: its refill
            // is counted from a little later, so the burst never runs ahead of Cloudflare's.
            TokenBucket::State state = perClass.state();
            state.lastMs = std::max(state.lastMs, nowMs + RefillStartDelayMs);
            perClass.restore(state);
        }
    });
    return wait;
}

void RateLimiter::pauseAt(Cloudflare::PurgeAction action, Plan plan, qint64 pauseMs, qint64 nowMs)
{
    withSharedState(nowMs, [&] { bucket(classKey(action, plan), nowMs).pauseUntil(nowMs + pauseMs); });
}

} // namespace PurgeDesk::Purge
