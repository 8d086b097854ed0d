// The API client and the runner over a real TLS + HTTP/2 front: the sandbox behind nghttpx
// (Debian's nghttp2-proxy) with a certificate made here by openssl. Skipped, saying why, when
// either program is missing (installers/dev/deps.sh --tests installs them).
#include "cloudflare/apiclient.h"
#include "purge/runner.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Purge;
using PurgeDesk::Cloudflare::ApiClient;
using PurgeDesk::Cloudflare::Credentials;

class TestHttp2 final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QProcess m_front;
    QString m_frontBase;

    QString certificate() const { return m_dir.filePath(u"cert.pem"_s); }

    static QString nghttpx() { return QStandardPaths::findExecutable(u"nghttpx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s}); }

    std::unique_ptr<ApiClient> client(bool http2, bool trust) const
    {
        auto result = std::make_unique<ApiClient>();
        result->setCredentials(Credentials::fromToken(Sandbox::demoToken()));
        result->setApiBase(m_frontBase);
        result->setHttp2Enabled(http2);
        if (trust) {
            QString error;
            result->setCaCertificates(ApiClient::loadCaCertificates(certificate(), &error));
        }
        return result;
    }

    PurgeSpec tags(int count, const QString &zoneName) const
    {
        PurgeSpec result;
        for (const Sandbox::Zone &zone : m_server->config().zones) {
            if (zone.name == zoneName)
                result.zone = {zone.id, zone.name, zone.accountId, zone.plan, true};
        }
        result.action = PurgeAction::Tags;
        for (int i = 0; i < count; ++i)
            result.items.append({u"tag-%1"_s.arg(i), {}, i + 1});
        return result;
    }

    // The most requests the runner had in flight at once, over a fresh client. Each protocol
    // purges a zone of its own plan, so the two runs do not share the sandbox's bucket.
    int mostInFlight(bool http2, const QString &zoneName)
    {
        const std::unique_ptr<ApiClient> api = client(http2, true);
        // One answer first, as the command line's zone lookup gives it: the protocol is then known.
        Cloudflare::VerifyTokenJob *verify = api->verifyToken();
        verify->setAutoDelete(false);
        const std::unique_ptr<Cloudflare::VerifyTokenJob> owned(verify);
        if (!QTest::qWaitFor([&] { return verify->isFinished(); }, 20000) || !verify->succeeded())
            return -1;
        if (api->http2Seen() != http2)
            return -2;
        Runner runner(api.get(), std::make_shared<RateLimiter>(), tags(2000, zoneName));
        int most = 0;
        const auto note = [&] { most = std::max(most, runner.counters().requestsInFlight); };
        connect(&runner, &Runner::batchChanged, this, note);
        connect(&runner, &Runner::progress, this, note);
        runner.start();
        if (!QTest::qWaitFor([&] { return runner.isFinished(); }, 60000))
            return -3;
        if (runner.counters().done != 2000)
            return -4;
        return most;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (nghttpx().isEmpty())
            QSKIP("nghttpx is missing: install Debian's nghttp2-proxy (installers/dev/deps.sh --tests) to run these "
                  "tests");
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
            QSKIP("openssl is missing: it makes the test's certificate");
        QVERIFY(m_dir.isValid());
        QProcess openssl;
        openssl.start(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s, u"-keyout"_s,
                m_dir.filePath(u"key.pem"_s), u"-out"_s, certificate()});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        m_server = std::make_unique<Sandbox::SandboxServer>(Sandbox::demoConfig());
        QVERIFY(m_server->start());
        // Every request takes a while, so that requests sent together overlap.
        m_server->setLatency(300, 0);

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const int port = probe.serverPort();
        probe.close();
        m_front.setProcessChannelMode(QProcess::ForwardedChannels);
        m_front.start(nghttpx(),
            {u"--conf=/dev/null"_s, u"--frontend=127.0.0.1,%1"_s.arg(port),
                u"--backend=127.0.0.1,%1;;proto=http/1.1"_s.arg(m_server->port()), u"--workers=1"_s, u"--no-ocsp"_s,
                u"--log-level=WARN"_s, u"--accesslog-file=/dev/null"_s, m_dir.filePath(u"key.pem"_s), certificate()});
        QVERIFY(m_front.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, quint16(port));
                return socket.waitForConnected(100);
            },
            10000));
        QUrl base(m_server->baseUrl());
        base.setScheme(u"https"_s);
        base.setPort(port);
        m_frontBase = base.toString();
    }

    void cleanupTestCase()
    {
        if (m_front.state() != QProcess::NotRunning) {
            m_front.terminate();
            m_front.waitForFinished(10000);
        }
    }

    // The front's certificate is signed by nobody the system trusts: refused, until its CA is
    // given (--cacert, PURGEDESK_CA_BUNDLE).
    void aPrivateCertificateAuthorityIsTrustedOnlyWhenGiven()
    {
        for (const bool trust : {false, true}) {
            const std::unique_ptr<ApiClient> api = client(true, trust);
            Cloudflare::VerifyTokenJob *job = api->verifyToken();
            job->setAutoDelete(false);
            const std::unique_ptr<Cloudflare::VerifyTokenJob> owned(job);
            QVERIFY(QTest::qWaitFor([&] { return job->isFinished(); }, 20000));
            QCOMPARE(job->succeeded(), trust);
            if (trust)
                QVERIFY(job->usedHttp2());
        }
    }

    void aFileWithoutCertificatesIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.pem"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        QString error;
        QVERIFY(ApiClient::loadCaCertificates(path, &error).isEmpty());
        QVERIFY2(error.contains(u"no PEM certificate"_s), qPrintable(error));
        QVERIFY(ApiClient::loadCaCertificates(dir.filePath(u"missing.pem"_s), &error).isEmpty());
        QVERIFY2(error.contains(u"cannot read"_s), qPrintable(error));
        QCOMPARE(ApiClient::loadCaCertificates(certificate(), &error).size(), 1);
    }

    // 20 tag requests fit the bucket: over HTTP/2 they all go at once; over HTTP/1.1 the
    // runner keeps to 6 (one connection each). Counted, not timed.
    void http2SendsAsManyAsTheLimitsAllow()
    {
        const int http1 = mostInFlight(false, u"example.net"_s); // Pro: a bucket of 25 requests
        QVERIFY2(http1 > 0, qPrintable(QString::number(http1)));
        QVERIFY2(http1 <= 6, qPrintable(QString::number(http1)));
        const int http2 = mostInFlight(true, u"example.org"_s); // Business: a bucket of 50
        QVERIFY2(http2 > 6, qPrintable(QString::number(http2)));
        QVERIFY2(http2 <= 20, qPrintable(QString::number(http2)));
    }
};

QTEST_GUILESS_MAIN(TestHttp2)
#include "tst_http2.moc"
