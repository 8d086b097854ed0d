#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using Sandbox::EdgeBehaviour;

namespace {
const QString kSecret = u"verify-secret-token-5c2e81"_s;

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

// purgedesk-cli verify and purge --verify as a script runs them, against the sandbox and its edge.
class TestCliVerify final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cache;

    bool startSandbox(const QList<Sandbox::EdgeUrl> &edgeUrls = {})
    {
        Sandbox::Config config = Sandbox::demoConfig();
        Sandbox::Token secret;
        secret.value = kSecret;
        secret.id = Sandbox::hexId(kSecret);
        config.tokens.append(secret);
        config.edgeUrls = edgeUrls;
        m_server = std::make_unique<Sandbox::SandboxServer>(config);
        m_cache = std::make_unique<QTemporaryDir>();
        return m_server->start();
    }

    QString edge() const { return u"http://127.0.0.1:%1"_s.arg(m_server->port()); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"CLOUDFLARE_EMAIL"_s, u"CLOUDFLARE_API_KEY"_s, u"PLUGIN_ACTION"_s,
                 u"PURGEDESK_PROFILE"_s, u"PURGEDESK_EDGE"_s, u"https_proxy"_s, u"HTTPS_PROXY"_s, u"http_proxy"_s,
                 u"all_proxy"_s, u"ALL_PROXY"_s, u"no_proxy"_s, u"NO_PROXY"_s})
            env.remove(name);
        env.insert(u"CLOUDFLARE_API_TOKEN"_s, kSecret);
        env.insert(u"PURGEDESK_API_BASE"_s, m_server->baseUrl());
        env.insert(u"XDG_CACHE_HOME"_s, m_cache->path());
        return env;
    }

    // Runs the CLI while this process serves the sandbox; the secret never appears in its output.
    CliResult run(const QStringList &arguments, const QByteArray &input = {},
        const std::function<void(QProcess &)> &whileRunning = {}, QProcessEnvironment env = {})
    {
        QProcess process;
        process.setProcessEnvironment(env.isEmpty() ? environment() : env);
        process.start(QStringLiteral(PURGEDESK_CLI_PATH), arguments);
        if (!process.waitForStarted(10000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (whileRunning)
            whileRunning(process);
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        CliResult result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        if (result.out.contains(kSecret) || result.err.contains(kSecret))
            result.exitCode = -2;
        return result;
    }

    static Sandbox::EdgeUrl edgeUrl(const QString &url, EdgeBehaviour behaviour)
    {
        Sandbox::EdgeUrl result;
        result.url = url;
        result.behaviour = behaviour;
        return result;
    }

    static QJsonObject json(const CliResult &result) { return QJsonDocument::fromJson(result.out.toUtf8()).object(); }

private Q_SLOTS:
    void initTestCase() { Test::prepare(); }

    // purge --verify: the purged URLs come back fresh, exit 0; verify alone says the same.
    void purgeAndVerify()
    {
        QVERIFY(startSandbox());
        const CliResult purged = run({u"purge"_s, u"--files"_s, u"https://example.com/app.js"_s,
            u"https://example.net/app.css"_s, u"--verify"_s, u"--edge"_s, edge()});
        QVERIFY2(purged.exitCode == 0, qPrintable(purged.err));
        QVERIFY2(purged.out.contains(u"Purged 2 of 2 URLs"_s), qPrintable(purged.out));
        QVERIFY2(purged.out.contains(u"fresh  https://example.com/app.js (MISS)"_s), qPrintable(purged.out));
        QVERIFY2(purged.out.contains(u"Verified 2 URLs: 2 fresh."_s), qPrintable(purged.out));
        QCOMPARE(m_server->counters().edgeRequests, 2);

        // Without --purged-at a HIT counts as still cached, even one cached since (Age 0).
        const CliResult again = run({u"verify"_s, u"https://example.com/app.js"_s, u"--edge"_s, edge()});
        QCOMPARE(again.exitCode, 5);
        QVERIFY2(
            again.out.contains(u"still cached  https://example.com/app.js (HIT, Age 0 s)"_s), qPrintable(again.out));
        // With it, that HIT was cached after the purge: fresh.
        const QString since = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
        const CliResult fresh
            = run({u"verify"_s, u"https://example.com/app.js"_s, u"--edge"_s, edge(), u"--purged-at"_s, since});
        QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.out + fresh.err));
    }

    // A URL that stays cached (another cache-key variant) makes a purge that went well exit 5,
    // with the verdict and the advice; --json says the same per URL.
    void stillCachedExitsFive()
    {
        QVERIFY(startSandbox({edgeUrl(u"https://example.com/mobile.html"_s, EdgeBehaviour::Variant)}));
        const QStringList arguments = {u"purge"_s, u"--files"_s, u"https://example.com/index.html"_s,
            u"https://example.com/mobile.html"_s, u"--verify"_s, u"--edge"_s, edge()};
        const CliResult text = run(arguments);
        QCOMPARE(text.exitCode, 5);
        QVERIFY2(
            text.out.contains(u"still cached  https://example.com/mobile.html (HIT, Age "_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"cache-key variant"_s));
        QVERIFY(text.out.contains(u"Verified 2 URLs: 1 fresh, 1 still cached."_s));

        const CliResult result = run(arguments + QStringList {u"--json"_s});
        QCOMPARE(result.exitCode, 5);
        const QJsonObject summary = json(result);
        QCOMPARE(summary.value(u"outcome"_s).toString(), u"done"_s);
        const QJsonObject verify = summary.value(u"verify"_s).toObject();
        QCOMPARE(verify.value(u"all_fresh"_s), QJsonValue(false));
        QCOMPARE(verify.value(u"summary"_s).toString(), u"1 fresh, 1 still cached"_s);
        const QJsonArray urls = verify.value(u"urls"_s).toArray();
        QCOMPARE(urls.size(), 2);
        QCOMPARE(urls.at(0).toObject().value(u"verdict"_s).toString(), u"fresh"_s);
        QCOMPARE(urls.at(1).toObject().value(u"verdict"_s).toString(), u"still_cached"_s);
        QCOMPARE(urls.at(1).toObject().value(u"cache_status"_s).toString(), u"HIT"_s);
        QVERIFY(urls.at(1).toObject().value(u"advice"_s).toString().contains(u"device type"_s));
    }

    // purge --verify keeps each URL's verdict with the run it verified (a run per zone, each with
    // its own URLs): history lists the summary, --json has it per run and, with --details, per item.
    // verify on its own has no run: nothing is recorded.
    void verdictsAreKeptInTheHistory()
    {
        QVERIFY(startSandbox({edgeUrl(u"https://example.com/mobile.html"_s, EdgeBehaviour::Variant)}));
        const CliResult purged
            = run({u"purge"_s, u"--files"_s, u"https://example.com/index.html"_s, u"https://example.com/mobile.html"_s,
                u"https://example.net/app.css"_s, u"--verify"_s, u"--warm"_s, u"--edge"_s, edge()});
        QCOMPARE(purged.exitCode, 5);
        QVERIFY2(!purged.err.contains(u"not recorded"_s), qPrintable(purged.err));

        const CliResult listed = run({u"history"_s, u"--json"_s, u"--details"_s, u"--limit"_s, u"2"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QHash<QString, QJsonObject> byZone;
        for (const QJsonValue &value : json(listed).value(u"runs"_s).toArray())
            byZone.insert(value.toObject().value(u"zone"_s).toObject().value(u"name"_s).toString(), value.toObject());
        QCOMPARE(byZone.size(), 2);
        const QJsonObject com = byZone.value(u"example.com"_s);
        const QJsonObject verification = com.value(u"verification"_s).toObject();
        QCOMPARE(verification.value(u"summary"_s).toString(), u"1 fresh, 1 still cached"_s);
        QCOMPARE(verification.value(u"all_fresh"_s), QJsonValue(false));
        QCOMPARE(verification.value(u"warm"_s).toObject().value(u"summary"_s).toString(), u"1 warmed"_s);
        const QDateTime checkedAt
            = QDateTime::fromString(verification.value(u"checked_at"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(checkedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        const QJsonArray items = com.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(u"value"_s).toString(), u"https://example.com/index.html"_s);
        QCOMPARE(items.at(0).toObject().value(u"verdict"_s).toString(), u"fresh"_s);
        QCOMPARE(items.at(0).toObject().value(u"warm"_s).toString(), u"warmed"_s);
        QCOMPARE(items.at(0).toObject().value(u"checked_at"_s), verification.value(u"checked_at"_s));
        QCOMPARE(items.at(1).toObject().value(u"verdict"_s).toString(), u"still_cached"_s);
        QCOMPARE(items.at(1).toObject().value(u"cache_status"_s).toString(), u"HIT"_s);
        QCOMPARE(com.value(u"batches"_s).toArray().size(), 1);
        const QJsonObject net = byZone.value(u"example.net"_s);
        QCOMPARE(net.value(u"verification"_s).toObject().value(u"summary"_s).toString(), u"1 fresh"_s);
        QCOMPARE(net.value(u"items"_s).toArray().size(), 1);

        const CliResult text = run({u"history"_s, u"--limit"_s, u"2"_s});
        QVERIFY2(text.out.contains(u"    verified "_s + checkedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)
                     + u": 1 fresh, 1 still cached; 1 warmed\n"_s),
            qPrintable(text.out));
        const CliResult csv = run({u"history"_s, u"--csv"_s, u"--limit"_s, u"2"_s});
        QVERIFY2(csv.out.section(u"\r\n"_s, 0, 0).endsWith(u",warmed,failed_to_warm"_s), qPrintable(csv.out));
        QCOMPARE(run({u"history"_s, u"--details"_s}).exitCode, 2); // only with --json

        // verify alone: no run, nothing recorded, the purge's verdicts untouched.
        const int runs
            = int(json(run({u"history"_s, u"--json"_s, u"--limit"_s, u"1000"_s})).value(u"runs"_s).toArray().size());
        QCOMPARE(run({u"verify"_s, u"https://example.com/index.html"_s, u"--edge"_s, edge()}).exitCode, 5);
        const QJsonArray after
            = json(run({u"history"_s, u"--json"_s, u"--limit"_s, u"1000"_s})).value(u"runs"_s).toArray();
        QCOMPARE(after.size(), runs);
        for (const QJsonValue &value : after) {
            if (value.toObject().value(u"id"_s) == com.value(u"id"_s))
                QCOMPARE(value.toObject().value(u"verification"_s).toObject(), verification);
        }
    }

    // purge --verify --warm: the fresh URL is fetched once more (the still-cached one is not), a line
    // says so, and the next fetch finds it cached since the purge; --json has the warm-up per URL.
    void purgeVerifyAndWarm()
    {
        QVERIFY(startSandbox({edgeUrl(u"https://example.com/mobile.html"_s, EdgeBehaviour::Variant)}));
        const QString since = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
        const CliResult text = run({u"purge"_s, u"--files"_s, u"https://example.com/index.html"_s,
            u"https://example.com/mobile.html"_s, u"--verify"_s, u"--warm"_s, u"--edge"_s, edge()});
        QCOMPARE(text.exitCode, 5); // the still-cached one; the warm-up does not change it
        QVERIFY2(text.out.contains(u"Verified 2 URLs: 1 fresh, 1 still cached.\nWarmed 1 fresh URL.\n"_s),
            qPrintable(text.out));
        QList<QByteArray> targets;
        for (const Sandbox::EdgeRequest &request : m_server->edgeRequests()) {
            targets << request.target;
            QVERIFY(!request.headers.contains("authorization"));
            QVERIFY(!request.headers.contains("x-auth-key"));
            QVERIFY(!request.headers.contains("cookie"));
        }
        QCOMPARE(targets.count("/index.html"), 2);
        QCOMPARE(targets.count("/mobile.html"), 1);

        // verify --warm --json: per URL, the warm-up of the fresh one and null for the others.
        const CliResult result
            = run({u"verify"_s, u"https://example.com/index.html"_s, u"https://example.com/mobile.html"_s,
                u"--purged-at"_s, since, u"--warm"_s, u"--edge"_s, edge(), u"--json"_s});
        QCOMPARE(result.exitCode, 5);
        const QJsonObject verification = json(result);
        const QJsonArray urls = verification.value(u"urls"_s).toArray();
        QCOMPARE(urls.size(), 2);
        // Cached again by the warm-up since the purge: fresh, a young HIT.
        const QJsonObject index = urls.at(0).toObject();
        QCOMPARE(index.value(u"verdict"_s).toString(), u"fresh"_s);
        QCOMPARE(index.value(u"cache_status"_s).toString(), u"HIT"_s);
        QVERIFY(index.value(u"age"_s).toInt(-1) >= 0 && index.value(u"age"_s).toInt() <= 60);
        const QJsonObject warmed = index.value(u"warm"_s).toObject();
        QCOMPARE(warmed.value(u"outcome"_s).toString(), u"warmed"_s);
        QCOMPARE(warmed.value(u"http_status"_s).toInt(), 200);
        QCOMPARE(warmed.value(u"cache_status"_s).toString(), u"HIT"_s);
        QVERIFY(warmed.value(u"error"_s).isNull());
        QVERIFY(urls.at(1).toObject().value(u"warm"_s).isNull());
        const QJsonObject warm = verification.value(u"warm"_s).toObject();
        QCOMPARE(warm.value(u"summary"_s).toString(), u"1 warmed"_s);
        QCOMPARE(warm.value(u"counts"_s).toObject().value(u"warmed"_s).toInt(), 1);
        QCOMPARE(warm.value(u"counts"_s).toObject().value(u"failed"_s).toInt(), 0);

        // Without --warm, "warm" is null throughout; nothing is fetched twice.
        const int before = m_server->counters().edgeRequests;
        const CliResult plain
            = run({u"verify"_s, u"https://example.com/index.html"_s, u"--edge"_s, edge(), u"--json"_s});
        QVERIFY(json(plain).value(u"warm"_s).isNull());
        QVERIFY(json(plain).value(u"urls"_s).toArray().first().toObject().value(u"warm"_s).isNull());
        QCOMPARE(m_server->counters().edgeRequests, before + 1);
    }

    // Warm-ups that fail say which URL and why; a URL that is not fresh is not warmed at all.
    void warmFailuresAndNothingToWarm()
    {
        QVERIFY(startSandbox({edgeUrl(u"https://example.com/api"_s, EdgeBehaviour::Dynamic)}));
        const CliResult nothing = run({u"verify"_s, u"https://example.com/api"_s, u"--warm"_s, u"--edge"_s, edge()});
        QCOMPARE(nothing.exitCode, 0); // not cached: nothing was there to purge
        QVERIFY2(nothing.out.contains(u"Nothing to warm: no URL came back fresh.\n"_s), qPrintable(nothing.out));
        QCOMPARE(m_server->counters().edgeRequests, 1);

        // Fresh at the verification, gone from Cloudflare by the warm-up: once the verification's
        // request is in (its answer decided, and held back 300 ms), the edge answers without CF-Ray.
        QVERIFY(run({u"purge"_s, u"--files"_s, u"https://example.com/gone"_s}).exitCode == 0);
        m_server->setLatency(300, 0);
        const CliResult failed = run(
            {u"verify"_s, u"https://example.com/gone"_s, u"--purged-at"_s,
                QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate), u"--warm"_s, u"--edge"_s, edge()},
            {}, [this](QProcess &) {
                QTRY_COMPARE_WITH_TIMEOUT(m_server->counters().edgeRequests, 2, 20000);
                m_server->setEdgeUrls({edgeUrl(u"https://example.com/gone"_s, EdgeBehaviour::NoRay)});
            });
        QCOMPARE(failed.exitCode, 0); // fresh; a failed warm-up does not change the exit code
        QVERIFY2(failed.out.contains(u"fresh  https://example.com/gone (MISS)\n"_s), qPrintable(failed.out));
        QVERIFY2(failed.out.contains(u"Warm-up of 1 fresh URL: 1 failed to warm.\n    failed to warm: "
                                     u"https://example.com/gone: the answer did not come through Cloudflare (no "
                                     u"CF-Ray header)\n"_s),
            qPrintable(failed.out));
        QCOMPARE(m_server->counters().edgeRequests, 3);
    }

    // verify from standard input, PURGEDESK_EDGE, invalidate, and verdicts other than fresh.
    void verifyCommand()
    {
        QVERIFY(startSandbox({edgeUrl(u"https://example.com/api"_s, EdgeBehaviour::Dynamic),
            edgeUrl(u"https://example.com/down"_s, EdgeBehaviour::Reset)}));
        QVERIFY(run({u"purge"_s, u"--files"_s, u"--invalidate"_s, u"https://example.com/page"_s}).exitCode == 0);
        QProcessEnvironment env = environment();
        env.insert(u"PURGEDESK_EDGE"_s, edge());
        const CliResult result = run({u"verify"_s, u"--from-file"_s, u"-"_s, u"--mode"_s, u"invalidate"_s, u"--json"_s},
            "# checked after the deploy\nhttps://example.com/page\n\nhttps://example.com/api\nhttps://origin.test/x\n"
            "https://example.com/down\n",
            {}, env);
        QCOMPARE(result.exitCode, 5); // the unreachable one
        const QJsonObject verification = json(result);
        QCOMPARE(verification.value(u"mode"_s).toString(), u"invalidate"_s);
        QCOMPARE(verification.value(u"edge"_s).toString(), edge());
        const QJsonArray urls = verification.value(u"urls"_s).toArray();
        QCOMPARE(urls.size(), 4);
        QCOMPARE(urls.at(0).toObject().value(u"cache_status"_s).toString(), u"REVALIDATED"_s);
        QCOMPARE(urls.at(0).toObject().value(u"verdict"_s).toString(), u"fresh"_s);
        QCOMPARE(urls.at(1).toObject().value(u"verdict"_s).toString(), u"not_cached"_s);
        QCOMPARE(urls.at(2).toObject().value(u"verdict"_s).toString(), u"not_cloudflare"_s);
        QCOMPARE(urls.at(3).toObject().value(u"verdict"_s).toString(), u"unreachable"_s);
        QVERIFY(!urls.at(3).toObject().value(u"error"_s).toString().isEmpty());

        // No request to the edge carried the token, the global key or a cookie.
        QVERIFY(m_server->counters().edgeRequests >= 4);
        for (const Sandbox::EdgeRequest &request : m_server->edgeRequests()) {
            QVERIFY(!request.headers.contains("authorization"));
            QVERIFY(!request.headers.contains("x-auth-key"));
            QVERIFY(!request.headers.contains("cookie"));
        }

        // Not-cached and not-Cloudflare URLs had nothing to purge: exit 0 without the unreachable one.
        const CliResult nothingToPurge
            = run({u"verify"_s, u"https://example.com/api"_s, u"https://origin.test/x"_s}, {}, {}, env);
        QVERIFY2(nothingToPurge.exitCode == 0, qPrintable(nothingToPurge.out));
        QVERIFY(nothingToPurge.out.contains(u"Verified 2 URLs: 1 not cached, 1 not served by Cloudflare."_s));
    }

    // Usage errors: nothing purged, nothing fetched.
    void refusals()
    {
        QVERIFY(startSandbox());
        const CliResult hosts
            = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--hosts"_s, u"www.example.com"_s, u"--verify"_s});
        QCOMPARE(hosts.exitCode, 2);
        QVERIFY2(hosts.err.contains(u"--verify checks the URLs of a URL purge"_s), qPrintable(hosts.err));
        const CliResult badEdge = run({u"purge"_s, u"--files"_s, u"https://example.com/a"_s, u"--verify"_s, u"--edge"_s,
            u"http://edge.example.com"_s});
        QCOMPARE(badEdge.exitCode, 2);
        QVERIFY2(badEdge.err.contains(u"must use https://"_s), qPrintable(badEdge.err));
        const CliResult warmAlone
            = run({u"purge"_s, u"--files"_s, u"https://example.com/a"_s, u"--warm"_s, u"--edge"_s, edge()});
        QCOMPARE(warmAlone.exitCode, 2);
        QVERIFY2(warmAlone.err.contains(u"--warm fetches the URLs that --verify found fresh: give --verify too."_s),
            qPrintable(warmAlone.err));
        QCOMPARE(m_server->purges().size(), 0);

        QCOMPARE(run({u"verify"_s, u"example.com/a"_s, u"--edge"_s, edge()}).exitCode, 2);
        QCOMPARE(run({u"verify"_s, u"--edge"_s, edge()}).exitCode, 2);
        QCOMPARE(run({u"verify"_s, u"https://example.com/a"_s, u"--mode"_s, u"soft"_s}).exitCode, 2);
        QCOMPARE(run({u"verify"_s, u"https://example.com/a"_s, u"--purged-at"_s, u"yesterday"_s}).exitCode, 2);
        QCOMPARE(m_server->counters().edgeRequests, 0);
    }

    // Without an edge address, each URL goes to its own host through the proxy the environment names
    // (CONNECT for https://); the recording proxy refuses it, so the URL is unreachable, said in words.
    void throughTheProxy()
    {
        QVERIFY(startSandbox());
        Test::RecordingProxy proxy;
        QVERIFY(proxy.start());
        QProcessEnvironment env = environment();
        env.insert(u"https_proxy"_s, u"http://127.0.0.1:%1"_s.arg(proxy.port()));
        const CliResult result
            = run({u"verify"_s, u"https://www.proxy-test.example/app.js"_s, u"--json"_s}, {}, {}, env);
        QCOMPARE(result.exitCode, 5);
        QVERIFY(!proxy.requests().isEmpty());
        QVERIFY2(proxy.requests().first().startsWith("CONNECT www.proxy-test.example:443 "),
            proxy.requests().first().constData());
        // Nothing of the credentials went to the proxy either.
        for (const QByteArray &request : proxy.requests())
            QVERIFY(!request.contains(kSecret.toUtf8()) && !request.toLower().contains("authorization:"));
        const QJsonObject url = json(result).value(u"urls"_s).toArray().first().toObject();
        QCOMPARE(url.value(u"verdict"_s).toString(), u"unreachable"_s);
        QVERIFY(!url.value(u"error"_s).toString().isEmpty());
    }

    // Ctrl+C while requests wait for an answer: exit 130, each URL said not checked.
    void interrupted()
    {
        QVERIFY(startSandbox({edgeUrl(u"https://example.com/slow-1"_s, EdgeBehaviour::Stall),
            edgeUrl(u"https://example.com/slow-2"_s, EdgeBehaviour::Stall)}));
        const CliResult result
            = run({u"verify"_s, u"https://example.com/slow-1"_s, u"https://example.com/slow-2"_s, u"--edge"_s, edge()},
                {}, [this](QProcess &process) {
                    QTRY_COMPARE_WITH_TIMEOUT(m_server->counters().edgeRequests, 2, 20000);
                    ::kill(pid_t(process.processId()), SIGINT);
                });
        QCOMPARE(result.exitCode, 130);
        QVERIFY2(result.out.contains(u"Verified 2 URLs: 2 not checked."_s), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
