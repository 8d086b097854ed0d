// Purge throughput benchmark (run on demand; prints figures, asserts nothing):
//   build/<preset>/tests/bench_purge [--latency-ms 50]
// Starts `purgedesk-cli sandbox` and runs `purgedesk-cli purge --json` against it, as a user would:
// 10,000 URLs on the Free plan, 2,000 tags on the Pro plan, and 10,000 URLs across three zones. Prints the wall time,
// the lower bound the documented limits allow (plus one round trip), their ratio, requests, 429s, and items lost
// (requested minus what the sandbox itself reports as accepted).

#include "purge/planner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

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

bool runCase(const Case &c, int latencyMs, QTextStream &out)
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
    const QString base = QString::fromUtf8(banner).section(u": "_s, 1).trimmed();

    QTemporaryDir dir;
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int latency = 50;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(u"--latency-ms"_s); at >= 0 && at + 1 < args.size())
        latency = args.at(at + 1).toInt();
    QTextStream out(stdout);
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
