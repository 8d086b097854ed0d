// Purge throughput benchmark (run on demand; prints figures, asserts nothing):
//   build/<preset>/tests/bench_purge [--latency-ms 50]
// Starts `purgedesk-cli sandbox` and runs `purgedesk-cli purge --json` against it, as a user would:
// 10,000 URLs on the Free plan, 2,000 tags on the Pro plan, and 10,000 URLs across three zones. Prints the wall time,
// the lower bound the documented limits allow (plus one round trip), their ratio, requests, 429s, and items lost
// (requested minus what the sandbox itself reports as accepted).
//   build/<preset>/tests/bench_purge --tls
// puts the sandbox behind nghttpx (Debian's nghttp2-proxy) as a real TLS front with a self-signed
// certificate made at run time (trusted through PURGEDESK_CA_BUNDLE), and prints the ratio to the
// bound for 2,000 tags (Pro) and 10,000 URLs (Free) at 250 and 500 ms, over HTTP/1.1 and HTTP/2.

#include "purge/planner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;

namespace {

struct Case
{
    QString name;
    Plan plan;
    Cloudflare::PurgeAction action;
    QString flag;
    int items;
};

QString cliPath()
{
    return QStringLiteral(PURGEDESK_CLI_PATH);
}

// A TLS front for the sandbox: nghttpx, its certificate, and how the command reaches it.
struct Front
{
    QString certificate; // PEM, trusted by the command through PURGEDESK_CA_BUNDLE
    QString key;
    bool http2 = true; // false: PURGEDESK_HTTP2=0, so HTTP/1.1 over the same TLS front
};

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Starts nghttpx in front of `backendPort`; returns its port, or 0.
int startFront(QProcess &nghttpx, const Front &front, int backendPort, const QString &accessLog)
{
    const int port = freePort();
    nghttpx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    nghttpx.start(QStandardPaths::findExecutable(u"nghttpx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s}),
        {u"--conf=/dev/null"_s, u"--frontend=127.0.0.1,%1"_s.arg(port),
            u"--backend=127.0.0.1,%1;;proto=http/1.1"_s.arg(backendPort), u"--workers=1"_s, u"--no-ocsp"_s,
            u"--log-level=WARN"_s, u"--accesslog-file="_s + accessLog, front.key, front.certificate});
    if (!nghttpx.waitForStarted(10000))
        return 0;
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (probe.waitForConnected(100))
            return port;
        QThread::msleep(50);
    }
    return 0;
}

bool runCase(const Case &c, int latencyMs, QTextStream &out, const Front *front = nullptr)
{
    QProcess sandbox;
    sandbox.start(cliPath(),
        {u"sandbox"_s, u"--zones"_s, u"1"_s, u"--plan"_s, planId(c.plan), u"--latency-ms"_s,
            QString::number(latencyMs)});
    if (!sandbox.waitForStarted(10000) || !sandbox.waitForReadyRead(10000)) {
        out << "cannot start the sandbox\n";
        return false;
    }
    QByteArray banner = sandbox.readLine();
    QString base = QString::fromUtf8(banner).section(u": "_s, 1).trimmed();

    QTemporaryDir dir;
    QProcess nghttpx;
    if (front) {
        const QUrl sandboxUrl(base);
        const int port = startFront(nghttpx, *front, sandboxUrl.port(), dir.filePath(u"access.log"_s));
        if (port == 0) {
            out << "cannot start nghttpx\n";
            return false;
        }
        QUrl frontUrl = sandboxUrl;
        frontUrl.setScheme(u"https"_s);
        frontUrl.setPort(port);
        base = frontUrl.toString();
    }
    QFile list(dir.filePath(u"items.txt"_s));
    list.open(QIODevice::WriteOnly);
    for (int i = 0; i < c.items; ++i) {
        if (c.action == Cloudflare::PurgeAction::Files)
            list.write("https://zone-00001.example/assets/file-" + QByteArray::number(i) + ".js\n");
        else
            list.write("tag-" + QByteArray::number(i) + "\n");
    }
    list.close();

    QProcess purge;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLOUDFLARE_API_TOKEN"_s, u"sandbox-demo-token"_s);
    env.insert(u"PURGEDESK_API_BASE"_s, base);
    if (front) {
        env.insert(u"PURGEDESK_CA_BUNDLE"_s, front->certificate);
        env.insert(u"PURGEDESK_HTTP2"_s, front->http2 ? u"1"_s : u"0"_s);
        env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    }
    purge.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    purge.start(cliPath(),
        {u"purge"_s, u"--zone"_s, u"zone-00001.example"_s, c.flag, u"--from-file"_s, list.fileName(), u"--json"_s});
    purge.waitForFinished(600000);
    const qint64 wallMs = timer.elapsed();
    const QJsonObject summary = QJsonDocument::fromJson(purge.readAllStandardOutput()).object();

    // What the sandbox says it accepted: one line per purge, "... N item(s) id ...".
    sandbox.terminate();
    sandbox.waitForFinished(10000);
    const QString log = QString::fromUtf8(sandbox.readAllStandardOutput());
    static const QRegularExpression accepted(u" (\\d+) item\\(s\\) id "_s);
    int received = 0;
    for (auto it = accepted.globalMatch(log); it.hasNext();)
        received += it.next().captured(1).toInt();

    const int requests = summary.value(u"requests"_s).toInt();
    const qint64 boundMs = Purge::lowerBoundMs(c.action, c.items, requests, limitsFor(c.plan)) + latencyMs;
    if (front) {
        nghttpx.terminate();
        nghttpx.waitForFinished(10000);
        // What the front saw: nghttpx's access log names each request's protocol.
        QFile accessLog(dir.filePath(u"access.log"_s));
        accessLog.open(QIODevice::ReadOnly);
        const QByteArray seen = accessLog.readAll();
        const qint64 purgeMs = summary.value(u"elapsed_ms"_s).toInteger(wallMs);
        out << "  " << c.name.leftJustified(48) << (front->http2 ? "HTTP/2  " : "HTTP/1.1") << "  purge "
            << QString::number(purgeMs / 1000.0, 'f', 2) << " s, command " << QString::number(wallMs / 1000.0, 'f', 2)
            << " s, bound " << QString::number(boundMs / 1000.0, 'f', 2) << " s, ratio "
            << QString::number(double(purgeMs) / double(boundMs), 'f', 2) << " (command "
            << QString::number(double(wallMs) / double(boundMs), 'f', 2) << "), requests " << requests << ", 429s "
            << summary.value(u"rate_limited"_s).toInt() << ", lost " << c.items - received << ", front saw "
            << seen.count("HTTP/2") << " HTTP/2 and " << seen.count("HTTP/1.1") << " HTTP/1.1 requests\n";
        out.flush();
        return purge.exitCode() == 0;
    }
    out << c.name << '\n';
    out << "  exit code:        " << purge.exitCode() << '\n';
    const qint64 purgeMs = summary.value(u"elapsed_ms"_s).toInteger();
    out << "  command time:     " << QString::number(wallMs / 1000.0, 'f', 2)
        << " s (process start, zone lookup and purge)\n";
    out << "  purge time:       " << QString::number(purgeMs / 1000.0, 'f', 2) << " s\n";
    out << "  lower bound:      " << QString::number(boundMs / 1000.0, 'f', 2) << " s (documented limits + one "
        << latencyMs << " ms round trip)\n";
    out << "  ratio:            " << QString::number(double(purgeMs) / double(boundMs), 'f', 3)
        << " (purge time / bound)\n";
    out << "  requests:         " << requests << '\n';
    out << "  429s met:         " << summary.value(u"rate_limited"_s).toInt() << '\n';
    out << "  done / requested: " << summary.value(u"done"_s).toInt() << " / " << c.items << '\n';
    out << "  items lost:       " << c.items - received << " (sandbox accepted " << received << ")\n";
    out.flush();
    return purge.exitCode() == 0;
}

// One list across three zones of one account (two on the Free plan, one on Pro): each zone's own
// time against the bound of its share, with the zones run one after the other. The two Free zones
// share Cloudflare's URL bucket, so the bound of the second counts from where the first left it.
bool runMixedZones(int latencyMs, QTextStream &out)
{
    QTemporaryDir dir;
    QFile scenario(dir.filePath(u"scenario.json"_s));
    scenario.open(QIODevice::WriteOnly);
    scenario.write(R"({"accounts": [{"id": "0123456789abcdef0123456789abcdef", "name": "Mixed"}],
        "zones": [{"name": "mixed-a.example", "plan": "free", "account": "0123456789abcdef0123456789abcdef"},
                  {"name": "mixed-b.example", "plan": "pro", "account": "0123456789abcdef0123456789abcdef"},
                  {"name": "mixed-c.example", "plan": "free", "account": "0123456789abcdef0123456789abcdef"}]})");
    scenario.close();
    QProcess sandbox;
    sandbox.start(
        cliPath(), {u"sandbox"_s, u"--scenario"_s, scenario.fileName(), u"--latency-ms"_s, QString::number(latencyMs)});
    if (!sandbox.waitForStarted(10000) || !sandbox.waitForReadyRead(10000)) {
        out << "cannot start the sandbox\n";
        return false;
    }
    const QString base = QString::fromUtf8(sandbox.readLine()).section(u": "_s, 1).trimmed();
    const QList<std::pair<QString, int>> shares {
        {u"mixed-a.example"_s, 5000}, {u"mixed-b.example"_s, 3000}, {u"mixed-c.example"_s, 2000}};
    QFile list(dir.filePath(u"items.txt"_s));
    list.open(QIODevice::WriteOnly);
    for (int i = 0; i < 5000; ++i) { // interleaved, as a deploy's changed files would be
        for (const auto &[zone, count] : shares) {
            if (i < count)
                list.write("https://" + zone.toUtf8() + "/file-" + QByteArray::number(i) + ".js\n");
        }
    }
    list.close();
    QProcess purge;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLOUDFLARE_API_TOKEN"_s, u"sandbox-demo-token"_s);
    env.insert(u"PURGEDESK_API_BASE"_s, base);
    env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
    purge.setProcessEnvironment(env);
    purge.start(cliPath(), {u"purge"_s, u"--files"_s, u"--from-file"_s, list.fileName(), u"--json"_s});
    purge.waitForFinished(600000);
    const QJsonObject summary = QJsonDocument::fromJson(purge.readAllStandardOutput()).object();
    sandbox.terminate();
    sandbox.waitForFinished(10000);

    out << "10,000 URLs across 3 zones of one account (5,000 Free, 3,000 Pro, 2,000 Free), no --zone\n";
    out << "  exit code:        " << purge.exitCode() << '\n';
    qint64 totalBound = 0;
    int freeUsed = 0; // URLs the Free zones took from their shared bucket before this zone
    for (const QJsonValue &value : summary.value(u"zones"_s).toArray()) {
        const QJsonObject zone = value.toObject();
        const QString name = zone.value(u"zone"_s).toObject().value(u"name"_s).toString();
        const Plan plan = name == u"mixed-b.example"_s ? Plan::Pro : Plan::Free;
        const int items = zone.value(u"done"_s).toInt();
        const int requests = zone.value(u"requests"_s).toInt();
        // A Free zone after another starts with the bucket the first drained: its bound is the
        // whole Free share's minus what came before.
        qint64 bound = Purge::lowerBoundMs(Cloudflare::PurgeAction::Files, items, requests, limitsFor(plan));
        if (plan == Plan::Free) {
            bound
                = Purge::lowerBoundMs(Cloudflare::PurgeAction::Files, freeUsed + items, requests, limitsFor(Plan::Free))
                - Purge::lowerBoundMs(Cloudflare::PurgeAction::Files, freeUsed, requests, limitsFor(Plan::Free));
            freeUsed += items;
        }
        bound += latencyMs;
        totalBound += bound;
        const qint64 ms = zone.value(u"elapsed_ms"_s).toInteger();
        out << "  " << name.leftJustified(16) << " " << QString::number(items).rightJustified(5) << " URLs, "
            << requests << " requests, " << QString::number(ms / 1000.0, 'f', 2) << " s, bound "
            << QString::number(bound / 1000.0, 'f', 2) << " s, ratio "
            << QString::number(double(ms) / double(bound), 'f', 3) << ", 429s " << zone.value(u"rate_limited"_s).toInt()
            << '\n';
    }
    const qint64 purgeMs = summary.value(u"elapsed_ms"_s).toInteger();
    out << "  all zones:        " << QString::number(purgeMs / 1000.0, 'f', 2) << " s, bound "
        << QString::number(totalBound / 1000.0, 'f', 2) << " s, ratio "
        << QString::number(double(purgeMs) / double(std::max<qint64>(1, totalBound)), 'f', 3) << ", done "
        << summary.value(u"done"_s).toInt() << " / 10000, 429s " << summary.value(u"rate_limited"_s).toInt() << '\n';
    out.flush();
    return purge.exitCode() == 0;
}

// The latency-bound cases over a real TLS + HTTP/2 front (nghttpx), HTTP/1.1 beside HTTP/2.
int runTls(QTextStream &out)
{
    if (QStandardPaths::findExecutable(u"nghttpx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s}).isEmpty()) {
        out << "nghttpx is missing: install Debian's nghttp2-proxy (installers/dev/deps.sh --tests)\n";
        return 1;
    }
    QTemporaryDir certs;
    Front front {certs.filePath(u"cert.pem"_s), certs.filePath(u"key.pem"_s), true};
    QProcess openssl;
    openssl.start(u"openssl"_s,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
            u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s, u"-keyout"_s, front.key,
            u"-out"_s, front.certificate});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        out << "openssl could not make a certificate: " << openssl.readAllStandardError() << '\n';
        return 1;
    }
    out << "PurgeDesk purge benchmark over TLS (nghttpx in front of purgedesk-cli sandbox, self-signed CA)\n";
    bool ok = true;
    for (const int latency : {250, 500}) {
        out << '\n' << latency << " ms latency:\n";
        for (const Case &c : {Case {u"2,000 tags, Pro"_s, Plan::Pro, Cloudflare::PurgeAction::Tags, u"--tags"_s, 2000},
                 Case {u"10,000 URLs, Free"_s, Plan::Free, Cloudflare::PurgeAction::Files, u"--files"_s, 10000}}) {
            for (const bool http2 : {false, true}) {
                front.http2 = http2;
                ok = runCase(c, latency, out, &front) && ok;
            }
        }
    }
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int latency = 50;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(u"--latency-ms"_s); at >= 0 && at + 1 < args.size())
        latency = args.at(at + 1).toInt();
    QTextStream out(stdout);
    if (args.contains(u"--tls"_s))
        return runTls(out);
    out << "PurgeDesk purge benchmark: purgedesk-cli purge against purgedesk-cli sandbox, " << latency
        << " ms latency\n\n";
    bool ok = runCase({u"10,000 URLs, Free plan (800 URLs/s, 100 per request)"_s, Plan::Free,
                          Cloudflare::PurgeAction::Files, u"--files"_s, 10000},
        latency, out);
    out << '\n';
    ok = runCase({u"2,000 tags, Pro plan (bucket 25, 5 requests/s, 100 per request)"_s, Plan::Pro,
                     Cloudflare::PurgeAction::Tags, u"--tags"_s, 2000},
             latency, out)
        && ok;
    out << '\n';
    ok = runMixedZones(latency, out) && ok;
    return ok ? 0 : 1;
}
