#include "apiclient.h"

#include "appinfo.h"
#include "cloudflare/apibase.h"
#include "logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Cloudflare {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &url) { return url.port(url.scheme() == u"https"_s ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

// Failures below HTTP: no complete answer arrived.
bool transportError(QNetworkReply::NetworkError error, ApiError::Kind *kind)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        *kind = ApiError::Kind::ConnectionRefused;
        return true;
    case QNetworkReply::RemoteHostClosedError:
        *kind = ApiError::Kind::ConnectionClosed;
        return true;
    case QNetworkReply::HostNotFoundError:
        *kind = ApiError::Kind::HostNotFound;
        return true;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // also what a transfer timeout reports
        *kind = ApiError::Kind::Timeout;
        return true;
    case QNetworkReply::SslHandshakeFailedError:
        *kind = ApiError::Kind::Tls;
        return true;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        *kind = ApiError::Kind::Redirect;
        return true;
    case QNetworkReply::ProtocolFailure:
        *kind = ApiError::Kind::BadResponse;
        return true;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        *kind = ApiError::Kind::Network;
        return true;
    default:
        return false;
    }
}

} // namespace

// --- ApiJob ---------------------------------------------------------------------------------

ApiJob::ApiJob(ApiClient *client)
    : QObject(client)
{ }

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start(QNetworkReply *reply, int deadlineMs)
{
    m_reply = reply;
    m_deadlineMs = deadlineMs;
    QTimer::singleShot(deadlineMs, this, [this] {
        if (m_finished || !m_reply)
            return;
        m_overran = true;
        m_reply->abort();
    });
    m_origin = reply->request().url();
    m_startedMs = monotonicMs();
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        if (++m_sends > 1)
            Q_EMIT resent(this);
    });
    connect(reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        if (sameOrigin(m_origin, target)) {
            Q_EMIT m_reply->redirectAllowed();
            return;
        }
        m_refusedRedirect = target;
        qCWarning(lcCloudflare).noquote() << "refused a redirect to another origin:" << target.toDisplayString();
        m_reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > ApiClient::MaxResponseBytes && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
}

void ApiJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

bool ApiJob::interpret(const Envelope &, QString *)
{
    return true;
}

void ApiJob::onFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_elapsedMs = monotonicMs() - m_startedMs;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    if (auto *client = qobject_cast<ApiClient *>(parent()); client && status > 0)
        client->m_http2Seen = m_http2;
    m_error = {};
    m_error.httpStatus = status;

    ApiError::Kind transport = ApiError::Kind::None;
    if (m_cancelled) {
        m_error.kind = ApiError::Kind::Cancelled;
    } else if (m_overran) {
        m_error.kind = ApiError::Kind::Timeout;
        m_error.detail = u"the answer was still not complete after %1 s"_s.arg(m_deadlineMs / 1000.0);
    } else if (m_tooLarge) {
        m_error.kind = ApiError::Kind::BadResponse;
        m_error.detail = u"the answer is larger than %1 MiB"_s.arg(ApiClient::MaxResponseBytes / (qint64(1024) * 1024));
    } else if (m_refusedRedirect.isValid()) {
        m_error.kind = ApiError::Kind::Redirect;
        m_error.detail = m_refusedRedirect.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    } else if (transportError(reply->error(), &transport) || status == 0) {
        m_error.kind = transport == ApiError::Kind::None ? ApiError::Kind::Network : transport;
        m_error.detail = reply->errorString();
    } else {
        const QByteArray body = reply->read(ApiClient::MaxResponseBytes + 1);
        const int retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        m_error = classifyResponse(status, body, retryAfter, &m_envelope);
        QString problem;
        if (!m_error.isError() && !interpret(m_envelope, &problem)) {
            m_error.kind = ApiError::Kind::BadResponse;
            m_error.detail = problem;
        }
    }
    qCDebug(lcCloudflare).noquote() << reply->operation() << reply->request().url().path() << "->"
                                    << (m_error.isError() ? m_error.technical() : u"ok"_s) << "in" << m_elapsedMs
                                    << "ms";
    reply->deleteLater();
    m_reply = nullptr;
    complete();
}

void ApiJob::complete()
{
    m_finished = true;
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

bool VerifyTokenJob::interpret(const Envelope &envelope, QString *problem)
{
    const auto status = tokenStatusFromJson(envelope.result.toObject());
    if (!status) {
        *problem = u"the token check returned no status"_s;
        return false;
    }
    m_status = *status;
    return true;
}

bool ZoneJob::interpret(const Envelope &envelope, QString *problem)
{
    const auto zone = zoneFromJson(envelope.result.toObject());
    if (!zone) {
        *problem = u"the zone has no id or name"_s;
        return false;
    }
    m_zone = *zone;
    return true;
}

bool ZonePageJob::interpret(const Envelope &envelope, QString *problem)
{
    if (!envelope.result.isArray()) {
        *problem = u"the zone list is not a list"_s;
        return false;
    }
    for (const auto &value : envelope.result.toArray()) {
        if (const auto zone = zoneFromJson(value.toObject()))
            m_zones.append(*zone);
        else
            ++m_skipped;
    }
    return true;
}

bool PurgeJob::interpret(const Envelope &envelope, QString *problem)
{
    m_purgeId = envelope.result.toObject().value(u"id"_s).toString();
    if (m_purgeId.isEmpty()) {
        *problem = u"the purge was answered without a purge id"_s;
        return false;
    }
    return true;
}

// --- ZoneListJob ----------------------------------------------------------------------------

ZoneListJob::ZoneListJob(ApiClient *client, const ZoneQuery &query)
    : QObject(client)
    , m_client(client)
    , m_query(query)
{ }

ZoneListJob::~ZoneListJob()
{
    for (const QPointer<ZonePageJob> &job : std::as_const(m_running)) {
        if (job)
            delete job.data();
    }
}

QList<Zone> ZoneListJob::zones() const
{
    QList<Zone> all;
    all.reserve(m_loaded);
    for (const QList<Zone> &page : m_pages)
        all += page;
    return all;
}

void ZoneListJob::start()
{
    requestPage(1, 1);
}

void ZoneListJob::requestPage(int page, int attempt)
{
    ZonePageJob *job = m_client->zonePage(m_query, page);
    ++m_pageRequests;
    m_running.append(job);
    connect(job, &ApiJob::finished, this, [this, page, attempt, job](ApiJob *) { pageFinished(page, attempt, job); });
}

void ZoneListJob::pageFinished(int page, int attempt, ZonePageJob *job)
{
    m_running.removeAll(job);
    if (m_finished)
        return;
    if (page > m_lastPage) { // beyond a page that added nothing: the listing ended before it
        pump();
        return;
    }
    if (!job->succeeded()) {
        const ApiError &error = job->error();
        const qint64 delayMs = error.retryAfterSeconds >= 0 ? qint64(error.retryAfterSeconds) * 1000 : 500LL * attempt;
        if (error.isRetryable() && attempt < MaxPageAttempts && delayMs <= m_client->maxWaitMs()) {
            ++m_retriesPending;
            QTimer::singleShot(std::chrono::milliseconds(delayMs), this, [this, page, attempt] {
                --m_retriesPending;
                if (!m_finished && page <= m_lastPage)
                    requestPage(page, attempt + 1);
                else
                    pump();
            });
            return;
        }
        finish(error);
        return;
    }

    QList<Zone> fresh;
    for (const Zone &zone : job->zones()) {
        if (m_ids.contains(zone.id)) {
            ++m_duplicates;
            continue;
        }
        m_ids.insert(zone.id);
        fresh.append(zone);
    }
    m_skipped += job->skipped();
    if (page == 1) {
        const Envelope &envelope = job->envelope();
        int pages = 1;
        if (envelope.hasResultInfo) {
            m_reportedTotal = std::max(0, envelope.totalCount);
            // total_pages alone has been seen at 2,000,000,000: read no more pages than the zones
            // Cloudflare counts can fill, and never more than MaxPages.
            const int perPage = std::max(1, envelope.perPage > 0 ? envelope.perPage : int(job->zones().size()));
            const qint64 filled = (m_reportedTotal + perPage - 1) / perPage;
            pages = int(std::clamp<qint64>(std::min<qint64>(envelope.totalPages, filled), 1, MaxPages));
        } else {
            m_reportedTotal = job->zones().size();
        }
        m_lastPage = pages;
        m_totalCount
            = int(std::min<qint64>(m_reportedTotal, qint64(pages) * std::max<qsizetype>(1, job->zones().size())));
    } else if (fresh.isEmpty()) {
        // A page that adds nothing (empty, or repeating what came before): there is nothing further.
        m_lastPage = std::min(m_lastPage, page - 1);
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > m_lastPage) {
                m_loaded -= int(it.value().size());
                it = m_pages.erase(it);
            } else {
                ++it;
            }
        }
    }
    if (page <= m_lastPage) {
        m_pages.insert(page, fresh);
        m_loaded += int(fresh.size());
    }
    Q_EMIT progress(m_loaded, std::max(m_totalCount, m_loaded));
    pump();
}

void ZoneListJob::pump()
{
    while (m_nextPage <= m_lastPage && m_running.size() < MaxParallelPages)
        requestPage(m_nextPage++, 1);
    // Done only when no page is waiting, running or about to be tried again.
    if (m_nextPage > m_lastPage && m_running.isEmpty() && m_retriesPending == 0 && !m_finished)
        finish({});
}

void ZoneListJob::cancel()
{
    if (m_finished)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    finish(error);
}

void ZoneListJob::finish(const ApiError &error)
{
    m_finished = true;
    m_error = error;
    m_nextPage = m_lastPage + 1;
    for (const QPointer<ZonePageJob> &job : std::as_const(m_running)) {
        if (job)
            job->cancel();
    }
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

// --- ApiClient ------------------------------------------------------------------------------

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Redirects are checked job by job (ApiJob::start): same origin only.
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_base = QUrl(defaultApiBase());
}

ApiClient::~ApiClient() = default;

bool ApiClient::setApiBase(const QString &url, QString *error)
{
    const ApiBaseCheck check = checkApiBase(url);
    if (!check.ok()) {
        if (error)
            *error = check.error;
        return false;
    }
    m_base = check.url;
    setProxy(m_proxy);
    return true;
}

void ApiClient::setProxy(const QNetworkProxy &proxy)
{
    m_proxy = proxy;
    // A local sandbox must not go through a proxy; everything else follows the setting.
    m_network->setProxy(isLoopbackHost(m_base.host()) ? QNetworkProxy(QNetworkProxy::NoProxy) : m_proxy);
}

QByteArray ApiClient::userAgent()
{
    return "PurgeDesk/" + version().toLatin1();
}

bool ApiClient::http2AllowedByEnvironment()
{
    const QString value = qEnvironmentVariable("PURGEDESK_HTTP2").trimmed().toLower();
    return !(value == u"0"_s || value == u"off"_s || value == u"false"_s || value == u"no"_s);
}

QList<QSslCertificate> ApiClient::loadCaCertificates(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the certificate file %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        *error = tr("%1 holds no PEM certificate").arg(path);
    return certificates;
}

QNetworkRequest ApiClient::buildRequest(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_http2);
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    switch (m_credentials.kind) {
    case Credentials::Kind::Token:
        request.setRawHeader("Authorization", "Bearer " + m_credentials.token.toUtf8());
        break;
    case Credentials::Kind::GlobalKey:
        request.setRawHeader("X-Auth-Email", m_credentials.email.toUtf8());
        request.setRawHeader("X-Auth-Key", m_credentials.key.toUtf8());
        break;
    case Credentials::Kind::None:
        break;
    }
    return request;
}

template<typename Job>
Job *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    auto *job = new Job(this);
    job->start(m_network->get(buildRequest(path, query)), deadlineMs());
    return job;
}

VerifyTokenJob *ApiClient::verifyToken(const QString &accountId)
{
    return get<VerifyTokenJob>(
        accountId.isEmpty() ? u"/user/tokens/verify"_s : u"/accounts/%1/tokens/verify"_s.arg(accountId));
}

ZoneJob *ApiClient::zone(const QString &zoneId)
{
    return get<ZoneJob>(u"/zones/"_s + zoneId);
}

ZonePageJob *ApiClient::zonePage(const ZoneQuery &query, int page)
{
    QUrlQuery params;
    params.addQueryItem(u"page"_s, QString::number(page));
    params.addQueryItem(u"per_page"_s, QString::number(std::clamp(query.perPage, 5, 50)));
    if (!query.name.isEmpty())
        params.addQueryItem(u"name"_s, QString::fromLatin1(QUrl::toPercentEncoding(query.name, ":")));
    if (!query.status.isEmpty())
        params.addQueryItem(u"status"_s, query.status);
    if (!query.accountId.isEmpty())
        params.addQueryItem(u"account.id"_s, query.accountId);
    return get<ZonePageJob>(u"/zones"_s, params);
}

ZoneListJob *ApiClient::listZones(const ZoneQuery &query)
{
    auto *job = new ZoneListJob(this, query);
    // Started on the next turn of the event loop, so the caller can connect first.
    QTimer::singleShot(0, job, &ZoneListJob::start);
    return job;
}

PurgeJob *ApiClient::purge(const QString &zoneId, PurgeMode mode, const PurgeRequest &request)
{
    QNetworkRequest networkRequest = buildRequest(purgePath(zoneId, mode));
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    auto *job = new PurgeJob(this);
    job->start(m_network->post(networkRequest, purgeBody(request)), deadlineMs());
    return job;
}

} // namespace PurgeDesk::Cloudflare
