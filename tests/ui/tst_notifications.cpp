// Desktop notifications and taskbar progress over a real D-Bus session bus (the test runs in its own
// dbus-run-session). A notification server stands in for the desktop's on a second connection to
// that bus, so the window's calls go through the bus daemon as they would on a desktop.

#include "appinfo.h"
#include "settings/verifysettings.h"
#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/purge/purgeform.h"
#include "ui/purge/purgepage.h"
#include "windowtestsupport.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using PurgeDesk::Test::child;
using PurgeDesk::Test::setList;
using PurgeDesk::Test::settle;
using PurgeDesk::Test::waitForRun;

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kServerConnection = u"notification-server"_s;

} // namespace

// The desktop's notification server, as far as PurgeDesk uses it.
class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received
    {
        QString app;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        uint id = 0;
    };
    QList<Received> received;
    QList<QVariantMap> launcherUpdates;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary, const QString &body,
        const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replaces);
        Q_UNUSED(icon);
        Q_UNUSED(timeout);
        received << Received {app, summary, body, actions, hints, uint(received.size() + 1)};
        return uint(received.size());
    }
    QStringList GetCapabilities() { return {u"body"_s, u"actions"_s}; }
    void launcherEntryUpdate(const QString &app, const QVariantMap &properties)
    {
        if (app == u"application://%1.desktop"_s.arg(applicationId()))
            launcherUpdates << properties;
    }
};

class TestNotifications final : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QWidget> m_elsewhere;
    NotificationServer m_server;

    MainWindow &openWindow()
    {
        m_window = PurgeDesk::Test::openWindow(PurgeDesk::Test::oneAttempt());
        m_window->setNotifyAfterMs(0);
        return *m_window;
    }

    // The user looks at another window.
    void lookElsewhere()
    {
        m_elsewhere = std::make_unique<QWidget>();
        m_elsewhere->resize(200, 100);
        m_elsewhere->show();
        m_elsewhere->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_elsewhere.get()));
        QVERIFY(!m_window->isActiveWindow());
    }

private Q_SLOTS:
    void initTestCase()
    {
        PurgeDesk::Test::prepare();
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "this test needs a D-Bus session bus");
        QDBusConnection server = QDBusConnection::connectToBus(QDBusConnection::SessionBus, kServerConnection);
        QVERIFY(server.isConnected());
        QVERIFY(server.registerObject(kPath, &m_server, QDBusConnection::ExportAllSlots));
        QVERIFY(server.registerService(kService));
        QVERIFY(server.connect(QString(), QString(), u"com.canonical.Unity.LauncherEntry"_s, u"Update"_s, &m_server,
            SLOT(launcherEntryUpdate(QString, QVariantMap))));
    }

    void init() { QFile::remove(settingsFilePath()); }

    void cleanup()
    {
        m_window.reset();
        m_elsewhere.reset();
        m_server.received.clear();
        m_server.launcherUpdates.clear();
    }

    void cleanupTestCase() { QDBusConnection::disconnectFromBus(kServerConnection); }

    // The purge's own notification (verification by itself is off here: see the next test).
    void aPurgeThatEndsWhileTheUserIsElsewhereIsAnnounced()
    {
        VerifySettings byHand;
        byHand.autoVerify = false;
        byHand.save();
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        setList(window, u"https://example.com/a.js\nhttps://example.com/b.js"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        lookElsewhere();
        window.purgePage()->purge();
        QVERIFY(waitForRun(window));
        QTRY_COMPARE(m_server.received.size(), 1);
        const NotificationServer::Received &note = m_server.received.first();
        QCOMPARE(note.summary, u"Purge finished"_s);
        QCOMPARE(note.body, PurgeDesk::Test::text(window, u"runHeadline"_s));
        QVERIFY(note.body.startsWith(u"Both URLs in example.com were purged"_s));
        QCOMPARE(note.hints.value(u"desktop-entry"_s).toString(), applicationId());
        QVERIFY(note.actions.contains(u"default"_s));
        // The taskbar entry showed the progress, and hides it at the end.
        QTRY_VERIFY(!m_server.launcherUpdates.isEmpty());
        QVERIFY(m_server.launcherUpdates.first().value(u"progress-visible"_s).toBool());
        QTRY_VERIFY(!m_server.launcherUpdates.last().value(u"progress-visible"_s).toBool());

        // A click on the notification brings the window back.
        QDBusMessage invoked = QDBusMessage::createSignal(kPath, kService, u"ActionInvoked"_s);
        invoked << note.id << u"default"_s;
        QVERIFY(QDBusConnection(kServerConnection).send(invoked));
        QTRY_VERIFY(window.isActiveWindow());

        // While the user looks at the window, a purge is not announced: they see it end.
        window.purgePage()->purge();
        QVERIFY(QTest::qWaitFor([&] { return PurgeDesk::Test::currentRun(window)->isFinished(); }, 20000));
        // The bus keeps one sender's messages in order: once a call sent now is answered, a
        // notification sent before it would have arrived.
        const QDBusPendingCall ping = QDBusConnection::sessionBus().asyncCall(
            QDBusMessage::createMethodCall(kService, kPath, kService, u"GetCapabilities"_s));
        QTRY_VERIFY(ping.isFinished());
        QCOMPARE(m_server.received.size(), 1);
    }

    // A purge verified by itself while the user is elsewhere: the purge is announced, then its
    // verification (the desktop shows the second in place of the first).
    void anAutomaticVerificationIsAnnouncedAfterThePurge()
    {
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        setList(window, u"https://example.com/a.js\nhttps://example.com/b.js"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        lookElsewhere();
        window.purgePage()->purge();
        QVERIFY(waitForRun(window));
        QTRY_COMPARE(m_server.received.size(), 2);
        QCOMPARE(m_server.received.at(0).summary, u"Purge finished"_s);
        QCOMPARE(m_server.received.at(1).summary, u"Verification finished"_s);
        QVERIFY2(m_server.received.at(1).body.startsWith(u"2 fresh"_s), qPrintable(m_server.received.at(1).body));
    }

    void aVerificationThatEndsWhileTheUserIsElsewhereIsAnnounced()
    {
        VerifySettings byHand; // the click below starts it, not the end of the purge
        byHand.autoVerify = false;
        byHand.save();
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        setList(window, u"https://example.com/a.js\nhttps://example.com/b.js"_s);
        QTRY_VERIFY(child<QPushButton>(window, u"purgeButton"_s)->isEnabled());
        window.purgePage()->purge();
        QVERIFY(waitForRun(window));
        lookElsewhere();
        QTest::mouseClick(child<QPushButton>(window, u"verifyButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_server.received.size(), 1);
        const NotificationServer::Received &note = m_server.received.first();
        QCOMPARE(note.summary, u"Verification finished"_s);
        QVERIFY2(note.body.startsWith(u"2 fresh"_s), qPrintable(note.body));
    }

    void anImportThatEndsWhileTheUserIsElsewhereIsAnnounced()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"urls.txt"_s);
        QVERIFY(PurgeDesk::Test::writeFile(file, "https://example.com/1\nhttps://example.com/2\n"));
        MainWindow &window = openWindow();
        QVERIFY(settle(window));
        lookElsewhere();
        window.purgePage()->form()->importSource(file);
        QTRY_COMPARE(m_server.received.size(), 1);
        QCOMPARE(m_server.received.first().summary, u"Import finished"_s);
        QVERIFY2(m_server.received.first().body.startsWith(u"Imported 2 lines from urls.txt"_s),
            qPrintable(m_server.received.first().body));
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
