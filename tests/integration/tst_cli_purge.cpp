#include "sandbox/httpserver.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;

namespace {
const QString kSecret = u"cli-secret-token-7f3a9b"_s;

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

// purgedesk-cli purge and zones as a script runs them, against the sandbox.
class TestCliPurge final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_cache; // the rate-limit state the command lines share

    bool startSandbox(Sandbox::Config config = Sandbox::demoConfig())
    {
        Sandbox::Token secret;
        secret.value = kSecret;
        secret.id = Sandbox::hexId(kSecret);
        config.tokens.append(secret);
        m_server = std::make_unique<Sandbox::SandboxServer>(config);
        // A new Cloudflare stand-in starts with full buckets: so do the command lines that use it.
        m_cache = std::make_unique<QTemporaryDir>();
        return m_server->start();
    }

    QProcessEnvironment environment(const QString &token = kSecret) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"CLOUDFLARE_API_TOKEN"_s);
        env.remove(u"CLOUDFLARE_EMAIL"_s);
        env.remove(u"CLOUDFLARE_API_KEY"_s);
        env.remove(u"PLUGIN_ACTION"_s);
        env.remove(u"PURGEDESK_PROFILE"_s);
        for (const QString &name : {u"https_proxy"_s, u"HTTPS_PROXY"_s, u"http_proxy"_s, u"all_proxy"_s, u"ALL_PROXY"_s,
                 u"no_proxy"_s, u"NO_PROXY"_s})
            env.remove(name);
        if (!token.isEmpty())
            env.insert(u"CLOUDFLARE_API_TOKEN"_s, token);
        if (m_server)
            env.insert(u"PURGEDESK_API_BASE"_s, m_server->baseUrl());
        if (m_cache)
            env.insert(u"XDG_CACHE_HOME"_s, m_cache->path());
        return env;
    }

    // Runs the CLI (or `wrapper`: a program and its arguments that run it) while this process keeps
    // serving the sandbox.
    static CliResult run(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input = {},
        const std::function<void(QProcess &)> &whileRunning = {}, const QPair<QString, QStringList> &wrapper = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        if (wrapper.first.isEmpty())
            process.start(QStringLiteral(PURGEDESK_CLI_PATH), arguments);
        else
            process.start(wrapper.first, wrapper.second);
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
        // The token never appears in anything the CLI prints.
        if (result.out.contains(kSecret) || result.err.contains(kSecret))
            result.exitCode = -2;
        return result;
    }

    // settings.ini as the CLI finds it (run-test.sh gives every test its own XDG_CONFIG_HOME).
    static QString cliSettingsPath() { return qEnvironmentVariable("XDG_CONFIG_HOME") + u"/PurgeDesk/settings.ini"_s; }

    // Edit > Settings' proxy, as the window saves it.
    static void setProxySetting(const QString &mode, quint16 port = 0)
    {
        QDir().mkpath(QFileInfo(cliSettingsPath()).path());
        QSettings settings(cliSettingsPath(), QSettings::IniFormat);
        settings.setValue(u"Network/proxy"_s, mode);
        settings.setValue(u"Network/proxyHost"_s, u"127.0.0.1"_s);
        settings.setValue(u"Network/proxyPort"_s, port);
    }

    // Renders what a terminal shows for `output`: a carriage return goes back to the start of the
    // line, and what follows overwrites it.
    static QStringList terminalLines(const QString &output)
    {
        QStringList lines;
        for (const QString &raw : output.split(u'\n')) {
            QString line;
            qsizetype column = 0;
            for (const QChar c : raw) {
                if (c == u'\r') {
                    column = 0;
                    continue;
                }
                if (column < line.size())
                    line[column] = c;
                else
                    line.append(c);
                ++column;
            }
            lines << line;
        }
        return lines;
    }

    QString zoneId(const QString &name) const { return Sandbox::hexId(u"zone:"_s + name); }

    QStringList accepted() const
    {
        QStringList items;
        for (const Sandbox::PurgeRecord &record : m_server->purges())
            items += record.items;
        return items;
    }

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }
    void cleanup()
    {
        m_server.reset();
        QFile::remove(cliSettingsPath());
        PurgeDesk::Test::forgetAccountLimits();
    }

    void purgesUrls()
    {
        QVERIFY(startSandbox());
        const auto result = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s, u"https://example.com/a.js"_s,
                                    u"example.com/b.css"_s},
            environment());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(u"Purged 2 of 2 URLs in example.com: 0 failed, 0 not sent"_s),
            qPrintable(result.out));
        QVERIFY(result.err.contains(u"line 2: note: example.com/b.css: Added https://"_s));
        QCOMPARE(accepted(), (QStringList {u"https://example.com/a.js"_s, u"https://example.com/b.css"_s}));
        QCOMPARE(m_server->purges().first().mode, u"purge"_s);

        // In one pipe for both (a CI log), the line's note comes before the summary, not after it.
        const QStringList arguments {u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s, u"example.com/c.css"_s};
        const auto merged = run({}, environment(), {}, {},
            {u"sh"_s,
                QStringList {u"-c"_s, u"exec \"$0\" \"$@\" 2>&1"_s, QStringLiteral(PURGEDESK_CLI_PATH)} + arguments});
        QCOMPARE(merged.exitCode, 0);
        const auto note = merged.out.indexOf(u"line 1: note: example.com/c.css"_s);
        const auto summary = merged.out.indexOf(u"Purged 1 of 1 URL in example.com"_s);
        QVERIFY2(note >= 0 && summary > note, qPrintable(merged.out));
    }

    void jsonSummary()
    {
        QVERIFY(startSandbox());
        QTemporaryDir dir;
        QFile list(dir.filePath(u"tags.txt"_s));
        QVERIFY(list.open(QIODevice::WriteOnly));
        for (int i = 0; i < 250; ++i)
            list.write("tag-" + QByteArray::number(i) + "\r\n");
        list.close();
        const auto result = run({u"purge"_s, u"--zone"_s, u"example.net"_s, u"--tags"_s, u"--from-file"_s,
                                    list.fileName(), u"--invalidate"_s, u"--json"_s},
            environment());
        QCOMPARE(result.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(summary.value(u"zone"_s).toObject().value(u"name"_s).toString(), u"example.net"_s);
        QCOMPARE(summary.value(u"mode"_s).toString(), u"invalidate"_s);
        QCOMPARE(summary.value(u"action"_s).toString(), u"tags"_s);
        QCOMPARE(summary.value(u"requested"_s).toInt(), 250);
        QCOMPARE(summary.value(u"done"_s).toInt(), 250);
        QCOMPARE(summary.value(u"failed"_s).toInt(), 0);
        QCOMPARE(summary.value(u"not_sent"_s).toInt(), 0);
        QCOMPARE(summary.value(u"requests"_s).toInt(), 3);
        QCOMPARE(summary.value(u"purge_ids"_s).toArray().size(), 3);
        QVERIFY(summary.value(u"errors"_s).toArray().isEmpty());
        QCOMPARE(m_server->purges().size(), 3);
        QCOMPARE(m_server->purges().first().mode, u"invalidate"_s);
    }

    void listFromStandardInput()
    {
        QVERIFY(startSandbox());
        const auto result = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--hosts"_s, u"--from-file"_s, u"-"_s},
            environment(), "# hosts\nwww.example.com\nimg.example.com\nwww.example.com\n");
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(accepted(), (QStringList {u"www.example.com"_s, u"img.example.com"_s}));
        QVERIFY(result.err.contains(u"Duplicate of line 2"_s));
    }

    void hostileListsAreRefusedWithTheLine_data()
    {
        QTest::addColumn<QString>("file"); // the list file's name in the test's folder, or a device
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("endless input") << u"/dev/zero"_s << QByteArray()
                                       << u"the list in /dev/zero is larger than 256 MiB; nothing was sent"_s;
        QTest::newRow("latin-1 file") << u"latin1.txt"_s
                                      << QByteArray("https://example.com/ok.js\nhttps://example.com/caf\xe9.js\n")
                                      << u"latin1.txt is not UTF-8 text: line 2 is not"_s;
        QTest::newRow("NUL byte") << u"nul.txt"_s << QByteArray("https://example.com/a\0b.js\n", 26)
                                  << u"line 1: error: https://example.com/a\\u0000b.js: Contains the control character "
                                     u"U+0000 (column 22)"_s;
        QTest::newRow("a URL of 10 MB") << u"long.txt"_s
                                        << ("https://example.com/" + QByteArray(qsizetype(10) * 1024 * 1024, 'a')
                                               + '\n')
                                        << u"Cloudflare refuses addresses longer than 32 KB"_s;
    }

    void hostileListsAreRefusedWithTheLine()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QVERIFY(startSandbox());
        QTemporaryDir dir;
        QString path = file;
        if (!content.isEmpty()) {
            path = dir.filePath(file);
            QVERIFY(Test::writeFile(path, content));
        }
        const auto result
            = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s, u"--from-file"_s, path}, environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err.left(500)));
        QVERIFY(result.err.size() < 4096); // the message, not the list
        QVERIFY(m_server->purges().isEmpty());
    }

    // --from-file takes up to 256 MiB (1,000,000 URLs fit): a list over the 32 MiB of old is read, and
    // a file over the cap is refused before it is read.
    void listsUpTo256MiBAreRead()
    {
        QVERIFY(startSandbox());
        QTemporaryDir dir;
        // 33 MiB, nearly all of it one comment line: over the old cap, and quick to check.
        const QString large = dir.filePath(u"large.txt"_s);
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("https://example.com/a.js\n# ");
        const QByteArray filler(qsizetype(1024) * 1024, 'x');
        for (int i = 0; i < 33; ++i)
            file.write(filler);
        file.write("\nhttps://example.com/b.js\n");
        file.close();
        QVERIFY(file.size() > qint64(32) * 1024 * 1024);
        auto result
            = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s, u"--from-file"_s, large, u"--dry-run"_s},
                environment());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"Dry run, nothing sent. 2 URLs; 1 request"_s), qPrintable(result.err.left(500)));

        // One byte over the cap, in a sparse file (nothing written to the disk): refused unread.
        const QString huge = dir.filePath(u"huge.txt"_s);
        QFile sparse(huge);
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        QVERIFY(sparse.resize(qint64(256) * 1024 * 1024 + 1));
        sparse.close();
        result = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s, u"--from-file"_s, huge}, environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"the list in "_s + huge + u" is larger than 256 MiB; nothing was sent"_s),
            qPrintable(result.err));
        QVERIFY(m_server->purges().isEmpty());
    }

    void rawNonAsciiIsSentPercentEncoded()
    {
        QVERIFY(startSandbox());
        const auto result = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s, u"--from-file"_s, u"-"_s},
            environment(), QByteArray("https://example.com/caf\xc3\xa9.js\n"));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(accepted(), QStringList {u"https://example.com/caf%C3%A9.js"_s});
        QVERIFY(result.err.contains(u"line 1: note: "_s));
    }

    void invalidInputSendsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("relative url") << QStringList {u"--files"_s, u"/a.js"_s}
                                      << u"line 1: error: /a.js: Relative URL"_s;
        QTest::newRow("empty list") << QStringList {u"--tags"_s} << u"never purges everything"_s;
        QTest::newRow("two actions") << QStringList {u"--tags"_s, u"--hosts"_s, u"a"_s} << u"exactly one of"_s;
        QTest::newRow("everything with items")
            << QStringList {u"--everything"_s, u"--yes"_s, u"x"_s} << u"takes no items"_s;
        QTest::newRow("everything without --yes") << QStringList {u"--everything"_s} << u"needs --yes"_s;
        QTest::newRow("unknown zone") << QStringList {u"--hosts"_s, u"a.example"_s} << QString();
        QTest::newRow("a token option") << QStringList {u"--token"_s, u"x"_s, u"--hosts"_s, u"a"_s}
                                        << u"Unknown option 'token'"_s;
        // Only one would be read: the other file's items would be lost without a word.
        QTest::newRow("two files") << QStringList {u"--files"_s, u"--from-file"_s, u"/dev/null"_s, u"--from-file"_s,
            u"/dev/null"_s} << u"--from-file was given 2 times, but takes one file"_s;
    }

    void invalidInputSendsNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QVERIFY(startSandbox());
        const QString zone = QString::fromLatin1(QTest::currentDataTag()) == u"unknown zone"_s ? u"nowhere.example"_s
                                                                                               : u"example.com"_s;
        const auto result = run(QStringList {u"purge"_s, u"--zone"_s, zone} + arguments, environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(m_server->purges().isEmpty());
    }

    // On a terminal, purging everything asks for the zone name (a real pty through script(1)).
    void everythingAsksForTheZoneNameOnATerminal_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("purges");
        QTest::newRow("right name") << QByteArray("example.org\n") << 0 << 1;
        QTest::newRow("other case") << QByteArray("EXAMPLE.ORG\n") << 0 << 1;
        QTest::newRow("wrong name") << QByteArray("example.com\n") << 2 << 0;
        QTest::newRow("nothing") << QByteArray("\n") << 2 << 0;
    }

    void everythingAsksForTheZoneNameOnATerminal()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, exitCode);
        QFETCH(int, purges);
        if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
            QSKIP("script(1) is not installed");
        QVERIFY(startSandbox());
        const QString command = QStringLiteral(PURGEDESK_CLI_PATH) + u" purge --zone example.org --everything"_s;
        const auto result = run({}, environment(), answer, {}, {u"script"_s, {u"-qec"_s, command, u"/dev/null"_s}});
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.out.contains(u"Type the zone name to confirm"_s), qPrintable(result.out));
        QCOMPARE(m_server->purges().size(), purges);
        if (purges == 0)
            QVERIFY(result.out.contains(u"Not confirmed: nothing was purged."_s));
    }

    void progressOnlyOnATerminal()
    {
        if (QStandardPaths::findExecutable(u"script"_s).isEmpty())
            QSKIP("script(1) is not installed");
        QVERIFY(startSandbox());
        QStringList tags;
        for (int i = 0; i < 250; ++i)
            tags << u"t%1"_s.arg(i);
        const QString command
            = QStringLiteral(PURGEDESK_CLI_PATH) + u" purge --zone example.net --tags "_s + tags.join(u' ');
        QProcessEnvironment quiet = environment();
        quiet.remove(u"QT_LOGGING_RULES"_s); // debug lines would land in the middle of the progress line
        const auto terminal = run({}, quiet, {}, {}, {u"script"_s, {u"-qec"_s, command, u"/dev/null"_s}});
        QCOMPARE(terminal.exitCode, 0);
        QVERIFY2(terminal.out.contains(u"\r250/250 items, 3 requests"_s), qPrintable(terminal.out.left(300)));
        // The progress line is cleared before the summary: nothing of it is left on the screen.
        const QStringList screen = terminalLines(terminal.out);
        QVERIFY2(screen.filter(u"items, "_s).isEmpty(), qPrintable(screen.join(u'|')));
        QVERIFY2(screen.filter(u"Purged 250 of 250 tags"_s).size() == 1, qPrintable(screen.join(u'|')));
        // Piped (a script or CI log): no progress lines, only the result.
        const auto piped
            = run(QStringList {u"purge"_s, u"--zone"_s, u"example.net"_s, u"--tags"_s} + tags, environment());
        QCOMPARE(piped.exitCode, 0);
        QVERIFY(!piped.err.contains(u"items, "_s));
        QVERIFY(piped.out.startsWith(u"Purged 250 of 250 tags"_s));
    }

    // The proxy chosen in the window's settings carries the CLI's requests (CONNECT for https://).
    void proxyFromTheSettings()
    {
        PurgeDesk::Test::RecordingProxy proxy;
        QVERIFY(proxy.start());
        setProxySetting(u"manual"_s, proxy.port());
        const auto result
            = run({u"zones"_s, u"--api-base"_s, u"https://api.proxy-test.example/client/v4"_s}, environment());
        QCOMPARE(result.exitCode, 4);
        QVERIFY(!proxy.requests().isEmpty());
        QVERIFY2(proxy.requests().first().startsWith("CONNECT api.proxy-test.example:443 HTTP/1.1"),
            proxy.requests().first().constData());
        QVERIFY2(result.err.contains(u"proxy"_s, Qt::CaseInsensitive), qPrintable(result.err));

        // No proxy in the settings: the proxy is not used.
        setProxySetting(u"none"_s, proxy.port());
        const qsizetype before = proxy.requests().size();
        QProcessEnvironment env = environment();
        env.insert(u"PURGEDESK_API_BASE"_s, u"https://api.proxy-test.invalid/client/v4"_s);
        QVERIFY(run({u"zones"_s}, env).exitCode != 0);
        QCOMPARE(proxy.requests().size(), before);
    }

    // The standard variables come before the settings: https_proxy names another proxy, no_proxy
    // none; a value that is not a proxy address stops the command before anything is sent.
    void proxyFromTheEnvironmentFirst()
    {
        PurgeDesk::Test::RecordingProxy chosen;
        PurgeDesk::Test::RecordingProxy configured;
        QVERIFY(chosen.start());
        QVERIFY(configured.start());
        setProxySetting(u"manual"_s, configured.port());
        const QStringList zones {u"zones"_s, u"--api-base"_s, u"https://api.proxy-test.example/client/v4"_s};
        QProcessEnvironment env = environment();
        env.insert(u"https_proxy"_s, u"http://127.0.0.1:%1"_s.arg(chosen.port()));
        QCOMPARE(run(zones, env).exitCode, 4);
        QVERIFY(!chosen.requests().isEmpty());
        QVERIFY(chosen.requests().first().startsWith("CONNECT api.proxy-test.example:443 "));
        QVERIFY(configured.requests().isEmpty());

        env.insert(u"https_proxy"_s, u"socks4://user:proxy-secret@127.0.0.1:1"_s);
        auto result = run(zones, env);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"https_proxy names a socks4:// proxy"_s), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"proxy-secret"_s));

        // A loopback API (the sandbox) is reached directly whatever the variables say.
        QVERIFY(startSandbox());
        env = environment();
        env.insert(u"https_proxy"_s, u"http://127.0.0.1:%1"_s.arg(chosen.port()));
        env.insert(u"http_proxy"_s, u"http://127.0.0.1:%1"_s.arg(chosen.port()));
        const qsizetype before = chosen.requests().size();
        result = run({u"zones"_s}, env);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(chosen.requests().size(), before);
        QVERIFY(configured.requests().isEmpty());
    }

    // --cacert and PURGEDESK_CA_BUNDLE: a file that holds no certificate stops the command before
    // anything is sent, and says which of the two named it.
    void aCertificateFileWithoutCertificatesIsRefused()
    {
        QVERIFY(startSandbox());
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"not-a-ca.pem"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
        file.close();
        auto result = run({u"zones"_s, u"--cacert"_s, bad}, environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"holds no PEM certificate"_s) && result.err.contains(u"--cacert"_s),
            qPrintable(result.err));
        QProcessEnvironment env = environment();
        env.insert(u"PURGEDESK_CA_BUNDLE"_s, dir.filePath(u"missing.pem"_s));
        result = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s, u"https://example.com/a.js"_s}, env);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"PURGEDESK_CA_BUNDLE"_s), qPrintable(result.err));
        QVERIFY(m_server->purges().isEmpty());
    }

    void everythingWithYes()
    {
        QVERIFY(startSandbox());
        const auto result
            = run({u"purge"_s, u"--zone"_s, u"example.org"_s, u"--everything"_s, u"--yes"_s}, environment());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(u"Purged everything in example.org"_s));
        QCOMPARE(m_server->purges().size(), 1);
        QCOMPARE(m_server->purges().first().selector, u"everything"_s);
    }

    void dryRunSendsNothingAndHidesTheSecret()
    {
        QVERIFY(startSandbox());
        const auto result = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s,
                                    u"https://example.com/a?x=1&y=2"_s, u"--dry-run"_s},
            environment());
        QCOMPARE(result.exitCode, 0); // -2 would mean the secret was printed
        QVERIFY(result.out.contains(u"Dry run, nothing sent. 1 URL; 1 request"_s));
        QVERIFY(result.out.contains(u"Authorization: Bearer $CLOUDFLARE_API_TOKEN"_s));
        QVERIFY(result.out.contains(u"--data '{\"files\":[\"https://example.com/a?x=1&y=2\"]}'"_s));
        QVERIFY(m_server->purges().isEmpty());
    }

    void credentials()
    {
        QVERIFY(startSandbox());
        auto result = run(
            {u"purge"_s, u"--zone"_s, u"example.com"_s, u"--hosts"_s, u"www.example.com"_s}, environment(QString()));
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(u"set CLOUDFLARE_API_TOKEN"_s));

        QProcessEnvironment key = environment(QString());
        key.insert(u"CLOUDFLARE_EMAIL"_s, u"demo@example.com"_s);
        key.insert(u"CLOUDFLARE_API_KEY"_s, u"sandbox-demo-global-key"_s);
        result = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--hosts"_s, u"www.example.com"_s}, key);
        QCOMPARE(result.exitCode, 0);

        result = run(
            {u"purge"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s, u"a"_s}, environment(u"sandbox-expired-token"_s));
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(m_server->purges().size(), 1);
        // Cloudflare answers an expired or unknown token as it answers one without Zone > Zone >
        // Read: the message does not say it is only the permission.
        QVERIFY2(result.err.contains(u"Either the token is not valid (wrong, expired or disabled), or it lacks"_s),
            qPrintable(result.err));
        result = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s, u"a"_s}, environment(u"wrong"_s));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(u"Either the token is not valid (wrong, expired or disabled), or it lacks"_s),
            qPrintable(result.err));
    }

    void refusedCredentialMidRun()
    {
        QVERIFY(startSandbox());
        const auto result = run({u"purge"_s, u"--zone"_s, zoneId(u"example.com"_s), u"--tags"_s, u"a"_s, u"b"_s},
            environment(u"sandbox-disabled-token"_s));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(u"failed: a: Cloudflare refused the request: Invalid access token (9109)"_s),
            qPrintable(result.err));
    }

    void purgeOnlyTokenUsesTheZoneId()
    {
        QVERIFY(startSandbox());
        auto result = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--hosts"_s, u"www.example.com"_s},
            environment(Sandbox::purgeOnlyToken()));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(u"use the zone ID instead"_s), qPrintable(result.err));

        result = run({u"purge"_s, u"--zone"_s, zoneId(u"example.com"_s), u"--hosts"_s, u"www.example.com"_s},
            environment(Sandbox::purgeOnlyToken()));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.contains(u"Continuing with the strictest limits (Free plan)"_s));
        QCOMPARE(accepted(), QStringList {u"www.example.com"_s});
    }

    void unreachableApiIsANetworkError()
    {
        QVERIFY(startSandbox());
        const quint16 port = m_server->port();
        m_server.reset(); // nothing listens there now
        QProcessEnvironment env = environment();
        env.insert(u"PURGEDESK_API_BASE"_s, u"http://127.0.0.1:%1/client/v4"_s.arg(port));
        const auto result = run({u"zones"_s}, env);
        QCOMPARE(result.exitCode, 4);
        QVERIFY(result.err.contains(u"refused"_s));
    }

    void unsafeApiBaseIsRefused()
    {
        QVERIFY(startSandbox());
        const auto result = run({u"zones"_s, u"--api-base"_s, u"http://api.example.com/client/v4"_s}, environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"must use https://"_s), qPrintable(result.err));
        QCOMPARE(m_server->counters().requests, 0);
    }

    void partialFailureListsWhatIsLeft()
    {
        QVERIFY(startSandbox());
        Sandbox::Fault outage;
        outage.endpoint = u"purge_cache"_s;
        outage.kind = Sandbox::FaultKind::HtmlError;
        outage.nth = 2;
        outage.count = 1000;
        m_server->setFaults({outage});
        QStringList items;
        for (int i = 0; i < 150; ++i)
            items << u"https://example.com/%1"_s.arg(i);
        const auto result
            = run(QStringList {u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s} + items, environment());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.startsWith(u"Purged 100 of 150 URLs in example.com: 50 failed, 0 not sent"_s),
            qPrintable(result.out));
        QCOMPARE(result.err.count(u"failed: https://example.com/"_s), 50);
        QVERIFY(result.err.contains(u"failed: https://example.com/149: Failed after 5 attempts"_s));
        // One request failed after five attempts: the summary counts it once, and its retries apart.
        QVERIFY2(result.out.contains(u"(2 requests, 4 retries, "_s), qPrintable(result.out));
    }

    // One list across zones: each URL goes to the zone it belongs to, exactly once; a URL in no zone of
    // the account stops the purge before anything is sent.
    void itemsAreRoutedToTheirZones()
    {
        QVERIFY(startSandbox());
        const QStringList mixed {u"https://example.com/a.js"_s, u"https://cdn.example.net/b.css"_s,
            u"https://shop.example/c"_s, u"https://www.example.com/d"_s};
        auto result = run(QStringList {u"purge"_s, u"--files"_s, u"https://elsewhere.test/x"_s} + mixed, environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(
                     u"line 1: error: https://elsewhere.test/x: elsewhere.test is not in any zone of this account"_s),
            qPrintable(result.err));
        QVERIFY(m_server->purges().isEmpty());

        result = run(QStringList {u"purge"_s, u"--files"_s, u"--json"_s} + mixed, environment());
        QCOMPARE(result.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(summary.value(u"done"_s).toInt(), 4);
        QVERIFY(!summary.contains(u"zone"_s)); // several zones: see "zones"
        const QJsonArray zones = summary.value(u"zones"_s).toArray();
        QCOMPARE(zones.size(), 3);
        QCOMPARE(zones.at(0).toObject().value(u"zone"_s).toObject().value(u"name"_s).toString(), u"example.com"_s);
        QCOMPARE(zones.at(0).toObject().value(u"done"_s).toInt(), 2);
        QCOMPARE(zones.at(1).toObject().value(u"zone"_s).toObject().value(u"name"_s).toString(), u"example.net"_s);
        QCOMPARE(zones.at(1).toObject().value(u"done"_s).toInt(), 1);
        // What each zone received: exactly its own URLs.
        QHash<QString, QStringList> received;
        for (const Sandbox::PurgeRecord &record : m_server->purges())
            received[record.zoneName] += record.items;
        QCOMPARE(received.value(u"example.com"_s),
            (QStringList {u"https://example.com/a.js"_s, u"https://www.example.com/d"_s}));
        QCOMPARE(received.value(u"example.net"_s), QStringList {u"https://cdn.example.net/b.css"_s});
        QCOMPARE(received.value(u"shop.example"_s), QStringList {u"https://shop.example/c"_s});
        QCOMPARE(received.size(), 3);

        // Each zone is its own run in the history.
        result = run({u"history"_s, u"--json"_s, u"--limit"_s, u"3"_s}, environment());
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"runs"_s).toArray().size(), 3);

        // Named zones: tags go to each; a URL outside the named zone is refused on its line.
        result = run(
            {u"purge"_s, u"--zone"_s, u"example.com"_s, u"--zone"_s, u"example.net"_s, u"--tags"_s, u"t1"_s, u"t2"_s},
            environment());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(u"Purged 4 of 4 tags in 2 zones"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"  example.net: 2 purged\n"_s));
        result
            = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s, u"https://example.net/x"_s}, environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"example.net is not in example.com"_s), qPrintable(result.err));

        // A token that cannot list zones cannot route: the message says to name the zone.
        result = run({u"purge"_s, u"--files"_s, u"https://example.com/a.js"_s}, environment(Sandbox::purgeOnlyToken()));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(u"name the zone"_s), qPrintable(result.err));
    }

    // A deploy script that purges twice: the second run knows the first emptied the Free plan's
    // bucket of 25 and waits for a refill instead of meeting a 429.
    void aSecondRunSharesTheBucketOfTheFirst()
    {
        QVERIFY(startSandbox());
        QStringList tags;
        for (int i = 0; i < 2500; ++i) // 25 requests: the whole bucket
            tags << u"first-%1"_s.arg(i);
        auto result = run(
            QStringList {u"purge"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s, u"--json"_s} + tags, environment());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"rate_limited"_s).toInt(), 0);
        result = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s, u"second"_s, u"--json"_s}, environment());
        QCOMPARE(result.exitCode, 0);
        const QJsonObject second = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(second.value(u"rate_limited"_s).toInt(), 0);
        QCOMPARE(m_server->counters().rateLimited, 0);
        QCOMPARE(m_server->purges().size(), 26);
        QVERIFY2(second.value(u"elapsed_ms"_s).toInteger() > 5000, qPrintable(result.out)); // it waited its turn
    }

    // The numbers --json prints are the ones the history keeps, under 429s and server errors alike.
    void jsonAndHistoryAgreeUnderFaults()
    {
        QVERIFY(startSandbox());
        Sandbox::Fault limited;
        limited.endpoint = u"purge_cache"_s;
        limited.kind = Sandbox::FaultKind::RateLimited;
        limited.nth = 1;
        limited.count = 2;
        limited.retryAfterSeconds = 1;
        Sandbox::Fault outage;
        outage.endpoint = u"purge_cache"_s;
        outage.kind = Sandbox::FaultKind::HtmlError;
        outage.nth = 4;
        outage.count = 1;
        m_server->setFaults({limited, outage});
        QStringList items;
        for (int i = 0; i < 300; ++i)
            items << u"tag-%1"_s.arg(i);
        const auto result = run(
            QStringList {u"purge"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s, u"--json"_s} + items, environment());
        QCOMPARE(result.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(summary.value(u"requests"_s).toInt(), 3);
        QCOMPARE(summary.value(u"requests_sent"_s).toInt(), 3);
        QCOMPARE(summary.value(u"rate_limited"_s).toInt(), 2);
        QCOMPARE(summary.value(u"retries"_s).toInt(), 3);
        QCOMPARE(summary.value(u"attempts"_s).toInt(), 6);
        QCOMPARE(m_server->counters().perEndpoint.value(u"purge_cache"_s), 6);

        const auto history = run({u"history"_s, u"--json"_s, u"--limit"_s, u"1"_s}, environment());
        QCOMPARE(history.exitCode, 0);
        const QJsonObject recorded
            = QJsonDocument::fromJson(history.out.toUtf8()).object().value(u"runs"_s).toArray().first().toObject();
        for (const QString &key : {u"requested"_s, u"done"_s, u"failed"_s, u"not_sent"_s, u"pending"_s, u"requests"_s,
                 u"requests_sent"_s, u"attempts"_s, u"retries"_s, u"rate_limited"_s, u"elapsed_ms"_s})
            QVERIFY2(recorded.value(key) == summary.value(key),
                qPrintable(u"%1: %2 in the history, %3 printed"_s.arg(key)
                               .arg(recorded.value(key).toInteger())
                               .arg(summary.value(key).toInteger())));
        QCOMPARE(recorded.value(u"outcome"_s).toString(), summary.value(u"outcome"_s).toString());
    }

    void interruptCancelsCleanly()
    {
        QVERIFY(startSandbox());
        m_server->setLatency(1500, 0);
        const auto result = run({u"purge"_s, u"--zone"_s, zoneId(u"example.com"_s), u"--tags"_s, u"a"_s, u"b"_s},
            environment(), {}, [this](QProcess &process) {
                // Interrupt once the request is on its way.
                (void)QTest::qWaitFor(
                    [this] { return m_server->counters().perEndpoint.value(u"purge_cache"_s) > 0; }, 10000);
                ::kill(pid_t(process.processId()), SIGINT);
            });
        QCOMPARE(result.exitCode, 130);
        QVERIFY2(result.out.contains(u"0 of 2 tags"_s), qPrintable(result.out));
        QVERIFY(result.err.contains(u"not sent: a: Not confirmed: cancelled while the request was on its way"_s));
    }

    void droneCompatibility_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<int>("items");
        QTest::newRow("files") << u"purge_files"_s << u"https://example.org/a.js, https://example.org/b.js"_s
                               << u"files"_s << 2;
        QTest::newRow("upper case") << u"PURGE_TAGS"_s << u"a,b,,c"_s << u"tags"_s << 3;
        QTest::newRow("hosts") << u"Purge_Hosts"_s << u"www.example.org"_s << u"hosts"_s << 1;
        QTest::newRow("prefixes") << u"purge_prefixes"_s << u"www.example.org/blog/"_s << u"prefixes"_s << 1;
        QTest::newRow("everything") << u"purge_everything"_s << QString() << u"everything"_s << 0;
    }

    void droneCompatibility()
    {
        QFETCH(QString, action);
        QFETCH(QString, list);
        QFETCH(QString, selector);
        QFETCH(int, items);
        QVERIFY(startSandbox());
        QProcessEnvironment env = environment(QString());
        env.insert(u"PLUGIN_ACTION"_s, action);
        env.insert(u"PLUGIN_API_TOKEN"_s, kSecret);
        env.insert(u"PLUGIN_ZONE_IDENTIFIER"_s, zoneId(u"example.org"_s));
        env.insert(u"PLUGIN_LIST"_s, list);
        const auto result = run({}, env);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(m_server->purges().size(), 1);
        QCOMPARE(m_server->purges().first().selector, selector);
        QCOMPARE(m_server->purges().first().items.size(), items);
    }

    void droneRejectsUnknownActions()
    {
        QVERIFY(startSandbox());
        QProcessEnvironment env = environment(QString());
        env.insert(u"PLUGIN_ACTION"_s, u"purge_all"_s);
        env.insert(u"PLUGIN_API_TOKEN"_s, kSecret);
        env.insert(u"PLUGIN_ZONE_IDENTIFIER"_s, zoneId(u"example.org"_s));
        const auto result = run({}, env);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"PLUGIN_ACTION must be"_s));
    }

    void historyRecordsEveryRun()
    {
        QVERIFY(startSandbox());
        QVERIFY(
            run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s, u"a"_s, u"b"_s}, environment()).exitCode == 0);
        QVERIFY(run({u"purge"_s, u"--zone"_s, u"example.net"_s, u"--hosts"_s, u"www.example.net"_s, u"--dry-run"_s},
                    environment())
                    .exitCode
            == 0);
        auto result = run({u"history"_s, u"--json"_s}, environment());
        QCOMPARE(result.exitCode, 0);
        const QJsonArray runs = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"runs"_s).toArray();
        QVERIFY(runs.size() >= 2);
        const QJsonObject dry = runs.at(0).toObject();
        QCOMPARE(dry.value(u"dry_run"_s).toBool(), true);
        QCOMPARE(dry.value(u"zone"_s).toObject().value(u"name"_s).toString(), u"example.net"_s);
        const QJsonObject real = runs.at(1).toObject();
        QCOMPARE(real.value(u"source"_s).toString(), u"cli"_s);
        QCOMPARE(real.value(u"profile"_s).toString(), u"environment"_s);
        QCOMPARE(real.value(u"outcome"_s).toString(), u"done"_s);
        QCOMPARE(real.value(u"done"_s).toInt(), 2);
        QCOMPARE(real.value(u"purge_ids"_s).toArray().first().toString(), m_server->purges().last().purgeId);

        result = run({u"history"_s, u"--csv"_s, u"--zone"_s, u"example.com"_s, u"--limit"_s, u"1"_s}, environment());
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(u"id,started_at,finished_at,profile"_s));
        QVERIFY2(lines.last().contains(u",example.com,purge,tags,cli,0,done,2,2,0,0,0,1,1,1,0,0,"_s),
            qPrintable(lines.last()));

        result = run({u"history"_s, u"--since"_s, u"tomorrow"_s}, environment());
        QCOMPARE(result.exitCode, 2);
        result
            = run({u"history"_s, u"--since"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate)}, environment());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(u"No purges recorded that match."_s));
    }

    void readOnlyHistoryIsSaidNotCalledDamaged()
    {
        QVERIFY(startSandbox());
        QTemporaryDir data;
        QProcessEnvironment env = environment();
        env.insert(u"XDG_DATA_HOME"_s, data.path());
        const QStringList purge {u"purge"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s};
        QCOMPARE(run(purge + QStringList {u"first"_s}, env).exitCode, 0);
        const QString path = data.filePath(u"PurgeDesk/history.sqlite"_s);
        const Test::ReadOnly readOnly(path);
        QVERIFY(readOnly.ok());

        auto result = run(purge + QStringList {u"second"_s}, env);
        QCOMPARE(result.exitCode, 0); // the purge itself goes through
        QCOMPARE(m_server->purges().size(), 2);
        QVERIFY2(result.err.contains(u"Note: The history is read-only (the file "_s), qPrintable(result.err));
        QVERIFY(result.err.contains(u"purges are not recorded"_s));
        QVERIFY(!result.err.contains(u"damaged"_s));

        result = run({u"history"_s}, env);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(u"The history is read-only"_s), qPrintable(result.err));
        QCOMPARE(result.out.count(u'\n'), 1); // the first purge, still readable
        QVERIFY(result.out.contains(u"1/1 done  done  (cli"_s));
        QVERIFY(QDir(data.filePath(u"PurgeDesk"_s)).entryList({u"*.damaged-*"_s}).isEmpty());
    }

    void killedRunIsShownAsInterrupted()
    {
        QVERIFY(startSandbox());
        QTemporaryDir data;
        QProcessEnvironment env = environment();
        env.insert(u"XDG_DATA_HOME"_s, data.path());
        Sandbox::Fault stall; // the purge request gets no answer: the run is under way when it is killed
        stall.endpoint = u"purge_cache"_s;
        stall.kind = Sandbox::FaultKind::Stall;
        stall.share = 1.0;
        stall.stallMs = 20000;
        m_server->setFaults({stall});
        const auto killed = run({u"purge"_s, u"--zone"_s, zoneId(u"example.com"_s), u"--tags"_s, u"a"_s, u"b"_s}, env,
            {}, [this](QProcess &process) {
                (void)QTest::qWaitFor(
                    [this] { return m_server->counters().perEndpoint.value(u"purge_cache"_s) > 0; }, 10000);
                ::kill(pid_t(process.processId()), SIGKILL);
            });
        QCOMPARE(killed.exitCode, -1);

        auto result = run({u"history"_s}, env);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"0/2 done  interrupted  (cli"_s), qPrintable(result.out));
        result = run({u"history"_s, u"--json"_s}, env);
        const QJsonObject last
            = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"runs"_s).toArray().first().toObject();
        QCOMPARE(last.value(u"outcome"_s).toString(), u"interrupted"_s);
    }

    void presetAcrossZonesRoutesEachItem()
    {
        QVERIFY(startSandbox());
        auto result = run({u"preset"_s, u"save"_s, u"Sites"_s, u"--zone"_s, u"example.com"_s, u"--zone"_s,
                              u"example.net"_s, u"--files"_s, u"https://example.com/a.js"_s,
                              u"https://www.example.net/b.js"_s, u"https://example.com/c.js"_s},
            environment());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run({u"preset"_s, u"list"_s, u"--json"_s}, environment());
        const QJsonObject saved
            = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"presets"_s).toArray().first().toObject();
        QCOMPARE(saved.value(u"more_zones"_s).toArray().size(), 1);
        QCOMPARE(
            saved.value(u"more_zones"_s).toArray().first().toObject().value(u"name"_s).toString(), u"example.net"_s);

        result = run({u"preset"_s, u"run"_s, u"Sites"_s, u"--json"_s}, environment());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(summary.value(u"done"_s).toInt(), 3);
        QCOMPARE(summary.value(u"zones"_s).toArray().size(), 2);
        QMap<QString, QStringList> byZone;
        for (const Sandbox::PurgeRecord &record : m_server->purges())
            byZone[record.zoneName] += record.items;
        QCOMPARE(byZone.value(u"example.com"_s),
            (QStringList {u"https://example.com/a.js"_s, u"https://example.com/c.js"_s}));
        QCOMPARE(byZone.value(u"example.net"_s), QStringList {u"https://www.example.net/b.js"_s});
        QCOMPARE(byZone.size(), 2);

        // A preset whose list holds a URL of a zone it does not name sends nothing.
        result = run({u"preset"_s, u"save"_s, u"Narrow"_s, u"--zone"_s, u"example.com"_s, u"--zone"_s, u"example.net"_s,
                         u"--files"_s, u"https://example.com/a.js"_s, u"https://shop.example/d.js"_s},
            environment());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const qsizetype before = m_server->purges().size();
        result = run({u"preset"_s, u"run"_s, u"Narrow"_s}, environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"shop.example is not in example.com, example.net"_s), qPrintable(result.err));
        QCOMPARE(m_server->purges().size(), before);
        for (const QString &name : {u"Sites"_s, u"Narrow"_s})
            QCOMPARE(run({u"preset"_s, u"remove"_s, name}, environment()).exitCode, 0);
    }

    void presetSavedAndRunHeadless()
    {
        QVERIFY(startSandbox());
        auto result = run({u"preset"_s, u"save"_s, u"Deploy"_s, u"--zone"_s, u"example.com"_s, u"--files"_s,
                              u"https://example.com/app.js"_s, u"https://example.com/app.css"_s},
            environment());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, u"Saved the preset \"Deploy\": purge files in example.com, 2 items.\n"_s);
        // No overwrite without --replace; a list with an error is not saved.
        result = run(
            {u"preset"_s, u"save"_s, u"deploy"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s, u"x"_s}, environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"Use --replace to overwrite it."_s));
        result = run({u"preset"_s, u"save"_s, u"Broken"_s, u"--zone"_s, u"example.com"_s, u"--files"_s, u"no/scheme"_s},
            environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"line 1: error: no/scheme"_s));

        result = run({u"preset"_s, u"run"_s, u"Deploy"_s, u"--json"_s}, environment());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"done"_s).toInt(), 2);
        QCOMPARE(accepted(), (QStringList {u"https://example.com/app.js"_s, u"https://example.com/app.css"_s}));
        result = run({u"history"_s, u"--json"_s, u"--limit"_s, u"1"_s}, environment());
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())
                     .object()
                     .value(u"runs"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"source"_s)
                     .toString(),
            u"preset:Deploy"_s);
        QVERIFY(!result.out.contains(kSecret));

        // Exit codes as for purge: a token Cloudflare refuses.
        result = run({u"preset"_s, u"run"_s, u"Deploy"_s}, environment(u"wrong-token"_s));
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(run({u"preset"_s, u"run"_s, u"Nope"_s}, environment()).exitCode, 2);

        // Export, then import: a conflict is skipped unless --keep-both or --replace.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"presets.json"_s);
        QCOMPARE(run({u"preset"_s, u"export"_s, u"--out"_s, file}, environment()).exitCode, 0);
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(!exported.readAll().contains(kSecret.toUtf8()));
        result = run({u"preset"_s, u"import"_s, file}, environment());
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(u"skipped: \"Deploy\" exists already"_s));
        QCOMPARE(run({u"preset"_s, u"import"_s, file, u"--keep-both"_s}, environment()).exitCode, 0);
        result = run({u"preset"_s, u"list"_s, u"--json"_s}, environment());
        const QJsonArray presets = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"presets"_s).toArray();
        QCOMPARE(presets.size(), 2);
        QCOMPARE(presets.at(1).toObject().value(u"name"_s).toString(), u"Deploy (2)"_s);
    }

    void zonesWithoutIdOrNameAreCountedNotHidden()
    {
        Sandbox::HttpServer server;
        server.setHandler([](const Sandbox::HttpRequest &) {
            Sandbox::HttpAction action;
            action.response.body
                = R"({"success":true,"errors":[],"result":[{"id":"0123456789abcdef0123456789abcdef","name":"ok.example"},{"name":"no-id.example"},{"id":"fedcba9876543210fedcba9876543210"}],"result_info":{"page":1,"per_page":50,"count":3,"total_count":3,"total_pages":1}})";
            return action;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QProcessEnvironment env = environment();
        env.insert(u"PURGEDESK_API_BASE"_s, u"http://127.0.0.1:%1/client/v4"_s.arg(server.port()));
        const auto result = run({u"zones"_s}, env);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"ok.example"_s));
        QVERIFY2(
            result.err.contains(u"Note: 2 zone(s) in Cloudflare's answer had no id or name"_s), qPrintable(result.err));
    }

    void zones()
    {
        QVERIFY(startSandbox());
        auto result = run({u"zones"_s}, environment());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(u"ID"_s));
        QVERIFY(result.out.contains(zoneId(u"shop.example"_s) + u"  shop.example     Enterprise  active"_s));
        result = run({u"zones"_s, u"--json"_s}, environment());
        QCOMPARE(result.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"zones"_s).toArray();
        QCOMPARE(array.size(), 5);
        QCOMPARE(array.at(1).toObject().value(u"plan"_s).toString(), u"pro"_s);
        result = run({u"zones"_s}, environment(Sandbox::purgeOnlyToken()));
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(u"Zone > Zone > Read"_s));
    }

    void zonesUnderAbsurdPagination()
    {
        QVERIFY(startSandbox());
        Sandbox::Fault lie;
        lie.endpoint = u"zones"_s;
        lie.kind = Sandbox::FaultKind::AbsurdPagination;
        lie.share = 1.0; // total_pages and total_count: 2,000,000,000
        m_server->setFaults({lie});
        const auto result = run({u"zones"_s, u"--json"_s}, environment());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"zones"_s).toArray().size(), 5);
        QVERIFY2(result.err.contains(u"Note: Cloudflare counted 2000000000 zones, but its pages listed 5"_s),
            qPrintable(result.err));
        // Page 1, then the empty page 2 (and at most the few asked for alongside it): not thousands.
        QVERIFY(m_server->counters().perEndpoint.value(u"zones"_s) <= 5);
    }

    void aHugeRetryAfterIsNotWaitedForAndSaysSo()
    {
        QVERIFY(startSandbox());
        Sandbox::Fault limited;
        limited.endpoint = u"purge_cache"_s;
        limited.kind = Sandbox::FaultKind::RateLimited;
        limited.share = 1.0;
        limited.retryAfterSeconds = 100000;
        m_server->setFaults({limited});
        const auto result
            = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s, u"a"_s, u"b"_s, u"--json"_s}, environment());
        QCOMPARE(result.exitCode, 4);
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(summary.value(u"not_sent"_s).toInt(), 2);
        const QString reason
            = u"Not sent: Cloudflare asked to wait 28 h before the next request, longer than the 5 min "
              u"this run waits. Try again later."_s;
        QCOMPARE(summary.value(u"errors"_s).toArray().first().toObject().value(u"reason"_s).toString(), reason);
        QVERIFY2(result.err.contains(u"not sent: a: "_s + reason), qPrintable(result.err));
    }

    void maxWaitDecidesHowLongARunWaits()
    {
        QVERIFY(startSandbox());
        Sandbox::Fault limited;
        limited.endpoint = u"purge_cache"_s;
        limited.kind = Sandbox::FaultKind::RateLimited;
        limited.nth = 1;
        limited.retryAfterSeconds = 5;
        m_server->setFaults({limited});
        const QStringList purge {u"purge"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s, u"a"_s};
        auto result = run(purge + QStringList {u"--max-wait"_s, u"2"_s}, environment());
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(
            result.err.contains(u"asked to wait 5 s before the next request, longer than the 2 s this run waits"_s),
            qPrintable(result.err));

        m_server->setFaults({limited}); // the first request is refused again
        result = run(purge + QStringList {u"--max-wait"_s, u"10"_s}, environment());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(u"Rate limited by Cloudflare: waiting 5 s, then the rest is sent"_s),
            qPrintable(result.err));
        QCOMPARE(m_server->purges().size(), 1);

        result = run(purge + QStringList {u"--max-wait"_s, u"soon"_s}, environment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"--max-wait takes a whole number of seconds from 0 to 86400"_s));
    }

    void aRefusalForEverythingSendsAFewRequestsNotThousands()
    {
        QVERIFY(startSandbox());
        Sandbox::Fault refusal;
        refusal.endpoint = u"purge_cache"_s;
        refusal.kind = Sandbox::FaultKind::Refused;
        refusal.share = 1.0;
        refusal.message = u"Purging is disabled for this zone"_s;
        m_server->setFaults({refusal});
        QByteArray list;
        for (int i = 0; i < 1000; ++i)
            list += "https://example.com/file-" + QByteArray::number(i) + ".js\n";
        const auto result
            = run({u"purge"_s, u"--zone"_s, u"example.com"_s, u"--files"_s, u"--from-file"_s, u"-"_s, u"--json"_s},
                environment(), list);
        QCOMPARE(result.exitCode, 1);
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(summary.value(u"done"_s).toInt(), 0);
        QCOMPARE(summary.value(u"failed"_s).toInt() + summary.value(u"not_sent"_s).toInt(), 1000);
        QVERIFY(summary.value(u"not_sent"_s).toInt() > 0);
        QVERIFY2(summary.value(u"requests"_s).toInt() <= 10, qPrintable(result.out)); // was 1,990
        QVERIFY(result.err.contains(
            u"failed: https://example.com/file-0.js: Cloudflare refused the request: Purging is disabled for this zone "
            u"(1016)."_s));
        QVERIFY(result.err.contains(u"Not sent: Cloudflare refused 3 requests in a row with the same answer"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliPurge)
#include "tst_cli_purge.moc"
