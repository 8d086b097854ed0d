#include "edgeverifier.h"

#include "cloudflare/apibase.h"
#include "cloudflare/apiclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcVerify, "purgedesk.verify", QtWarningMsg)

namespace PurgeDesk::Verify {

namespace {
struct VerifyText
{
    Q_DECLARE_TR_FUNCTIONS(PurgeDesk::VerifyText)
};

// A warm-up request may take this many time limits in all (the time limit is for a pause in the data).
constexpr int WarmDeadlineFactor = 3;
// Set on a warm-up reply that was cut off at its deadline.
constexpr char kDeadlineProperty[] = "purgedesk_warmDeadline";

// The URL a request goes to: the URL itself, or the edge with the URL's path and query.
QUrl requestUrl(const QUrl &url, const QUrl &edge)
{
    if (edge.isEmpty())
        return url;
    QUrl target = edge;
    target.setPath(url.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (url.hasQuery())
        target.setQuery(url.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    return target;
}
} // namespace

EdgeCheck checkEdge(const QString &text)
{
    EdgeCheck check;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        check.error = VerifyText::tr("The edge address \"%1\" is not an http:// or https:// address.").arg(text);
        return check;
    }
    if (scheme == u"http"_s && !Cloudflare::isLoopbackHost(url.host())) {
        check.error = VerifyText::tr("The edge address \"%1\" must use https:// (http:// only on this computer, "
                                     "such as the sandbox).")
                          .arg(text);
        return check;
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
        || (!url.path().isEmpty() && url.path() != u"/"_s)) {
        check.error
            = VerifyText::tr("The edge address \"%1\" may not have a path, user name, query or fragment.").arg(text);
        return check;
    }
    QUrl normalised;
    normalised.setScheme(scheme);
    normalised.setHost(url.host().toLower());
    normalised.setPort(url.port());
    check.url = normalised;
    return check;
}

EdgeVerifier::EdgeVerifier(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are reported, never followed; no cache, and nothing answers an authentication request.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setCookieJar(nullptr);
    setProxy(m_proxy);
    m_clock.start();
    m_paceTimer.setSingleShot(true);
    connect(&m_paceTimer, &QTimer::timeout, this, &EdgeVerifier::pump);
}

EdgeVerifier::~EdgeVerifier()
{
    m_cancelling = true;
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

bool EdgeVerifier::setEdge(const QString &url, QString *error)
{
    if (url.trimmed().isEmpty()) {
        m_edge = QUrl();
        setProxy(m_proxy);
        return true;
    }
    const EdgeCheck check = checkEdge(url);
    if (!check.ok()) {
        if (error)
            *error = check.error;
        return false;
    }
    m_edge = check.url;
    setProxy(m_proxy);
    return true;
}

void EdgeVerifier::setProxy(const QNetworkProxy &proxy)
{
    m_proxy = proxy;
    const bool local = !m_edge.isEmpty() && Cloudflare::isLoopbackHost(m_edge.host());
    m_network->setProxy(local ? QNetworkProxy(QNetworkProxy::NoProxy) : m_proxy);
}

void EdgeVerifier::start(const QStringList &urls, Purge::PurgeMode mode, const QDateTime &purgedAt)
{
    if (m_running)
        cancel();
    m_warming = false;
    m_mode = mode;
    m_purgedAt = purgedAt;
    m_checks.clear();
    for (const QString &url : urls) {
        UrlCheck check;
        check.url = url;
        m_checks.append(check);
    }
    begin();
}

void EdgeVerifier::warm(const QStringList &urls)
{
    if (m_running)
        cancel();
    m_warming = true;
    m_warms.clear();
    for (const QString &url : urls) {
        UrlWarm warm;
        warm.url = url;
        m_warms.append(warm);
    }
    // The first request goes at once, then one each 1/rate s.
    m_warmBucket = TokenBucket(1, m_warmRate, m_clock.elapsed());
    begin();
}

void EdgeVerifier::begin()
{
    m_next = 0;
    m_done = 0;
    m_running = true;
    m_cancelling = false;
    Q_EMIT progress(0, count());
    // Requests start from the event loop, so that nothing (finished() for an empty list or a list of
    // bad URLs) is signalled before start() returns.
    QTimer::singleShot(0, this, [this] { pump(); });
}

void EdgeVerifier::cancel()
{
    if (!m_running)
        return;
    m_cancelling = true;
    m_paceTimer.stop();
    for (int i = m_next; i < count(); ++i)
        markCancelled(i);
    m_done += count() - m_next;
    m_next = count();
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    for (QNetworkReply *reply : replies) {
        const int index = m_inFlight.take(reply);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        markCancelled(index);
        ++m_done;
        announce(index);
    }
    Q_EMIT progress(m_done, count());
    finishIfDone();
}

void EdgeVerifier::markCancelled(int index)
{
    if (m_warming)
        m_warms[index].outcome = WarmOutcome::NotWarmed;
    else
        m_checks[index].verdict = Verdict::NotChecked;
}

void EdgeVerifier::pump()
{
    if (m_pumping)
        return; // conclude() of a URL that needed no request, inside this loop
    m_pumping = true;
    while (m_running && !m_cancelling && m_inFlight.size() < m_concurrency && m_next < count()) {
        if (m_warming && !m_warmBucket.tryTake(1, m_clock.elapsed())) {
            // The rate holds the next warm-up request back.
            if (!m_paceTimer.isActive())
                m_paceTimer.start(int(std::max<qint64>(1, m_warmBucket.waitMs(1, m_clock.elapsed()))));
            break;
        }
        launch(m_next++);
    }
    m_pumping = false;
    finishIfDone();
}

void EdgeVerifier::launch(int index)
{
    const QUrl url(m_warming ? m_warms.at(index).url : m_checks.at(index).url, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme().toLower() != u"http"_s && url.scheme().toLower() != u"https"_s)) {
        fail(index, VerifyText::tr("not an absolute http:// or https:// URL"));
        return;
    }
    QNetworkRequest request(requestUrl(url, m_edge));
    if (!m_edge.isEmpty()) {
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (url.port() != -1)
            host += ':' + QByteArray::number(url.port());
        request.setRawHeader("Host", host);
    }
    request.setHeader(QNetworkRequest::UserAgentHeader, Cloudflare::ApiClient::userAgent());
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply *reply = m_network->get(request);
    m_inFlight.insert(reply, index);
    if (m_warming) {
        // The whole body, so that the edge finishes sending (and keeps) its copy; none of it is kept here.
        reply->setReadBufferSize(qint64(64) * 1024);
        connect(reply, &QIODevice::readyRead, this,
            [this, reply, index] { m_warms[index].bytes += reply->skip(reply->bytesAvailable()); });
        // A body that keeps coming is cut off: a warm-up is not a download.
        QTimer::singleShot(WarmDeadlineFactor * m_timeoutMs, reply, [reply] {
            reply->setProperty(kDeadlineProperty, true);
            reply->abort();
        });
    } else {
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onHeaders(reply); });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    qCDebug(lcVerify) << (m_warming ? "GET (warm)" : "GET") << url.toString(QUrl::RemoveUserInfo) << "via"
                      << request.url().toString();
}

void EdgeVerifier::onHeaders(QNetworkReply *reply)
{
    const auto it = m_inFlight.constFind(reply);
    if (it == m_inFlight.constEnd())
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    const int index = it.value();
    UrlCheck &check = m_checks[index];
    check.httpStatus = status.toInt();
    check.cacheStatus = QString::fromLatin1(reply->rawHeader("CF-Cache-Status")).trimmed().toUpper();
    check.ray = QString::fromLatin1(reply->rawHeader("CF-Ray")).trimmed();
    bool ageOk = false;
    const qint64 age = reply->rawHeader("Age").trimmed().toLongLong(&ageOk);
    check.ageSeconds = ageOk && age >= 0 ? age : -1;
    if (check.httpStatus >= 300 && check.httpStatus < 400)
        check.location = QString::fromUtf8(reply->rawHeader("Location")).trimmed();
    if (m_purgedAt.isValid()) {
        const qint64 ms = std::max<qint64>(0, m_purgedAt.msecsTo(QDateTime::currentDateTimeUtc()));
        check.secondsSincePurge = (ms + 999) / 1000;
    }
    check.verdict
        = classify(m_mode, check.cacheStatus, check.ageSeconds, !check.ray.isEmpty(), check.secondsSincePurge);

    // The headers are all a verdict needs: the body is never read.
    m_inFlight.remove(reply);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    conclude(index);
}

void EdgeVerifier::onFinished(QNetworkReply *reply)
{
    const auto it = m_inFlight.constFind(reply);
    if (it == m_inFlight.constEnd())
        return;
    const int index = it.value();
    m_inFlight.remove(reply);
    reply->deleteLater();
    if (m_warming) {
        onWarmFinished(reply, index);
        return;
    }
    if (reply->error() == QNetworkReply::NoError
        && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
        // Headers and body in one go, before metaDataChanged() was seen.
        m_inFlight.insert(reply, index);
        onHeaders(reply);
        return;
    }
    // A transfer timeout reports OperationCanceledError too; a user's cancel() never gets here.
    fail(index,
        reply->error() == QNetworkReply::OperationCanceledError
            ? VerifyText::tr("no answer within %n second(s)", nullptr, int(std::ceil(m_timeoutMs / 1000.0)))
            : reply->errorString());
}

void EdgeVerifier::onWarmFinished(QNetworkReply *reply, int index)
{
    UrlWarm &warm = m_warms[index];
    warm.bytes += reply->skip(reply->bytesAvailable());
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        warm.httpStatus = status.toInt();
        warm.cacheStatus = QString::fromLatin1(reply->rawHeader("CF-Cache-Status")).trimmed().toUpper();
        warm.hasRay = !reply->rawHeader("CF-Ray").trimmed().isEmpty();
    }
    // An error status is an answer (warmProblem() says so); any other error cut the transfer short.
    if (reply->property(kDeadlineProperty).toBool()) {
        fail(index,
            VerifyText::tr("the whole answer did not arrive within %n second(s)", nullptr,
                int(std::ceil(WarmDeadlineFactor * m_timeoutMs / 1000.0))));
        return;
    }
    if (reply->error() != QNetworkReply::NoError && warm.httpStatus < 400) {
        fail(index,
            reply->error() == QNetworkReply::OperationCanceledError
                ? VerifyText::tr("no answer within %n second(s)", nullptr, int(std::ceil(m_timeoutMs / 1000.0)))
                : reply->errorString());
        return;
    }
    warm.error = warmProblem(warm.httpStatus, warm.cacheStatus, warm.hasRay);
    warm.outcome = warm.error.isEmpty() ? WarmOutcome::Warmed : WarmOutcome::Failed;
    conclude(index);
}

void EdgeVerifier::fail(int index, const QString &error)
{
    if (m_warming) {
        m_warms[index].outcome = WarmOutcome::Failed;
        m_warms[index].error = error;
    } else {
        m_checks[index].verdict = Verdict::Unreachable;
        m_checks[index].error = error;
    }
    conclude(index);
}

void EdgeVerifier::conclude(int index)
{
    ++m_done;
    announce(index);
    Q_EMIT progress(m_done, count());
    pump();
    finishIfDone();
}

void EdgeVerifier::finishIfDone()
{
    if (!m_running || !m_inFlight.isEmpty() || m_done < count())
        return;
    m_running = false;
    m_paceTimer.stop();
    if (m_warming)
        Q_EMIT warmFinished();
    else
        Q_EMIT finished();
}

void EdgeVerifier::announce(int index)
{
    if (m_warming)
        Q_EMIT warmed(index);
    else
        Q_EMIT checked(index);
}

} // namespace PurgeDesk::Verify
