#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;

namespace {
const QString kToken = u"schema-secret-token-3e1d"_s;
const QString kSchemas = QStringLiteral(PURGEDESK_SOURCE_DIR "/resources/schemas");
} // namespace

// Every --json output of purgedesk-cli, made by the real binary against the sandbox, validated
// against its published JSON Schema (resources/schemas/) with python3-jsonschema; and documents
// that are wrong on purpose, which must be rejected, so that the validation can fail.
class TestCliSchemas final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QTemporaryDir m_dir;
    int m_documents = 0;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"CLOUDFLARE_EMAIL"_s, u"CLOUDFLARE_API_KEY"_s, u"PLUGIN_ACTION"_s,
                 u"PURGEDESK_PROFILE"_s, u"https_proxy"_s, u"HTTPS_PROXY"_s, u"http_proxy"_s, u"all_proxy"_s,
                 u"ALL_PROXY"_s, u"no_proxy"_s, u"NO_PROXY"_s})
            env.remove(name);
        env.insert(u"CLOUDFLARE_API_TOKEN"_s, kToken);
        env.insert(u"PURGEDESK_API_BASE"_s, m_server->baseUrl());
        return env;
    }

    // Runs the CLI while this process serves the sandbox.
    Test::ProcessResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(PURGEDESK_CLI_PATH), arguments);
        Test::ProcessResult result;
        if (!process.waitForStarted(10000))
            return result;
        process.write(input);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // The validator's verdict on `document` against resources/schemas/`schema`: 0 valid, 1
    // invalid (its reasons in err), 2 it could not validate.
    Test::ProcessResult validate(const QString &schema, const QByteArray &document)
    {
        const QString path = m_dir.filePath(u"document-%1.json"_s.arg(++m_documents));
        if (!Test::writeFile(path, document))
            return {};
        return Test::runProcess(QStringLiteral(PURGEDESK_PYTHON),
            {QStringLiteral(PURGEDESK_SOURCE_DIR "/tests/support/validate-json.py"), kSchemas, schema, path});
    }

    // The output must be valid: checks it, and returns it as an object.
    QJsonObject checked(const QString &schema, const Test::ProcessResult &output)
    {
        const Test::ProcessResult verdict = validate(schema, output.out.toUtf8());
        if (verdict.exitCode != 0) {
            QTest::qFail(qPrintable(u"%1 rejects the output (%2):\n%3\n%4"_s.arg(schema)
                                        .arg(verdict.exitCode)
                                        .arg(verdict.err, output.out)),
                __FILE__, __LINE__);
            return {};
        }
        return QJsonDocument::fromJson(output.out.toUtf8()).object();
    }

    // The document with `edit` applied must be rejected (exit 1, not a crash or a usage error).
    void expectRejected(
        const QString &schema, QJsonObject document, const std::function<void(QJsonObject &)> &edit, const char *what)
    {
        edit(document);
        const Test::ProcessResult verdict = validate(schema, QJsonDocument(document).toJson());
        QVERIFY2(verdict.exitCode == 1,
            qPrintable(u"%1: %2 was not rejected (%3) %4"_s.arg(schema, QLatin1String(what))
                           .arg(verdict.exitCode)
                           .arg(verdict.err)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::prepare();
        QVERIFY(m_dir.isValid());
        Sandbox::Config config = Sandbox::demoConfig();
        Sandbox::Token token;
        token.value = kToken;
        token.id = Sandbox::hexId(kToken);
        config.tokens.append(token);
        m_server = std::make_unique<Sandbox::SandboxServer>(config);
        QVERIFY(m_server->start());
        // The validator and jsonschema are there (installers/dev/deps.sh --tests), and every schema
        // passes its metaschema: an empty object is merely invalid (1), not a broken setup (2).
        const Test::ProcessResult verdict = validate(u"purge.schema.json"_s, "{}");
        QVERIFY2(verdict.exitCode == 1, qPrintable(verdict.err));
    }

    void purge()
    {
        // 150 URLs make two requests on the Free plan; the second meets an outage (502 error pages)
        // until its attempts run out, so the run is partial, with one reason for 50 URLs.
        QStringList arguments {u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s, u"--json"_s};
        for (int i = 0; i < 150; ++i)
            arguments << u"https://example.com/asset-%1.js"_s.arg(i);
        m_server->setFaults({Test::purgeFault(Sandbox::FaultKind::HtmlError, 2, 1000)});
        const Test::ProcessResult partial = cli(arguments);
        QCOMPARE(partial.exitCode, 1);
        const QJsonObject failed = checked(u"purge.schema.json"_s, partial);
        QCOMPARE(failed.value(u"schema"_s).toInt(), 1);
        QCOMPARE(failed.value(u"outcome"_s).toString(), u"partial"_s);
        QCOMPARE(failed.value(u"errors"_s).toArray().size(), 1);
        QCOMPARE(failed.value(u"errors"_s).toArray().first().toObject().value(u"items"_s).toArray().size(), 50);
        m_server->setFaults({});

        // Without the outage; and its dry run, which says the same in the members they share.
        const QJsonObject summary = checked(u"purge.schema.json"_s, cli(arguments));
        QCOMPARE(summary.value(u"outcome"_s).toString(), u"done"_s);
        QCOMPARE(summary.value(u"dry_run"_s), QJsonValue(false));
        const Test::ProcessResult dry = cli(arguments + QStringList {u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject plan = checked(u"purge.schema.json"_s, dry);
        QCOMPARE(plan.value(u"dry_run"_s), QJsonValue(true));
        QCOMPARE(plan.value(u"planned_requests"_s).toArray().size(), 2);
        for (const QString &key :
            {u"schema"_s, u"source"_s, u"profile"_s, u"zone"_s, u"mode"_s, u"action"_s, u"requested"_s, u"requests"_s})
            QVERIFY2(plan.value(key) == summary.value(key), qPrintable(key));

        // Purge everything, and an invalidation by tags.
        const Test::ProcessResult everything
            = cli({u"purge"_s, u"--zone"_s, u"example.net"_s, u"--everything"_s, u"--yes"_s, u"--json"_s});
        QCOMPARE(checked(u"purge.schema.json"_s, everything).value(u"action"_s).toString(), u"everything"_s);
        const Test::ProcessResult tags = cli(
            {u"purge"_s, u"--zone"_s, u"example.org"_s, u"--tags"_s, u"a"_s, u"b"_s, u"--invalidate"_s, u"--json"_s});
        QCOMPARE(checked(u"purge.schema.json"_s, tags).value(u"mode"_s).toString(), u"invalidate"_s);
    }

    void presets()
    {
        QCOMPARE(cli({u"preset"_s, u"save"_s, u"Deploy"_s, u"--zone"_s, u"example.com"_s, u"--files"_s,
                         u"https://example.com/app.js"_s, u"--note"_s, u"after a release"_s})
                     .exitCode,
            0);
        QCOMPARE(
            cli({u"preset"_s, u"save"_s, u"Wipe"_s, u"--zone"_s, u"example.org"_s, u"--everything"_s}).exitCode, 0);
        const QJsonObject list = checked(u"preset-list.schema.json"_s, cli({u"preset"_s, u"list"_s, u"--json"_s}));
        QCOMPARE(list.value(u"presets"_s).toArray().size(), 2);
        // preset export (to standard output) writes the same shape.
        QCOMPARE(checked(u"preset-list.schema.json"_s, cli({u"preset"_s, u"export"_s})), list);

        const QJsonObject run
            = checked(u"preset-run.schema.json"_s, cli({u"preset"_s, u"run"_s, u"Deploy"_s, u"--json"_s}));
        QCOMPARE(run.value(u"source"_s).toString(), u"preset:Deploy"_s);
        const QJsonObject dry = checked(
            u"preset-run.schema.json"_s, cli({u"preset"_s, u"run"_s, u"Wipe"_s, u"--dry-run"_s, u"--json"_s}));
        QCOMPARE(dry.value(u"outcome"_s).toString(), u"dry_run"_s);
    }

    void zones()
    {
        const QJsonObject zones = checked(u"zones.schema.json"_s, cli({u"zones"_s, u"--json"_s}));
        QCOMPARE(zones.value(u"zones"_s).toArray().size(), 5);
    }

    void accounts()
    {
        QCOMPARE(checked(u"accounts-list.schema.json"_s, cli({u"accounts"_s, u"list"_s, u"--json"_s}))
                     .value(u"accounts"_s)
                     .toArray()
                     .size(),
            0);
        // Verified (with the zones it reaches) and unverified, through the real keychain.
        const Test::ProcessResult added = cli(
            {u"accounts"_s, u"add"_s, u"--name"_s, u"work"_s, u"--token-stdin"_s, u"--api-base"_s, m_server->baseUrl()},
            kToken.toUtf8());
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(cli({u"accounts"_s, u"add"_s, u"--name"_s, u"later"_s, u"--token-stdin"_s, u"--no-verify"_s},
                     kToken.toUtf8())
                     .exitCode,
            0);
        const QJsonObject list = checked(u"accounts-list.schema.json"_s, cli({u"accounts"_s, u"list"_s, u"--json"_s}));
        const QJsonArray accounts = list.value(u"accounts"_s).toArray();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.first().toObject().value(u"verification"_s).toObject().value(u"zones"_s).toArray().size(), 5);
        QVERIFY(!accounts.last().toObject().contains(u"verification"_s));
        const QJsonObject run = checked(u"purge.schema.json"_s,
            cli({u"purge"_s, u"--profile"_s, u"work"_s, u"--zone"_s, u"example.com"_s, u"--hosts"_s,
                u"www.example.com"_s, u"--json"_s}));
        QCOMPARE(run.value(u"profile"_s).toString(), u"work"_s);
    }

    // Last: the history holds every run above, dry runs included.
    void history()
    {
        const QJsonObject history = checked(u"history.schema.json"_s, cli({u"history"_s, u"--json"_s}));
        const QJsonArray runs = history.value(u"runs"_s).toArray();
        QVERIFY2(runs.size() >= 8, qPrintable(QString::number(runs.size())));
        bool dryRun = false;
        for (const QJsonValue &run : runs)
            dryRun |= run.toObject().value(u"dry_run"_s).toBool();
        QVERIFY(dryRun);
        QCOMPARE(checked(u"history.schema.json"_s, cli({u"history"_s, u"--json"_s, u"--zone"_s, u"nowhere.example"_s}))
                     .value(u"runs"_s)
                     .toArray()
                     .size(),
            0);
    }

    // A validation that cannot fail proves nothing: documents wrong in one place each are rejected,
    // among them the shapes this version replaced (a bare array; the dry run's old "requests" list).
    // verify --json, and purge --verify --json's "verify" member, against the sandbox's edge.
    void verify()
    {
        const QString edge = u"http://127.0.0.1:%1"_s.arg(m_server->port());
        const Test::ProcessResult purged = cli({u"purge"_s, u"--files"_s, u"https://example.com/v1.js"_s,
            u"https://example.net/v2.js"_s, u"--verify"_s, u"--edge"_s, edge, u"--json"_s});
        QCOMPARE(purged.exitCode, 0);
        const QJsonObject summary = checked(u"purge.schema.json"_s, purged);
        QCOMPARE(summary.value(u"verify"_s).toObject().value(u"all_fresh"_s), QJsonValue(true));

        const Test::ProcessResult checkedUrls = cli({u"verify"_s, u"https://example.com/v1.js"_s,
            u"https://example.com/never-purged.js"_s, u"https://not-a-zone.test/"_s, u"--edge"_s, edge, u"--json"_s});
        QCOMPARE(checkedUrls.exitCode, 5);
        const QJsonObject verification = checked(u"verify.schema.json"_s, checkedUrls);
        QCOMPARE(verification.value(u"urls"_s).toArray().size(), 3);
        QVERIFY(!verification.isEmpty());

        // --warm: the warm-up per fresh URL (null for the others) and its counts; in purge's too.
        const Test::ProcessResult warmedUrls
            = cli({u"verify"_s, u"https://example.com/v1.js"_s, u"https://example.com/never-purged.js"_s,
                u"--purged-at"_s, QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODate), u"--warm"_s,
                u"--edge"_s, edge, u"--json"_s});
        const QJsonObject warmed = checked(u"verify.schema.json"_s, warmedUrls);
        QCOMPARE(warmed.value(u"warm"_s).toObject().value(u"summary"_s).toString(), u"1 warmed"_s);
        QCOMPARE(warmed.value(u"urls"_s).toArray().at(0).toObject().value(u"warm"_s).toObject().value(u"outcome"_s),
            QJsonValue(u"warmed"_s));
        QVERIFY(warmed.value(u"urls"_s).toArray().at(1).toObject().value(u"warm"_s).isNull());
        const QJsonObject purgedAndWarmed = checked(u"purge.schema.json"_s,
            cli({u"purge"_s, u"--files"_s, u"https://example.com/v3.js"_s, u"--verify"_s, u"--warm"_s, u"--edge"_s,
                edge, u"--json"_s}));
        QCOMPARE(purgedAndWarmed.value(u"verify"_s).toObject().value(u"warm"_s).toObject().value(u"summary"_s),
            QJsonValue(u"1 warmed"_s));
        expectRejected(
            u"verify.schema.json"_s, warmed,
            [](QJsonObject &o) {
                QJsonArray urls = o.value(u"urls"_s).toArray();
                QJsonObject url = urls.first().toObject();
                QJsonObject warm = url.value(u"warm"_s).toObject();
                warm.insert(u"outcome"_s, u"lukewarm"_s);
                url.insert(u"warm"_s, warm);
                urls.replace(0, url);
                o.insert(u"urls"_s, urls);
            },
            "an unknown warm-up outcome");
        expectRejected(
            u"verify.schema.json"_s, warmed,
            [](QJsonObject &o) {
                QJsonObject warm = o.value(u"warm"_s).toObject();
                warm.remove(u"counts"_s);
                o.insert(u"warm"_s, warm);
            },
            "a warm-up without counts");
        expectRejected(
            u"verify.schema.json"_s, verification, [](QJsonObject &o) { o.remove(u"warm"_s); }, "no warm member");

        expectRejected(
            u"verify.schema.json"_s, verification, [](QJsonObject &o) { o.remove(u"schema"_s); }, "no schema");
        expectRejected(
            u"verify.schema.json"_s, verification, [](QJsonObject &o) { o.remove(u"urls"_s); }, "no urls");
        expectRejected(
            u"verify.schema.json"_s, verification, [](QJsonObject &o) { o.insert(u"extra"_s, 1); },
            "an undocumented member");
        expectRejected(
            u"verify.schema.json"_s, verification,
            [](QJsonObject &o) {
                QJsonArray urls = o.value(u"urls"_s).toArray();
                QJsonObject url = urls.first().toObject();
                url.insert(u"verdict"_s, u"stale"_s);
                urls.replace(0, url);
                o.insert(u"urls"_s, urls);
            },
            "an unknown verdict");
        expectRejected(
            u"purge.schema.json"_s, summary,
            [](QJsonObject &o) {
                QJsonObject inner = o.value(u"verify"_s).toObject();
                inner.insert(u"all_fresh"_s, u"yes"_s);
                o.insert(u"verify"_s, inner);
            },
            "all_fresh as text");

        // The history keeps those verdicts: each run's verification, with --details each item's.
        const QJsonObject history
            = checked(u"history.schema.json"_s, cli({u"history"_s, u"--json"_s, u"--details"_s, u"--limit"_s, u"1"_s}));
        const QJsonObject newest = history.value(u"runs"_s).toArray().first().toObject();
        QCOMPARE(newest.value(u"verification"_s).toObject().value(u"summary"_s).toString(), u"1 fresh"_s);
        QCOMPARE(newest.value(u"verification"_s).toObject().value(u"warm"_s).toObject().value(u"summary"_s),
            QJsonValue(u"1 warmed"_s));
        const QJsonObject item = newest.value(u"items"_s).toArray().first().toObject();
        QCOMPARE(item.value(u"verdict"_s).toString(), u"fresh"_s);
        QCOMPARE(item.value(u"checked_at"_s), newest.value(u"verification"_s).toObject().value(u"checked_at"_s));
        const auto editItem = [](const char *key, const QJsonValue &value) {
            return [key, value](QJsonObject &o) {
                QJsonArray runs = o.value(u"runs"_s).toArray();
                QJsonObject run = runs.first().toObject();
                QJsonArray items = run.value(u"items"_s).toArray();
                QJsonObject item = items.first().toObject();
                if (value.isUndefined())
                    item.remove(QLatin1String(key));
                else
                    item.insert(QLatin1String(key), value);
                items.replace(0, item);
                run.insert(u"items"_s, items);
                runs.replace(0, run);
                o.insert(u"runs"_s, runs);
            };
        };
        expectRejected(u"history.schema.json"_s, history, editItem("verdict", u"lukewarm"_s), "an unknown verdict");
        expectRejected(
            u"history.schema.json"_s, history, editItem("checked_at", QJsonValue::Undefined), "a verdict without time");
        expectRejected(
            u"history.schema.json"_s, history,
            [](QJsonObject &o) {
                QJsonArray runs = o.value(u"runs"_s).toArray();
                QJsonObject run = runs.first().toObject();
                QJsonObject verification = run.value(u"verification"_s).toObject();
                verification.remove(u"counts"_s);
                run.insert(u"verification"_s, verification);
                runs.replace(0, run);
                o.insert(u"runs"_s, runs);
            },
            "a verification without counts");
    }

    void wrongDocumentsAreRejected()
    {
        const QJsonObject run = checked(
            u"purge.schema.json"_s, cli({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s, u"x"_s, u"--json"_s}));
        QVERIFY(!run.isEmpty());
        expectRejected(
            u"purge.schema.json"_s, run, [](QJsonObject &o) { o.remove(u"schema"_s); }, "no schema");
        expectRejected(
            u"purge.schema.json"_s, run, [](QJsonObject &o) { o.insert(u"schema"_s, 2); }, "schema 2");
        expectRejected(
            u"purge.schema.json"_s, run, [](QJsonObject &o) { o.insert(u"done"_s, u"1"_s); }, "a count as text");
        expectRejected(
            u"purge.schema.json"_s, run, [](QJsonObject &o) { o.insert(u"action"_s, u"purge_everything"_s); },
            "the old name of everything");
        expectRejected(
            u"purge.schema.json"_s, run, [](QJsonObject &o) { o.insert(u"extra"_s, true); }, "an undocumented member");
        expectRejected(
            u"purge.schema.json"_s, run, [](QJsonObject &o) { o.remove(u"errors"_s); }, "a run without errors");

        const QJsonObject dry = checked(u"purge.schema.json"_s,
            cli({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s, u"x"_s, u"--json"_s, u"--dry-run"_s}));
        QVERIFY(!dry.isEmpty());
        expectRejected(
            u"purge.schema.json"_s, dry,
            [](QJsonObject &o) { o.insert(u"requests"_s, o.value(u"planned_requests"_s)); }, "requests as a list");
        expectRejected(
            u"purge.schema.json"_s, dry, [](QJsonObject &o) { o.insert(u"plan"_s, u"1 request"_s); }, "plan as text");
        expectRejected(
            u"preset-run.schema.json"_s, dry, [](QJsonObject &) {}, "a source other than a preset");

        const QJsonObject zones = checked(u"zones.schema.json"_s, cli({u"zones"_s, u"--json"_s}));
        const Test::ProcessResult bareArray
            = validate(u"zones.schema.json"_s, QJsonDocument(zones.value(u"zones"_s).toArray()).toJson());
        QCOMPARE(bareArray.exitCode, 1);
        expectRejected(
            u"zones.schema.json"_s, zones,
            [](QJsonObject &o) {
                QJsonArray list = o.value(u"zones"_s).toArray();
                QJsonObject zone = list.first().toObject();
                zone.insert(u"plan"_s, u"platinum"_s);
                list.replace(0, zone);
                o.insert(u"zones"_s, list);
            },
            "an unknown plan");
        expectRejected(
            u"history.schema.json"_s, zones, [](QJsonObject &) {}, "zones as history");
        QCOMPARE(validate(u"history.schema.json"_s, "{\"schema\": 1, \"runs\": [").exitCode, 2); // not JSON
    }
};

QTEST_GUILESS_MAIN(TestCliSchemas)
#include "tst_cli_schemas.moc"
