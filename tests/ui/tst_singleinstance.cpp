// One PurgeDesk per user: starting the real purgedesk binary again, with a file, brings the running
// window to the front and imports the file there; the second process ends at once.

#include "storage/appfiles.h"
#include "testsupport.h"
#include "ui/common/singleinstance.h"
#include "ui/mainwindow.h"
#include "ui/purge/listeditor.h"
#include "windowtestsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;
using namespace PurgeDesk::Gui;
using PurgeDesk::Test::child;
using PurgeDesk::Test::settle;

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void aSecondStartHandsItsFilesToTheRunningWindow()
    {
        QFile::remove(settingsFilePath());
        auto window = PurgeDesk::Test::openWindow(PurgeDesk::Test::oneAttempt());
        QVERIFY(settle(*window));
        // As main() does for the first instance.
        SingleInstance instance;
        QVERIFY(instance.listen());
        QCOMPARE(instance.socketPath(), SingleInstance::defaultSocketPath());
        connect(&instance, &SingleInstance::activated, window.get(), &MainWindow::openFiles);
        // The user is in another window.
        QWidget elsewhere;
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));

        QTemporaryDir dir;
        QVERIFY(PurgeDesk::Test::writeFile(dir.filePath(u"deploy.txt"_s), "https://example.com/app.js\n"));
        QProcess second;
        second.setWorkingDirectory(dir.path()); // a relative path is taken from where it was started
        second.start(QStringLiteral(PURGEDESK_GUI_PATH), {u"-platform"_s, u"offscreen"_s, u"deploy.txt"_s});
        QVERIFY(second.waitForStarted());
        // The second process ends at once, its file given to the first window, which comes forward.
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 20000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        auto *editor = child<ListEditor>(*window, u"listEditor"_s);
        QTRY_COMPARE(editor->toPlainText(), u"https://example.com/app.js"_s);
        QTRY_VERIFY(window->isActiveWindow());
        QVERIFY(PurgeDesk::Test::text(*window, u"noticeLabel"_s).startsWith(u"Imported 1 line from deploy.txt"_s));
    }

    void aSocketLeftByACrashIsReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"left-behind.socket"_s);
        QVERIFY(PurgeDesk::Test::writeFile(path, QByteArray()));
        SingleInstance first(path);
        QVERIFY(!first.sendToRunning({}, 500)); // nobody answers there
        QVERIFY(first.listen());
        QStringList received;
        connect(&first, &SingleInstance::activated, this, [&received](const QStringList &files) { received = files; });
        // A second instance in a thread of its own: this one's event loop answers.
        bool taken = false;
        std::unique_ptr<QThread> other(
            QThread::create([&path, &taken] { taken = SingleInstance(path).sendToRunning({u"/tmp/a.txt"_s}, 10000); }));
        other->start();
        QTRY_VERIFY(other->isFinished());
        QVERIFY(taken);
        QCOMPARE(received, QStringList {u"/tmp/a.txt"_s});
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
