#include "accounts/credentialstore.h"
#include "sandbox/sandboxserver.h"
#include "settings/networksettings.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;

namespace {
const QString kToken = u"acct-secret-token-51c0ffee"_s;
const QString kKey = u"acct-secret-global-key-9d2e"_s;
const QString kProxyPassword = u"acct-proxy-password-4b1d"_s;
} // namespace

// Saved accounts through purgedesk-cli, with the real Secret Service (tests/support/run-test.sh
// --keyring) and the sandbox; and a scan proving the secrets stay in the keychain.
class TestAccounts final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QString m_allOutput; // everything every CLI run printed

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result cli(const QStringList &arguments, const QByteArray &input = {}, const QProcessEnvironment &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"CLOUDFLARE_API_TOKEN"_s);
        env.remove(u"PURGEDESK_API_BASE"_s);
        env.remove(u"PURGEDESK_PROFILE"_s);
        for (const QString &name :
            {u"https_proxy"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s, u"ALL_PROXY"_s, u"no_proxy"_s, u"NO_PROXY"_s})
            env.remove(name);
        for (const QString &name : extra.keys())
            env.insert(name, extra.value(name));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PURGEDESK_CLI_PATH), arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            return {};
        Result result {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
        m_allOutput += result.out + result.err;
        return result;
    }

    static QString secretToolLookup(const QString &key)
    {
        return PurgeDesk::Test::runProcess(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"PurgeDesk"_s, u"user"_s, key})
            .out;
    }

    static QString profilesPath() { return qEnvironmentVariable("XDG_CONFIG_HOME") + u"/PurgeDesk/profiles.json"_s; }

    static QJsonArray listJson(TestAccounts *self)
    {
        return QJsonDocument::fromJson(self->cli({u"accounts"_s, u"list"_s, u"--json"_s}).out.toUtf8())
            .object()
            .value(u"accounts"_s)
            .toArray();
    }

    // Every file under the user's folders that PurgeDesk (or anything here) wrote.
    static QStringList filesContaining(const QByteArray &needle)
    {
        QStringList hits;
        QStringList roots;
        for (const char *variable :
            {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TMPDIR"})
            if (!qEnvironmentVariable(variable).isEmpty())
                roots << qEnvironmentVariable(variable);
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                    hits << file.fileName();
            }
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PurgeDesk::Test::prepare();
        // This test must run with its own HOME and keyring (run-test.sh --keyring), never the user's.
        QVERIFY2(qEnvironmentVariable("HOME").contains(u"purgedesk-test"_s), "run this test through ctest");
        Sandbox::Config config = Sandbox::demoConfig();
        Sandbox::Token token;
        token.value = kToken;
        token.id = Sandbox::hexId(kToken);
        config.tokens.append(token);
        config.globalKeys.append({u"ops@example.com"_s, kKey});
        m_server = std::make_unique<Sandbox::SandboxServer>(config);
        QVERIFY(m_server->start());
    }

    void addListPurgeVerifyRemove()
    {
        const QString base = m_server->baseUrl();
        auto result
            = cli({u"accounts"_s, u"add"_s, u"--name"_s, u"Zürich Büro ☁"_s, u"--token-stdin"_s, u"--api-base"_s, base},
                "  \"" + kToken.toUtf8() + "\"  \n"); // pasted with spaces and quotes
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"The token is active and does not expire."_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"It can list 5 zones in Demo Account."_s));
        QVERIFY(result.out.contains(u"Saved the account \"Zürich Büro ☁\""_s));

        // The profile file has the account and no secret; the keychain has the secret.
        QFile profiles(profilesPath());
        QVERIFY(profiles.open(QIODevice::ReadOnly));
        const QByteArray json = profiles.readAll();
        QVERIFY(!json.contains(kToken.toUtf8()));
        const QJsonArray listed = listJson(this);
        QCOMPARE(listed.size(), 1);
        const QJsonObject profile = listed.first().toObject();
        QCOMPARE(profile.value(u"name"_s).toString(), u"Zürich Büro ☁"_s);
        QCOMPARE(profile.value(u"verification"_s).toObject().value(u"zones"_s).toArray().size(), 5);
        const QString id = profile.value(u"id"_s).toString();
        QCOMPARE(secretToolLookup(u"profile/"_s + id), kToken);

        // Another process purges with it: the secret comes from the keychain, the address from the profile.
        result = cli({u"purge"_s, u"--profile"_s, u"zürich büro ☁"_s, u"--zone"_s, u"example.com"_s, u"--hosts"_s,
            u"www.example.com"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(m_server->purges().size(), 1);
        QCOMPARE(m_server->purges().last().items, QStringList {u"www.example.com"_s});

        result = cli({u"accounts"_s, u"verify"_s, u"Zürich Büro ☁"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"The token is active"_s));

        result = cli({u"accounts"_s, u"add"_s, u"--name"_s, u"ZÜRICH BÜRO ☁"_s, u"--token-stdin"_s, u"--no-verify"_s},
            kToken.toUtf8());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"already an account named"_s));

        result = cli({u"accounts"_s, u"remove"_s, u"Zürich Büro ☁"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(secretToolLookup(u"profile/"_s + id), QString());
        QVERIFY(listJson(this).isEmpty());
        result = cli({u"purge"_s, u"--profile"_s, u"Zürich Büro ☁"_s, u"--zone"_s, u"example.com"_s, u"--hosts"_s,
            u"a.example.com"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"no account named"_s));
    }

    void globalKeyAccount()
    {
        auto result = cli({u"accounts"_s, u"add"_s, u"--name"_s, u"ops"_s, u"--email"_s, u"ops@example.com"_s,
                              u"--key-stdin"_s, u"--api-base"_s, m_server->baseUrl()},
            kKey.toUtf8() + "\n");
        QCOMPARE(result.exitCode, 0);
        result = cli({u"zones"_s, u"--profile"_s, u"ops"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"shop.example"_s));
        result = cli({u"accounts"_s, u"remove"_s, u"ops"_s});
        QCOMPARE(result.exitCode, 0);
    }

    // An item in no zone of the account used, but in a zone of another saved account (as last
    // listed), names that account on its line; nothing is sent for it.
    void anItemOfAnotherAccountSaysWhich()
    {
        Sandbox::Config config = Sandbox::demoConfig();
        Sandbox::Token token;
        token.value = kToken;
        token.id = Sandbox::hexId(kToken);
        config.tokens.append(token);
        Sandbox::Zone theirs = config.zones.first();
        theirs.id = Sandbox::hexId(u"client.test"_s);
        theirs.name = u"client.test"_s;
        config.zones = {theirs};
        Sandbox::SandboxServer clientServer(config);
        QVERIFY(clientServer.start());
        for (const auto &[name, base] :
            {std::pair {u"agency"_s, m_server->baseUrl()}, std::pair {u"client"_s, clientServer.baseUrl()}}) {
            const auto added
                = cli({u"accounts"_s, u"add"_s, u"--name"_s, name, u"--token-stdin"_s, u"--api-base"_s, base},
                    kToken.toUtf8());
            QCOMPARE(added.exitCode, 0);
        }
        // The client's zones are listed once (to route its purge), and so remembered.
        auto result = cli({u"purge"_s, u"--profile"_s, u"client"_s, u"--files"_s, u"https://client.test/a.js"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(clientServer.purges().size(), 1);

        const qsizetype before = m_server->purges().size();
        result = cli({u"purge"_s, u"--profile"_s, u"agency"_s, u"--files"_s, u"https://example.com/a.js"_s,
            u"https://www.client.test/b.css"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"www.client.test is in client.test, a zone of the account \u201c"
                                     "client\u201d, not of this one: nothing is sent for it with this account."_s),
            qPrintable(result.err));
        QCOMPARE(m_server->purges().size(), before);
        QCOMPARE(clientServer.purges().size(), 1);
        for (const QString &name : {u"agency"_s, u"client"_s})
            QCOMPARE(cli({u"accounts"_s, u"remove"_s, name}).exitCode, 0);
    }

    void severalAccountsAndOverwrite()
    {
        for (const QString &name : {u"one"_s, u"two"_s, u"three"_s}) {
            const auto result = cli(
                {u"accounts"_s, u"add"_s, u"--name"_s, name, u"--token-stdin"_s, u"--api-base"_s, m_server->baseUrl()},
                kToken.toUtf8());
            QCOMPARE(result.exitCode, 0);
        }
        QCOMPARE(listJson(this).size(), 3);
        QCOMPARE(cli({u"accounts"_s, u"remove"_s, u"two"_s}).exitCode, 0);
        const QJsonArray left = listJson(this);
        QCOMPARE(left.size(), 2);
        for (const QJsonValue &value : left)
            QCOMPARE(secretToolLookup(u"profile/"_s + value.toObject().value(u"id"_s).toString()), kToken);
        for (const QString &name : {u"one"_s, u"three"_s})
            QCOMPARE(cli({u"accounts"_s, u"remove"_s, name}).exitCode, 0);
    }

    void refusedTokenSavesNothing()
    {
        const auto result = cli(
            {u"accounts"_s, u"add"_s, u"--name"_s, u"old"_s, u"--token-stdin"_s, u"--api-base"_s, m_server->baseUrl()},
            "sandbox-expired-token\n");
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.out.contains(u"This token expired on"_s), qPrintable(result.out));
        QVERIFY(result.err.contains(u"nothing was saved"_s));
        QVERIFY(listJson(this).isEmpty());
        QVERIFY(
            PurgeDesk::Test::runProcess(u"secret-tool"_s, {u"search"_s, u"server"_s, u"PurgeDesk"_s}).out.isEmpty());
    }

    void purgeOnlyTokenIsFine()
    {
        auto result = cli({u"accounts"_s, u"add"_s, u"--name"_s, u"deploy"_s, u"--token-stdin"_s, u"--api-base"_s,
                              m_server->baseUrl()},
            Sandbox::purgeOnlyToken().toUtf8());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"It cannot list zones"_s));
        QVERIFY(result.out.contains(u"entering a zone ID"_s));
        QCOMPARE(cli({u"accounts"_s, u"remove"_s, u"deploy"_s}).exitCode, 0);
    }

    void withoutASecretServiceNothingIsWritten()
    {
        QFile::remove(profilesPath());
        QProcessEnvironment broken;
        broken.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        const auto result
            = cli({u"accounts"_s, u"add"_s, u"--name"_s, u"nowhere"_s, u"--token-stdin"_s, u"--no-verify"_s},
                kToken.toUtf8(), broken);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(u"No system keychain is running"_s), qPrintable(result.err));
        QVERIFY(result.err.contains(u"Nothing was saved."_s));
        QVERIFY(!QFile::exists(profilesPath()));
    }

    // PURGEDESK_PROFILE names the account when the command line does not; it comes before the
    // CLOUDFLARE_ variables, and --profile before it.
    void profileFromTheEnvironment()
    {
        auto result = cli(
            {u"accounts"_s, u"add"_s, u"--name"_s, u"work"_s, u"--token-stdin"_s, u"--api-base"_s, m_server->baseUrl()},
            kToken.toUtf8());
        QCOMPARE(result.exitCode, 0);
        const QStringList purge {u"purge"_s, u"--zone"_s, u"example.com"_s, u"--tags"_s, u"env-profile"_s};
        QProcessEnvironment env;
        env.insert(u"PURGEDESK_PROFILE"_s, u"work"_s);
        const qsizetype before = m_server->purges().size();
        result = cli(purge, {}, env);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(m_server->purges().size(), before + 1);
        result = cli({u"history"_s, u"--json"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8())
                     .object()
                     .value(u"runs"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"profile"_s)
                     .toString(),
            u"work"_s);

        // Before a token in the environment (here one Cloudflare would refuse), and said so.
        env.insert(u"CLOUDFLARE_API_TOKEN"_s, u"sandbox-expired-token"_s);
        result = cli(purge, {}, env);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(
            result.err.contains(u"using the saved account \"work\" (PURGEDESK_PROFILE)"_s), qPrintable(result.err));

        // An account that does not exist is an error that names the variable, not a fallback.
        env.insert(u"PURGEDESK_PROFILE"_s, u"nowhere"_s);
        result = cli(purge, {}, env);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"no account named \"nowhere\" (PURGEDESK_PROFILE)"_s), qPrintable(result.err));
        // --profile comes first.
        result = cli(purge + QStringList {u"--profile"_s, u"work"_s}, {}, env);
        QCOMPARE(result.exitCode, 0);

        // preset save records the account PURGEDESK_PROFILE names.
        env.insert(u"PURGEDESK_PROFILE"_s, u"work"_s);
        result
            = cli({u"preset"_s, u"save"_s, u"Env"_s, u"--zone"_s, u"example.com"_s, u"--hosts"_s, u"www.example.com"_s},
                {}, env);
        QCOMPARE(result.exitCode, 0);
        const QJsonArray presets = QJsonDocument::fromJson(cli({u"preset"_s, u"list"_s, u"--json"_s}).out.toUtf8())
                                       .object()
                                       .value(u"presets"_s)
                                       .toArray();
        QCOMPARE(presets.last().toObject().value(u"profile"_s).toString(), u"work"_s);
        QCOMPARE(cli({u"preset"_s, u"remove"_s, u"Env"_s}).exitCode, 0);
        QCOMPARE(cli({u"accounts"_s, u"remove"_s, u"work"_s}).exitCode, 0);
    }

    // The proxy of the window's settings, with its password from the keychain, as Edit > Settings
    // keeps it: the CLI answers the proxy's request for credentials with it.
    void proxyPasswordFromTheKeychain()
    {
        PurgeDesk::Test::RecordingProxy proxy;
        QVERIFY(proxy.start());
        const QString settingsPath = qEnvironmentVariable("XDG_CONFIG_HOME") + u"/PurgeDesk/settings.ini"_s;
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            settings.setValue(u"Network/proxy"_s, u"manual"_s);
            settings.setValue(u"Network/proxyHost"_s, u"127.0.0.1"_s);
            settings.setValue(u"Network/proxyPort"_s, proxy.port());
            settings.setValue(u"Network/proxyUser"_s, u"proxy-user"_s);
        }
        CredentialStore keychain(CredentialStore::defaultService());
        std::optional<CredentialStore::Result> written;
        keychain.write(NetworkSettings::proxyPasswordKey(), kProxyPassword,
            [&](const CredentialStore::Result &result) { written = result; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QCOMPARE(written->outcome, CredentialStore::Outcome::Ok);

        QProcessEnvironment env;
        env.insert(u"CLOUDFLARE_API_TOKEN"_s, kToken);
        const auto result = cli({u"zones"_s, u"--api-base"_s, u"https://api.proxy-test.example/client/v4"_s}, {}, env);
        QFile::remove(settingsPath);
        QCOMPARE(result.exitCode, 4);
        QVERIFY(proxy.requests().size() >= 2);
        QVERIFY(proxy.requests().first().startsWith("CONNECT api.proxy-test.example:443 "));
        QVERIFY(!proxy.requests().first().contains("Proxy-Authorization"));
        const QByteArray credentials = "proxy-user:" + kProxyPassword.toUtf8();
        const QByteArray expected = "Proxy-Authorization: Basic " + credentials.toBase64();
        QVERIFY2(proxy.requests().last().contains(expected), proxy.requests().last().constData());
    }

    // Last: after everything above, the secrets are nowhere but in the (encrypted) keyring.
    void secretsAppearNowhere()
    {
        QVERIFY(!m_allOutput.contains(kToken));
        QVERIFY(!m_allOutput.contains(kKey));
        QVERIFY(!m_allOutput.contains(kProxyPassword));
        QCOMPARE(filesContaining(kToken.toUtf8()), QStringList());
        QCOMPARE(filesContaining(kKey.toUtf8()), QStringList());
        QCOMPARE(filesContaining(kProxyPassword.toUtf8()), QStringList());
        // The scan itself works: it finds a file that does contain the text.
        QFile probe(qEnvironmentVariable("XDG_CACHE_HOME") + u"/probe.txt"_s);
        QVERIFY(probe.open(QIODevice::WriteOnly));
        probe.write("scan-probe-" + kToken.toUtf8().left(4));
        probe.close();
        QCOMPARE(filesContaining("scan-probe-" + kToken.toUtf8().left(4)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
