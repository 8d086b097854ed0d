#pragma once

#include "purge/tokenbucket.h"
#include "verify/verdict.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkProxy>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace PurgeDesk::Verify {

// Checks an edge address (--edge, PURGEDESK_EDGE): where verification requests go instead of each
// URL's own host, the host kept in the Host header (like curl --resolve). It must be https://, or
// http:// on a loopback host (the sandbox), with no path, user info, query or fragment.
struct EdgeCheck
{
    QUrl url; // normalised: lower-case scheme and host, no path
    QString error; // a sentence for the user; empty when acceptable

    bool ok() const { return error.isEmpty(); }
};
EdgeCheck checkEdge(const QString &text);

// Fetches purged URLs from Cloudflare's edge and gives each a verdict (verdict.h).
//
// Each URL gets one plain GET: no credentials of any kind (no Authorization, X-Auth-Key or
// X-Auth-Email, no cookies: cookies are neither loaded nor stored, and no authentication is
// answered), the User-Agent PurgeDesk/<version>, the proxy it is given (none for a loopback edge),
// at most `concurrency` at once, a time limit per URL, redirects reported and never followed, and
// the body not read: the request is aborted once the headers have arrived. It owns its own
// QNetworkAccessManager, so nothing the API client knows (credentials, cookies) can reach it.
//
// It also warms: warm() fetches URLs (the fresh ones of a verification) once more with the same
// requests, at most warmRate() a second, and reads each body to the end, discarding it, so that the
// edge keeps the copy it sent for the next visitor (a body still arriving after three time limits
// is cut off: the URL failed to warm).
class EdgeVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EdgeVerifier)

public:
    static constexpr int DefaultConcurrency = 6;
    static constexpr int DefaultTimeoutMs = 10000;
    static constexpr int DefaultWarmRatePerSecond = 10;

    explicit EdgeVerifier(QObject *parent = nullptr);
    ~EdgeVerifier() override;

    // Sends every request to this address (checkEdge()) instead of each URL's own host. Empty: the
    // URLs' own hosts. False, with the reason, when the address is refused.
    bool setEdge(const QString &url, QString *error = nullptr);
    QUrl edge() const { return m_edge; }
    // The proxy for the edge (default: the system's). A loopback edge never uses one.
    void setProxy(const QNetworkProxy &proxy);
    void setConcurrency(int requests) { m_concurrency = std::max(1, requests); }
    void setTimeoutMs(int ms) { m_timeoutMs = std::max(1, ms); }
    // Warm-up requests started per second, at most (evenly spaced).
    void setWarmRate(int requestsPerSecond) { m_warmRate = std::max(1, requestsPerSecond); }
    int warmRate() const { return m_warmRate; }

    // Checks `urls` after a purge or invalidate made at `purgedAt` (invalid: unknown, so that any
    // HIT counts as still cached). A verification already under way is cancelled first.
    void start(const QStringList &urls, Purge::PurgeMode mode, const QDateTime &purgedAt = {});
    // Warms `urls` (usually freshUrls(results())): results() stay as they are, warmResults() fill.
    // A verification or warm-up under way is cancelled first.
    void warm(const QStringList &urls);
    // Stops: URLs without an answer end NotChecked (NotWarmed); finished() (warmFinished()) follows.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isWarming() const { return m_running && m_warming; }

    const QList<UrlCheck> &results() const { return m_checks; }
    VerdictCounts counts() const { return countVerdicts(m_checks); }
    const QList<UrlWarm> &warmResults() const { return m_warms; }
    WarmCounts warmCounts() const { return countWarms(m_warms); }

Q_SIGNALS:
    void checked(int index); // results().at(index) has its verdict
    void warmed(int index); // warmResults().at(index) has its outcome
    void progress(int done, int total); // of the verification or warm-up under way
    void finished(); // a verification ended
    void warmFinished(); // a warm-up ended

private:
    void begin();
    int count() const { return int(m_warming ? m_warms.size() : m_checks.size()); }
    void pump();
    void launch(int index);
    void onHeaders(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void onWarmFinished(QNetworkReply *reply, int index);
    // No answer (or none usable): the URL is unreachable, or failed to warm, with `error`.
    void fail(int index, const QString &error);
    // Cancelled before an answer: not checked, or not warmed.
    void markCancelled(int index);
    void conclude(int index);
    void announce(int index); // checked() or warmed()
    void finishIfDone();

    QNetworkAccessManager *m_network;
    QUrl m_edge;
    QNetworkProxy m_proxy {QNetworkProxy::DefaultProxy};
    int m_concurrency = DefaultConcurrency;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_warmRate = DefaultWarmRatePerSecond;
    TokenBucket m_warmBucket;
    QElapsedTimer m_clock;
    QTimer m_paceTimer; // the next warm-up request, when the rate holds it back
    Purge::PurgeMode m_mode = Purge::PurgeMode::Purge;
    QDateTime m_purgedAt;
    QList<UrlCheck> m_checks;
    QList<UrlWarm> m_warms;
    bool m_warming = false; // the work under way (or last done) is a warm-up
    QHash<QNetworkReply *, int> m_inFlight; // reply -> index in m_checks
    int m_next = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelling = false;
    bool m_pumping = false;
};

} // namespace PurgeDesk::Verify
