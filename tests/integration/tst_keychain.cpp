#include "accounts/credentialstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using PurgeDesk::CredentialStore;
using Outcome = PurgeDesk::CredentialStore::Outcome;

// CredentialStore against a real Secret Service (gnome-keyring in a private D-Bus session, see
// tests/support/run-test.sh), cross-checked with libsecret's own command-line tool.
class TestKeychain final : public QObject
{
    Q_OBJECT

private:
    using Call = std::function<void(CredentialStore::Callback)>;

    static CredentialStore::Result wait(const Call &call)
    {
        std::optional<CredentialStore::Result> result;
        int calls = 0;
        call([&](const CredentialStore::Result &r) {
            ++calls;
            result = r;
        });
        // QtKeychain jobs finish asynchronously; a hung job fails the test instead of blocking it.
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return {Outcome::Failed, {}, u"timed out waiting for the keychain"_s};
        QTest::qWait(50);
        if (calls != 1)
            return {Outcome::Failed, {}, u"callback ran %1 times"_s.arg(calls)};
        return *result;
    }

    // What libsecret itself finds under QtKeychain's attributes, independent of QtKeychain.
    static QString secretToolLookup(const QString &service, const QString &key)
    {
        const auto result
            = PurgeDesk::Test::runProcess(u"secret-tool"_s, {u"lookup"_s, u"server"_s, service, u"user"_s, key});
        return result.exitCode == 0 ? result.out : QString();
    }

    CredentialStore m_store;

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("profileId");
        QTest::addColumn<QString>("secret");
        QTest::newRow("api token") << u"work"_s << u"Yw2b-9xA7_example_token_0123456789abcdef"_s;
        QTest::newRow("new token format") << u"ci"_s << u"cfut_0123456789abcdefABCDEF0123456789abcdef"_s;
        QTest::newRow("non-ASCII profile") << u"Zürich-Büro ☁"_s << u"global-key-9f8e7d6c5b4a"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, profileId);
        QFETCH(QString, secret);
        const QString key = CredentialStore::profileKey(profileId);
        QCOMPARE(key, u"profile/"_s + profileId);

        auto written = wait([&](auto done) { m_store.write(key, secret, done); });
        QVERIFY2(written.outcome == Outcome::Ok, qPrintable(written.error));

        auto read = wait([&](auto done) { m_store.read(key, done); });
        QVERIFY2(read.outcome == Outcome::Ok, qPrintable(read.error));
        QCOMPARE(read.secret, secret);

        // The secret really is in the Secret Service, under service "PurgeDesk" and the profile's key.
        QCOMPARE(secretToolLookup(u"PurgeDesk"_s, key), secret);

        auto removed = wait([&](auto done) { m_store.remove(key, done); });
        QVERIFY2(removed.outcome == Outcome::Ok, qPrintable(removed.error));
        QCOMPARE(secretToolLookup(u"PurgeDesk"_s, key), QString());

        auto gone = wait([&](auto done) { m_store.read(key, done); });
        QCOMPARE(gone.outcome, Outcome::NotFound);
        QVERIFY(gone.secret.isEmpty());
    }

    void overwriteReplacesTheSecret()
    {
        const QString key = CredentialStore::profileKey(u"rotating"_s);
        QCOMPARE(wait([&](auto done) { m_store.write(key, u"first-token"_s, done); }).outcome, Outcome::Ok);
        QCOMPARE(wait([&](auto done) { m_store.write(key, u"second-token"_s, done); }).outcome, Outcome::Ok);
        QCOMPARE(wait([&](auto done) { m_store.read(key, done); }).secret, u"second-token"_s);
        QCOMPARE(secretToolLookup(u"PurgeDesk"_s, key), u"second-token"_s);
    }

    void profilesAreKeptApart()
    {
        const QString a = CredentialStore::profileKey(u"a"_s);
        const QString b = CredentialStore::profileKey(u"b"_s);
        QCOMPARE(wait([&](auto done) { m_store.write(a, u"secret-a"_s, done); }).outcome, Outcome::Ok);
        QCOMPARE(wait([&](auto done) { m_store.write(b, u"secret-b"_s, done); }).outcome, Outcome::Ok);
        QCOMPARE(wait([&](auto done) { m_store.remove(a, done); }).outcome, Outcome::Ok);
        QCOMPARE(wait([&](auto done) { m_store.read(a, done); }).outcome, Outcome::NotFound);
        QCOMPARE(wait([&](auto done) { m_store.read(b, done); }).secret, u"secret-b"_s);
    }

    // A secret stored by another process (libsecret's tool, with the attributes and schema QtKeychain
    // uses: schema org.qt.keychain, server = service, user = key, type = plaintext) is read back.
    void readsWhatAnotherProcessStored()
    {
        QProcess tool;
        tool.start(u"secret-tool"_s,
            {u"store"_s, u"--label=PurgeDesk test"_s, u"xdg:schema"_s, u"org.qt.keychain"_s, u"server"_s,
                u"PurgeDesk"_s, u"user"_s, u"profile/external"_s, u"type"_s, u"plaintext"_s});
        QVERIFY(tool.waitForStarted());
        tool.write("stored-by-secret-tool");
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished());
        QCOMPARE(tool.exitCode(), 0);

        const auto read = wait([&](auto done) { m_store.read(u"profile/external"_s, done); });
        QVERIFY2(read.outcome == Outcome::Ok, qPrintable(read.error));
        QCOMPARE(read.secret, u"stored-by-secret-tool"_s);
    }

    void missingEntryIsNotAFailure()
    {
        const auto read = wait([&](auto done) { m_store.read(u"profile/never-written"_s, done); });
        QCOMPARE(read.outcome, Outcome::NotFound);
        QVERIFY(read.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
