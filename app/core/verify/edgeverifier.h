#pragma once

#include "verify/verdict.h"

#include <QDateTime>
#include <QHash>
#include <QNetworkProxy>
#include <QObject>
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
class EdgeVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EdgeVerifier)

public:
    static constexpr int DefaultConcurrency = 6;
    static constexpr int DefaultTimeoutMs = 10000;

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

    // Checks `urls` after a purge or invalidate made at `purgedAt` (invalid: unknown, so that any
    // HIT counts as still cached). A verification already under way is cancelled first.
    void start(const QStringList &urls, Purge::PurgeMode mode, const QDateTime &purgedAt = {});
    // Stops: URLs without an answer end NotChecked; finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<UrlCheck> &results() const { return m_checks; }
    VerdictCounts counts() const { return countVerdicts(m_checks); }

Q_SIGNALS:
    void checked(int index); // results().at(index) has its verdict
    void progress(int done, int total);
    void finished();

private:
    void pump();
    void launch(int index);
    void onHeaders(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    void conclude(int index);
    void finishIfDone();

    QNetworkAccessManager *m_network;
    QUrl m_edge;
    QNetworkProxy m_proxy {QNetworkProxy::DefaultProxy};
    int m_concurrency = DefaultConcurrency;
    int m_timeoutMs = DefaultTimeoutMs;
    Purge::PurgeMode m_mode = Purge::PurgeMode::Purge;
    QDateTime m_purgedAt;
    QList<UrlCheck> m_checks;
    QHash<QNetworkReply *, int> m_inFlight; // reply -> index in m_checks
    int m_next = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelling = false;
    bool m_pumping = false;
};

} // namespace PurgeDesk::Verify
