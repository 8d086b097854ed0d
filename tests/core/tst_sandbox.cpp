#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace PurgeDesk;

namespace {

// Sends raw bytes and collects everything the server answers until it closes or `expectedAnswers`
// complete HTTP responses have arrived.
QByteArray exchange(quint16 port, const QByteArray &bytes, int expectedAnswers = 1, bool *closed = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return "no connection";
    socket.write(bytes);
    QByteArray answer;
    const auto complete = [&] { return answer.count("HTTP/1.1 ") >= expectedAnswers && answer.endsWith('}'); };
    (void)QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return complete() || socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    answer += socket.readAll();
    if (closed) {
        (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 2000);
        *closed = socket.state() == QAbstractSocket::UnconnectedState;
    }
    return answer;
}

QByteArray get(const char *path, const char *extra = "")
{
    return QByteArray("GET ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sandbox-demo-token\r\n"
        + extra + "\r\n";
}

// Starts purgedesk-cli sandbox and returns its first `lines` lines of output.
QList<QByteArray> startCliSandbox(QProcess &process, const QStringList &arguments, int lines = 2)
{
    process.start(QStringLiteral(PURGEDESK_CLI_PATH), QStringList {u"sandbox"_s} + arguments);
    QByteArray out;
    if (!QTest::qWaitFor(
            [&] {
                out += process.readAllStandardOutput();
                return out.count('\n') >= lines;
            },
            10000))
        qWarning("purgedesk-cli sandbox printed only: %s", out.constData());
    return out.split('\n');
}

} // namespace

// The sandbox as an HTTP/1.1 server, and purgedesk-cli sandbox as a process.
class TestSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { PurgeDesk::Test::prepare(); }

    void keepAliveAndPipelining()
    {
        Sandbox::SandboxServer server;
        QVERIFY(server.start());
        bool closed = false;
        const QByteArray answer = exchange(
            server.port(), get("/client/v4/user/tokens/verify") + get("/client/v4/zones?per_page=5"), 2, &closed);
        QCOMPARE(answer.count("HTTP/1.1 200 OK"), 2);
        // Answered in order on one connection, which stays open.
        QVERIFY(answer.indexOf("This API Token is valid") < answer.indexOf("example.com"));
        QVERIFY(!closed);
        QCOMPARE(server.counters().requests, 2);
    }

    void connectionCloseIsHonoured()
    {
        Sandbox::SandboxServer server;
        QVERIFY(server.start());
        bool closed = false;
        const QByteArray answer
            = exchange(server.port(), get("/client/v4/user/tokens/verify", "Connection: close\r\n"), 1, &closed);
        QVERIFY(answer.startsWith("HTTP/1.1 200 OK"));
        QVERIFY(answer.contains("Connection: close"));
        QVERIFY(closed);
    }

    void refusesWhatItDoesNotSpeak_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("chunked body") << QByteArray(
            "POST /client/v4/zones/x/purge_cache HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
                                      << QByteArray("411");
        QTest::newRow("post without length")
            << QByteArray("POST /client/v4/zones/x/purge_cache HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("411");
        QTest::newRow("bad content length")
            << QByteArray("POST /a HTTP/1.1\r\nContent-Length: lots\r\n\r\n") << QByteArray("400");
        QTest::newRow("huge body announced")
            << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n") << QByteArray("413");
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << QByteArray("400");
        QTest::newRow("http/0.9") << QByteArray("GET /client/v4/zones HTTP/0.9\r\n\r\n") << QByteArray("505");
        QTest::newRow("tls client hello")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << QByteArray("400");
        QTest::newRow("lower-case junk") << QByteArray("hello there\r\n\r\n") << QByteArray("400");
        QTest::newRow("header without colon") << QByteArray("GET /a HTTP/1.1\r\nbroken\r\n\r\n") << QByteArray("400");
        QTest::newRow("oversized headers")
            << (QByteArray("GET /a HTTP/1.1\r\nX-Big: ") + QByteArray(70 * 1024, 'a')) << QByteArray("431");
    }

    void refusesWhatItDoesNotSpeak()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        Sandbox::SandboxServer server;
        QVERIFY(server.start());
        bool closed = false;
        const QByteArray answer = exchange(server.port(), request, 1, &closed);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status)), answer.left(80).constData());
        QVERIFY(answer.contains("\"success\":false"));
        QVERIFY(closed); // cleanly, never a hang
    }

    // The server defends itself: slow or silent clients, too many connections, too many bytes.
    static void serve(Sandbox::HttpServer &server, const Sandbox::HttpServer::Limits &limits, int delayMs = 0)
    {
        server.setLimits(limits);
        server.setHandler([delayMs](const Sandbox::HttpRequest &request) {
            Sandbox::HttpAction action;
            action.response.body
                = R"({"success":true,"result":{"bytes":)" + QByteArray::number(request.body.size()) + "}}";
            action.delayMs = delayMs;
            return action;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    }

    static bool closedByServer(QTcpSocket &socket, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

    void silentAndSlowClientsAreShownTheDoor()
    {
        Sandbox::HttpServer server;
        Sandbox::HttpServer::Limits limits;
        limits.idleTimeoutMs = 300;
        limits.requestTimeoutMs = 600;
        serve(server, limits);

        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(silent.waitForConnected(5000));
        QVERIFY(closedByServer(silent)); // says nothing: closed

        // Slowloris: a byte now and then, never the end of the headers.
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(slow.waitForConnected(5000));
        QByteArray answer;
        const QByteArray drip = "GET /a HTTP/1.1\r\nX-A: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        for (int i = 0; i < drip.size() && slow.state() == QAbstractSocket::ConnectedState; ++i) {
            slow.write(drip.mid(i, 1));
            QTest::qWait(50); // the client's pace, not a wait for the server
            answer += slow.readAll();
        }
        QVERIFY(closedByServer(slow));
        answer += slow.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
        QCOMPARE(server.connectionCount(), 0);

        // A connection kept alive between requests is closed when it stays idle.
        QTcpSocket keptAlive;
        keptAlive.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(keptAlive.waitForConnected(5000));
        keptAlive.write("GET /a HTTP/1.1\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return keptAlive.bytesAvailable() > 0; }, 5000));
        QVERIFY(keptAlive.readAll().startsWith("HTTP/1.1 200"));
        QVERIFY(closedByServer(keptAlive));
    }

    void connectionsBeyondTheCapAreRefused()
    {
        Sandbox::HttpServer server;
        Sandbox::HttpServer::Limits limits;
        limits.maxConnections = 5;
        serve(server, limits);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 8; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(sockets.back()->waitForConnected(5000));
        }
        QTRY_COMPARE(server.connectionCount(), 5);
        for (int i = 5; i < 8; ++i) {
            QVERIFY(closedByServer(*sockets[i]));
            QVERIFY(sockets[i]->readAll().startsWith("HTTP/1.1 503"));
        }
        for (int i = 0; i < 5; ++i)
            QCOMPARE(sockets[i]->state(), QAbstractSocket::ConnectedState);
        // A freed place is taken again.
        sockets[0]->abort();
        QTRY_COMPARE(server.connectionCount(), 4);
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(late.waitForConnected(5000));
        late.write("GET /a HTTP/1.1\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return late.bytesAvailable() > 0; }, 5000));
        QVERIFY(late.readAll().startsWith("HTTP/1.1 200"));
    }

    void requestBytesHeldAreCapped()
    {
        Sandbox::HttpServer server;
        Sandbox::HttpServer::Limits limits;
        limits.maxBufferedBytes = 1024 * 1024;
        serve(server, limits);
        // Two bodies still arriving, 600 KiB each of announced 4 MiB: the second would take the
        // server over its cap.
        const QByteArray head = "POST /a HTTP/1.1\r\nContent-Length: 4194304\r\n\r\n";
        QTcpSocket first;
        first.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(first.waitForConnected(5000));
        first.write(head + QByteArray(600 * 1024, 'a'));
        QTRY_VERIFY(server.bufferedBytes() >= 600 * 1024);
        QTcpSocket second;
        second.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(second.waitForConnected(5000));
        second.write(head + QByteArray(600 * 1024, 'b'));
        QVERIFY(closedByServer(second));
        QVERIFY(second.readAll().startsWith("HTTP/1.1 503"));
        QVERIFY(server.bufferedBytes() <= limits.maxBufferedBytes);
        QCOMPARE(first.state(), QAbstractSocket::ConnectedState);
        first.abort();
        QTRY_COMPARE(server.bufferedBytes(), 0);
    }

    void aClientLeavingMidAnswerLeavesNothingInFlight()
    {
        Sandbox::HttpServer server;
        serve(server, {}, 300);
        {
            QTcpSocket leaving;
            leaving.connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(leaving.waitForConnected(5000));
            leaving.write("GET /a HTTP/1.1\r\n\r\n");
            QTRY_COMPARE(server.inFlight(), 1);
            leaving.abort();
        }
        QTRY_COMPARE(server.connectionCount(), 0);
        QCOMPARE(server.inFlight(), 0); // kept by the connection itself as it goes, never read after
    }

    void unknownRoutesAndMethods()
    {
        Sandbox::SandboxServer server;
        QVERIFY(server.start());
        QVERIFY(exchange(server.port(), get("/client/v4/accounts")).contains("\"code\":7000"));
        QVERIFY(exchange(server.port(), get("/somewhere/else")).startsWith("HTTP/1.1 400"));
        const QByteArray deleteForm = "DELETE /client/v4/zones/" + Sandbox::hexId(u"zone:example.com"_s).toLatin1()
            + "/purge_cache HTTP/1.1\r\nAuthorization: Bearer sandbox-demo-token\r\n\r\n";
        QVERIFY(exchange(server.port(), deleteForm).startsWith("HTTP/1.1 405"));
        QVERIFY(exchange(server.port(), "GET /client/v4/zones HTTP/1.1\r\n\r\n").contains("\"code\":9106"));
    }

    void cliServesUntilInterrupted()
    {
        QProcess sandbox;
        const QList<QByteArray> lines
            = startCliSandbox(sandbox, {u"--zones"_s, u"3"_s, u"--plan"_s, u"pro"_s, u"--token"_s, u"my-token"_s});
        QVERIFY(lines.size() >= 3);
        QVERIFY2(lines.at(0).startsWith("Sandbox API: http://127.0.0.1:"), lines.at(0).constData());
        QVERIFY(lines.at(0).endsWith("/client/v4"));
        QCOMPARE(lines.at(1), QByteArray("Demo token: my-token"));
        const quint16 port = lines.at(0).mid(lines.at(0).lastIndexOf(':') + 1).split('/').first().toUShort();
        QVERIFY(port > 0);

        const QByteArray zones
            = exchange(port, "GET /client/v4/zones HTTP/1.1\r\nAuthorization: Bearer my-token\r\n\r\n");
        QVERIFY(zones.contains("zone-00003.example"));
        QVERIFY(zones.contains("\"legacy_id\":\"pro\""));
        QVERIFY(zones.contains("\"total_count\":3"));
        QVERIFY(exchange(port, get("/client/v4/zones")).contains("\"code\":10000")); // the old demo token is gone

        sandbox.terminate(); // SIGTERM, as Ctrl+C would send SIGINT
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
        const QByteArray rest = sandbox.readAllStandardOutput();
        QVERIFY2(rest.contains("Stopped after 2 request(s), 0 accepted purge(s)"), rest.constData());
    }

    void cliAnnouncesATokenThatWorks_data()
    {
        QTest::addColumn<QByteArray>("scenario");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("demo data") << QByteArray("{}") << QByteArray("Demo token: sandbox-demo-token");
        QTest::newRow("scenario tokens") << QByteArray(
            R"({"tokens":[{"value":"reader","cache_purge":false},{"value":"all"}]})")
                                         << QByteArray("Demo token: all");
        QTest::newRow("no full-rights token")
            << QByteArray(R"({"tokens":[{"value":"reader","cache_purge":false}]})")
            << QByteArray("Demo token: (none: the scenario defines no active full-rights API token)");
    }

    void cliAnnouncesATokenThatWorks()
    {
        QFETCH(QByteArray, scenario);
        QFETCH(QByteArray, line);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"scenario.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(scenario);
        file.close();
        QProcess sandbox;
        const QList<QByteArray> lines = startCliSandbox(sandbox, {u"--scenario"_s, file.fileName()});
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.at(1), line);
    }

    void cliRejectsBadScenarios()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"scenario.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"zones": [{"name": "a.example", "plan": "platinum"}]})");
        file.close();
        auto result = PurgeDesk::Test::runProcess(
            QStringLiteral(PURGEDESK_CLI_PATH), {u"sandbox"_s, u"--scenario"_s, file.fileName()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"unknown plan \"platinum\""_s), qPrintable(result.err));

        result = PurgeDesk::Test::runProcess(
            QStringLiteral(PURGEDESK_CLI_PATH), {u"sandbox"_s, u"--scenario"_s, dir.filePath(u"missing.json"_s)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"cannot read"_s));

        result
            = PurgeDesk::Test::runProcess(QStringLiteral(PURGEDESK_CLI_PATH), {u"sandbox"_s, u"--port"_s, u"99999"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"--port must be a whole number"_s));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
