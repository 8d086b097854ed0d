#pragma once

#include "cloudflare/apierror.h"
#include "cloudflare/envelope.h"
#include "cloudflare/types.h"

#include <QMap>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

namespace PurgeDesk::Cloudflare {

class ApiClient;

// One API call. Owns its QNetworkReply (aborted if the job is destroyed first) and reports
// exactly once through finished(). By default the job deletes itself after finished() has been
// delivered: read its results in the slot, or call setAutoDelete(false) and delete it yourself.
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    explicit ApiJob(ApiClient *client);
    ~ApiJob() override;

    bool succeeded() const { return m_finished && !m_error.isError(); }
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    const Envelope &envelope() const { return m_envelope; }
    int httpStatus() const { return m_error.httpStatus; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    // How often the request went on the wire: Qt sends it again by itself when a kept-alive
    // connection drops before any byte of the answer (resent() is emitted each time).
    int sends() const { return m_sends; }
    // Whether the answer came over HTTP/2 (many requests share one connection).
    bool usedHttp2() const { return m_http2; }

    // Stops the call; finished() follows with Kind::Cancelled (never mistaken for a timeout).
    void cancel();
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished(PurgeDesk::Cloudflare::ApiJob *job);
    void resent(PurgeDesk::Cloudflare::ApiJob *job);

protected:
    // `deadlineMs`: the whole answer must have arrived by then (see ApiClient::deadlineMs()).
    void start(QNetworkReply *reply, int deadlineMs);
    // Reads the typed result out of a successful envelope; false (with a reason) if it is unusable.
    virtual bool interpret(const Envelope &envelope, QString *problem);

private:
    friend class ApiClient;
    void onFinished();
    void complete();

    QPointer<QNetworkReply> m_reply;
    QUrl m_origin;
    QUrl m_refusedRedirect;
    ApiError m_error;
    Envelope m_envelope;
    qint64 m_startedMs = 0;
    qint64 m_elapsedMs = 0;
    int m_sends = 0;
    int m_deadlineMs = 0;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_overran = false;
    bool m_finished = false;
    bool m_autoDelete = true;
    bool m_http2 = false;
};

class VerifyTokenJob final : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    const TokenStatus &status() const { return m_status; }

protected:
    bool interpret(const Envelope &envelope, QString *problem) override;

private:
    TokenStatus m_status;
};

class ZoneJob final : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    const Zone &zone() const { return m_zone; }

protected:
    bool interpret(const Envelope &envelope, QString *problem) override;

private:
    Zone m_zone;
};

// GET /zones, one page. Used by ZoneListJob.
class ZonePageJob final : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    const QList<Zone> &zones() const { return m_zones; }
    int skipped() const { return m_skipped; }

protected:
    bool interpret(const Envelope &envelope, QString *problem) override;

private:
    QList<Zone> m_zones;
    int m_skipped = 0;
};

class PurgeJob final : public ApiJob
{
    Q_OBJECT
public:
    using ApiJob::ApiJob;
    // Cloudflare's purge request id: the request was accepted (not yet evicted everywhere).
    QString purgeId() const { return m_purgeId; }

protected:
    bool interpret(const Envelope &envelope, QString *problem) override;

private:
    QString m_purgeId;
};

// Every zone matching a query: page 1 first, then the remaining pages concurrently. A page that
// fails with a retryable error is tried again (twice at most, never waiting longer than the
// client's maxWaitMs()) before the listing fails. Cloudflare's page count is not trusted blindly:
// no more pages are read than its total_count fills (and at most MaxPages), and a page that adds
// no zone not seen before ends the listing.
class ZoneListJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoneListJob)

public:
    static constexpr int MaxParallelPages = 4;
    static constexpr int MaxPageAttempts = 3;
    static constexpr int MaxPages = 2000; // 100,000 zones at 50 a page

    ~ZoneListJob() override;

    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    QList<Zone> zones() const; // in page order
    int skippedZones() const { return m_skipped; } // answers without an id or a name
    int duplicateZones() const { return m_duplicates; } // zones a page repeated from another one
    int pageRequests() const { return m_pageRequests; }
    // How many zones Cloudflare said there are (total_count), whatever its pages held.
    qint64 reportedTotal() const { return m_reportedTotal; }
    void cancel();
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void progress(int zonesLoaded, int zonesTotal);
    void finished(PurgeDesk::Cloudflare::ZoneListJob *job);

private:
    friend class ApiClient;
    ZoneListJob(ApiClient *client, const ZoneQuery &query);
    void start();
    void requestPage(int page, int attempt);
    void pageFinished(int page, int attempt, ZonePageJob *job);
    void pump();
    void finish(const ApiError &error);

    ApiClient *m_client;
    ZoneQuery m_query;
    QMap<int, QList<Zone>> m_pages;
    QSet<QString> m_ids;
    int m_nextPage = 2; // the next page to ask for
    int m_lastPage = 1; // the last page to read
    QList<QPointer<ZonePageJob>> m_running;
    ApiError m_error;
    int m_totalCount = 0; // what progress() counts towards
    qint64 m_reportedTotal = 0;
    int m_loaded = 0;
    int m_skipped = 0;
    int m_duplicates = 0;
    int m_pageRequests = 0;
    int m_retriesPending = 0; // failed pages waiting for their next attempt
    bool m_finished = false;
    bool m_autoDelete = true;
};

// Cloudflare's API v4 over one QNetworkAccessManager. Every request is built in buildRequest():
// User-Agent, Accept, authentication, transfer timeout, HTTP/2 switch and a redirect policy that
// never lets credentials travel to another origin. The system proxy is used, except for a
// loopback API address (the sandbox).
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr qint64 MaxResponseBytes = qint64(8) * 1024 * 1024;
    // Cloudflare's own lockout after the global rate limit lasts 5 minutes.
    static constexpr qint64 DefaultMaxWaitMs = 5LL * 60 * 1000;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Accepts https://, or http:// on a loopback host (see checkApiBase()).
    bool setApiBase(const QString &url, QString *error = nullptr);
    QUrl apiBase() const { return m_base; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    const Credentials &credentials() const { return m_credentials; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    // The transfer timeout only notices silence; an answer that trickles in (headers or a body
    // that never end, one byte now and then) must still be complete within twice that.
    int deadlineMs() const { return 2 * m_timeoutMs; }
    // HTTP/2 is offered by default (Qt negotiates it over TLS); some proxies break it.
    void setHttp2Enabled(bool enabled) { m_http2 = enabled; }
    bool http2Enabled() const { return m_http2; }
    // Whether the latest answer came over HTTP/2: many requests may then share one connection
    // (HTTP/1.1 gets at most 6 connections per host).
    bool http2Seen() const { return m_http2Seen; }
    // False when PURGEDESK_HTTP2 is 0, off, false or no (a proxy that breaks HTTP/2).
    static bool http2AllowedByEnvironment();
    // Certificate authorities trusted besides the system's (a corporate gateway, a TLS-inspecting
    // proxy, a local TLS endpoint): --cacert, PURGEDESK_CA_BUNDLE.
    void setCaCertificates(QList<QSslCertificate> certificates) { m_caCertificates = std::move(certificates); }
    const QList<QSslCertificate> &caCertificates() const { return m_caCertificates; }
    // Reads a PEM file of one or more certificates; empty (with why in `error`) when it holds none.
    static QList<QSslCertificate> loadCaCertificates(const QString &path, QString *error);
    // The longest a 429's Retry-After is waited for before giving up (zone listings; purge runs
    // have their own Runner::Options::maxWaitMs).
    void setMaxWaitMs(qint64 ms) { m_maxWaitMs = ms; }
    qint64 maxWaitMs() const { return m_maxWaitMs; }
    // The proxy for Cloudflare (default: the system's). A loopback API address never uses one.
    void setProxy(const QNetworkProxy &proxy);
    QNetworkProxy proxy() const { return m_proxy; }

    static QByteArray userAgent();

    // GET /user/tokens/verify, or /accounts/{id}/tokens/verify for an account-owned token.
    VerifyTokenJob *verifyToken(const QString &accountId = {});
    ZoneJob *zone(const QString &zoneId);
    ZonePageJob *zonePage(const ZoneQuery &query, int page);
    ZoneListJob *listZones(const ZoneQuery &query = {});
    PurgeJob *purge(const QString &zoneId, PurgeMode mode, const PurgeRequest &request);

    QNetworkRequest buildRequest(const QString &path, const QUrlQuery &query = {}) const;

private:
    friend class ApiJob;
    template<typename Job>
    Job *get(const QString &path, const QUrlQuery &query = {});

    QNetworkAccessManager *m_network;
    QUrl m_base;
    Credentials m_credentials;
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxWaitMs = DefaultMaxWaitMs;
    bool m_http2 = true;
    bool m_http2Seen = false;
    QList<QSslCertificate> m_caCertificates;
    QNetworkProxy m_proxy {QNetworkProxy::DefaultProxy};
};

} // namespace PurgeDesk::Cloudflare
