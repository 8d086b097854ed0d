#include "httpserver.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Sandbox {

// One client connection (a child of its socket). It keeps the server's counts itself, in its own
// destructor: nothing may read a connection's state once it is being destroyed.
class HttpServer::Connection final : public QObject
{
public:
    Connection(HttpServer *server, QTcpSocket *s)
        : socket(s)
        , m_owner(server)
    {
        ++server->m_connections;
        timer.setSingleShot(true);
    }
    ~Connection() override
    {
        if (!m_owner)
            return; // the server is going away with everything it holds
        --m_owner->m_connections;
        m_owner->m_buffered -= buffer.size();
        if (busy)
            --m_owner->m_inFlight;
    }
    Q_DISABLE_COPY_MOVE(Connection)

    void append(const QByteArray &data)
    {
        buffer += data;
        m_owner->m_buffered += data.size();
    }
    void take(qsizetype bytes)
    {
        buffer.remove(0, bytes);
        m_owner->m_buffered -= bytes;
    }
    void clear() { take(buffer.size()); }

    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    QTimer timer; // closes an idle connection, or one whose request does not arrive in time
    bool busy = false; // a request is being answered
    bool closing = false;

private:
    QPointer<HttpServer> m_owner;
};

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    // Connections go first, while the counts they keep are still there.
    qDeleteAll(findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly));
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::close()
{
    m_server->close();
}

QByteArray HttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    case 520:
        return "Unknown Error";
    case 522:
        return "Connection Timed Out";
    default:
        return "Status";
    }
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_connections >= m_limits.maxConnections) {
            // Over the cap: a clean refusal at once, never a pile of held connections.
            HttpResponse busy;
            busy.status = 503;
            busy.headers = {{"Retry-After", "1"}};
            busy.body = R"({"success":false,"errors":[{"code":503,"message":"Too many connections."}],)"
                        R"("messages":[],"result":null})";
            socket->write(serialize(busy, true));
            socket->disconnectFromHost();
            continue;
        }
        auto *connection = new Connection(this, socket);
        connection->setParent(socket);
        connect(socket, &QTcpSocket::readyRead, connection, [this, connection] { onReadyRead(connection); });
        connect(&connection->timer, &QTimer::timeout, connection, [this, connection] {
            if (connection->busy || connection->closing || !connection->socket)
                return;
            if (!connection->buffer.isEmpty()) {
                fail(connection, 408, "The request did not arrive in time.");
                return;
            }
            connection->closing = true; // idle: nothing to answer
            connection->socket->disconnectFromHost();
        });
        armTimer(connection);
    }
}

void HttpServer::armTimer(Connection *connection)
{
    if (connection->busy || connection->closing) {
        connection->timer.stop();
        return;
    }
    // A request under way must arrive whole in time (however slowly its bytes trickle in); a
    // connection with nothing under way may stay open a while for the next request.
    connection->timer.start(connection->buffer.isEmpty() ? m_limits.idleTimeoutMs : m_limits.requestTimeoutMs);
}

void HttpServer::onReadyRead(Connection *connection)
{
    if (!connection->socket)
        return;
    const QByteArray data = connection->socket->readAll();
    if (connection->closing)
        return; // whatever follows a refusal is dropped
    if (m_buffered + data.size() > m_limits.maxBufferedBytes) {
        fail(connection, 503, "The server holds too much unfinished request data; try again shortly.");
        return;
    }
    const bool starting = connection->buffer.isEmpty();
    connection->append(data);
    if (starting)
        armTimer(connection); // the request's deadline runs from its first byte
    processBuffer(connection);
}

ParsedRequest HttpServer::parseRequest(const QByteArray &buffer)
{
    ParsedRequest parsed;
    const auto refuse = [&parsed](int status, const QByteArray &reason) {
        parsed.state = ParsedRequest::State::Refused;
        parsed.status = status;
        parsed.reason = reason;
        return parsed;
    };
    // Anything that does not start like an HTTP request line (a TLS ClientHello, binary junk)
    // is refused at once instead of waiting for a header end that never comes.
    for (qsizetype i = 0; i < buffer.size() && buffer.at(i) != ' '; ++i) {
        if (i >= 16 || buffer.at(i) < 'A' || buffer.at(i) > 'Z')
            return refuse(400, "This is an HTTP/1.1 server; the request does not look like HTTP.");
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return buffer.size() > MaxHeaderBytes ? refuse(431, "The request headers are too large.") : parsed;
    if (headerEnd > MaxHeaderBytes)
        return refuse(431, "The request headers are too large.");

    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine[0].isEmpty() || !requestLine[1].startsWith('/'))
        return refuse(400, "Malformed request line.");
    const QByteArray &version = requestLine[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refuse(505, "Only HTTP/1.1 is supported.");

    HttpRequest &request = parsed.request;
    request.method = requestLine[0];
    request.target = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refuse(400, "Malformed header line.");
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }

    if (request.headers.contains("transfer-encoding"))
        return refuse(411, "Chunked request bodies are not supported; send Content-Length.");
    qsizetype contentLength = 0;
    if (request.headers.contains("content-length")) {
        bool ok = false;
        contentLength = request.header("content-length").toLongLong(&ok);
        if (!ok || contentLength < 0)
            return refuse(400, "Invalid Content-Length.");
        if (contentLength > MaxBodyBytes)
            return refuse(413, "The request body is too large.");
    } else if (request.method == "POST" || request.method == "PUT" || request.method == "PATCH") {
        return refuse(411, "A request body needs a Content-Length header.");
    }
    const qsizetype total = headerEnd + 4 + contentLength;
    if (buffer.size() < total)
        return parsed; // the rest of the body is still on its way
    request.body = buffer.mid(headerEnd + 4, contentLength);

    const QUrl url = QUrl::fromEncoded(request.target);
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);

    const QByteArray connectionHeader = request.header("connection").toLower();
    parsed.closeAfter
        = connectionHeader.contains("close") || (version == "HTTP/1.0" && !connectionHeader.contains("keep-alive"));
    parsed.consumed = total;
    parsed.state = ParsedRequest::State::Complete;
    return parsed;
}

void HttpServer::processBuffer(Connection *connection)
{
    if (connection->busy || connection->closing || !connection->socket)
        return;
    const ParsedRequest parsed = parseRequest(connection->buffer);
    switch (parsed.state) {
    case ParsedRequest::State::Incomplete:
        return;
    case ParsedRequest::State::Refused:
        fail(connection, parsed.status, parsed.reason);
        return;
    case ParsedRequest::State::Complete:
        break;
    }
    connection->take(parsed.consumed);
    setBusy(connection, true);
    armTimer(connection);
    const HttpAction action = m_handler
        ? m_handler(parsed.request)
        : HttpAction {HttpAction::Kind::Respond, {404, "text/plain", {}, "no handler"}, 0, 0};
    perform(connection, action, parsed.closeAfter);
}

void HttpServer::perform(Connection *connection, const HttpAction &action, bool closeAfter)
{
    QPointer<Connection> guard(connection);
    auto act = [this, guard, action, closeAfter] {
        if (!guard || !guard->socket)
            return;
        QTcpSocket *socket = guard->socket;
        switch (action.kind) {
        case HttpAction::Kind::Respond:
            socket->write(serialize(action.response, closeAfter));
            finishExchange(guard, closeAfter);
            break;
        case HttpAction::Kind::Truncate: {
            QByteArray bytes = serialize(action.response, true);
            bytes.chop(action.response.body.size() - action.response.body.size() / 2);
            socket->write(bytes);
            guard->closing = true;
            socket->disconnectFromHost();
            break;
        }
        case HttpAction::Kind::Reset:
            guard->closing = true;
            resetSocket(socket);
            break;
        case HttpAction::Kind::Stall:
            guard->closing = true;
            QTimer::singleShot(action.stallMs, socket, [socket] { socket->abort(); });
            break;
        case HttpAction::Kind::EndlessHeaders:
        case HttpAction::Kind::EndlessBody:
        case HttpAction::Kind::Drip:
            misbehave(guard, action);
            break;
        }
    };
    if (action.delayMs > 0)
        QTimer::singleShot(action.delayMs, connection, act);
    else
        act();
}

void HttpServer::misbehave(Connection *connection, const HttpAction &action)
{
    // Until the client gives up and closes: the connection is never used for anything else.
    connection->closing = true;
    QTcpSocket *socket = connection->socket;
    QByteArray start;
    QByteArray rest;
    switch (action.kind) {
    case HttpAction::Kind::EndlessHeaders:
        start = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        break;
    case HttpAction::Kind::EndlessBody:
        start = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1099511627776\r\n\r\n"
                R"({"success":true,"errors":[],"messages":[],"result":{"padding":")";
        break;
    default: // Drip: the whole answer, one byte at a time
        rest = serialize(action.response, true);
        break;
    }
    socket->write(start);
    auto *timer = new QTimer(connection);
    const bool drip = action.kind == HttpAction::Kind::Drip;
    int line = 0;
    connect(timer, &QTimer::timeout, connection, [socket, timer, drip, rest, line, kind = action.kind]() mutable {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (drip) {
            if (rest.isEmpty()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(rest.left(1));
            rest.remove(0, 1);
        } else {
            // As fast as the client takes it: keep about a MiB queued.
            while (socket->bytesToWrite() < 1024LL * 1024) {
                socket->write(kind == HttpAction::Kind::EndlessHeaders
                        ? "X-Padding-" + QByteArray::number(++line) + ": " + QByteArray(1000, 'x') + "\r\n"
                        : QByteArray(qsizetype(64) * 1024, 'x'));
            }
        }
    });
    timer->start(drip ? action.dripMs : 1);
}

void HttpServer::setBusy(Connection *connection, bool busy)
{
    if (connection->busy == busy)
        return;
    connection->busy = busy;
    m_inFlight += busy ? 1 : -1;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
}

void HttpServer::finishExchange(Connection *connection, bool closeAfter)
{
    setBusy(connection, false);
    if (closeAfter) {
        connection->closing = true;
        connection->timer.stop();
        connection->socket->disconnectFromHost();
        return;
    }
    armTimer(connection);
    // A pipelined request may already be waiting in the buffer.
    if (!connection->buffer.isEmpty())
        QTimer::singleShot(0, connection, [this, connection] { processBuffer(connection); });
}

void HttpServer::fail(Connection *connection, int status, const QByteArray &message)
{
    HttpResponse response;
    response.status = status;
    response.body = R"({"success":false,"errors":[{"code":)" + QByteArray::number(status) + R"(,"message":")" + message
        + R"("}],"messages":[],"result":null})";
    connection->closing = true;
    connection->timer.stop();
    connection->clear();
    QTcpSocket *socket = connection->socket;
    socket->write(serialize(response, true));
    socket->disconnectFromHost();
    // A client that reads nothing cannot keep the connection open either.
    QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
}

QByteArray HttpServer::serialize(const HttpResponse &response, bool closeAfter)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Server: purgedesk-sandbox\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += response.body;
    return out;
}

void HttpServer::resetSocket(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout turns close() into a TCP reset.
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        struct linger option = {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
    socket->abort();
}

} // namespace PurgeDesk::Sandbox
