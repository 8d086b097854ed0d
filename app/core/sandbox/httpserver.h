#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace PurgeDesk::Sandbox {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QString path; // percent-decoded path
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// What the start of a connection's bytes holds: a whole request, not yet one, or something the
// server refuses (with the status and why).
struct ParsedRequest
{
    enum class State { Incomplete, Complete, Refused };
    State state = State::Incomplete;
    HttpRequest request;
    qsizetype consumed = 0; // Complete: the bytes the request took
    bool closeAfter = false; // Complete: the client asked to close after the answer
    int status = 0; // Refused
    QByteArray reason; // Refused
};

// What the server does with a request: answer it, or misbehave the way real networks do.
struct HttpAction
{
    enum class Kind {
        Respond, // the response, complete
        Truncate, // the headers and half the body, then the connection closes
        Reset, // the connection is reset (TCP RST) without an answer
        Stall, // no answer at all; the connection is closed after stallMs
        EndlessHeaders, // a status line, then header lines that never end
        EndlessBody, // the headers with a huge Content-Length, then body bytes as fast as they are taken
        Drip, // the response one byte every dripMs, whatever the client's patience
    };
    Kind kind = Kind::Respond;
    HttpResponse response;
    int delayMs = 0;
    int stallMs = 60000;
    int dripMs = 100;
};

// A small HTTP/1.1 server for loopback use: keep-alive, Content-Length bodies, one request at a
// time per connection (pipelined requests wait their turn). Anything else (chunked bodies,
// oversized headers or bodies, malformed requests, other HTTP versions) gets a clean 4xx/5xx
// and the connection closes; nothing hangs. It defends itself (Limits): a connection that says
// nothing is closed, a request that does not arrive whole in time gets 408, connections beyond
// the cap get 503, and so does a request that would take the request bytes held for all
// connections together over the cap.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpAction(const HttpRequest &)>;

    static constexpr qsizetype MaxHeaderBytes = qsizetype(64) * 1024;
    static constexpr qsizetype MaxBodyBytes = qsizetype(16) * 1024 * 1024;

    struct Limits
    {
        int idleTimeoutMs = 30000; // a connection with no request under way is closed
        int requestTimeoutMs = 20000; // from a request's first byte to its last (slow senders)
        int maxConnections = 256;
        qsizetype maxBufferedBytes = qsizetype(64) * 1024 * 1024; // request bytes held, all connections
    };

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    int connectionCount() const { return m_connections; }
    qsizetype bufferedBytes() const { return m_buffered; }
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;
    void close();

    static QByteArray reasonPhrase(int status);
    // Reads the request at the start of `buffer`; pure, so that it can be fuzzed on its own.
    static ParsedRequest parseRequest(const QByteArray &buffer);

    // Requests received and not yet answered; the most at one time.
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    void resetMaxInFlight() { m_maxInFlight = m_inFlight; }

private:
    class Connection;
    void onNewConnection();
    void onReadyRead(Connection *connection);
    void processBuffer(Connection *connection);
    void perform(Connection *connection, const HttpAction &action, bool closeAfter);
    void misbehave(Connection *connection, const HttpAction &action);
    void finishExchange(Connection *connection, bool closeAfter);
    void fail(Connection *connection, int status, const QByteArray &message);
    void armTimer(Connection *connection);
    static QByteArray serialize(const HttpResponse &response, bool closeAfter);
    static void resetSocket(QTcpSocket *socket);

    void setBusy(Connection *connection, bool busy);

    QTcpServer *m_server = nullptr;
    Handler m_handler;
    Limits m_limits;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_connections = 0;
    qsizetype m_buffered = 0;
};

} // namespace PurgeDesk::Sandbox
