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

struct HttpServer::Connection : QObject
{
    explicit Connection(QTcpSocket *s)
        : socket(s)
    { }
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    bool busy = false; // a request is being answered
    bool closing = false;
};

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

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
        auto *connection = new Connection(socket);
        connection->setParent(socket);
        connect(socket, &QTcpSocket::readyRead, connection, [this, connection] {
            connection->buffer += connection->socket->readAll();
            processBuffer(connection);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(connection, &QObject::destroyed, this, [this, connection] {
            // A connection that goes away while a request waits for its answer is no longer in flight.
            if (connection->busy)
                --m_inFlight;
        });
    }
}

void HttpServer::processBuffer(Connection *connection)
{
    if (connection->busy || connection->closing || !connection->socket)
        return;
    // Anything that does not start like an HTTP request line (a TLS ClientHello, binary junk)
    // is refused at once instead of waiting for a header end that never comes.
    const QByteArray &buffer = connection->buffer;
    for (qsizetype i = 0; i < buffer.size() && buffer.at(i) != ' '; ++i) {
        if (i >= 16 || buffer.at(i) < 'A' || buffer.at(i) > 'Z') {
            fail(connection, 400, "This is an HTTP/1.1 server; the request does not look like HTTP.");
            return;
        }
    }
    const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (connection->buffer.size() > MaxHeaderBytes)
            fail(connection, 431, "The request headers are too large.");
        return;
    }
    if (headerEnd > MaxHeaderBytes) {
        fail(connection, 431, "The request headers are too large.");
        return;
    }

    const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine[0].isEmpty() || !requestLine[1].startsWith('/')) {
        fail(connection, 400, "Malformed request line.");
        return;
    }
    const QByteArray &version = requestLine[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        fail(connection, 505, "Only HTTP/1.1 is supported.");
        return;
    }

    HttpRequest request;
    request.method = requestLine[0];
    request.target = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(connection, 400, "Malformed header line.");
            return;
        }
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }

    if (request.headers.contains("transfer-encoding")) {
        fail(connection, 411, "Chunked request bodies are not supported; send Content-Length.");
        return;
    }
    qsizetype contentLength = 0;
    if (request.headers.contains("content-length")) {
        bool ok = false;
        contentLength = request.header("content-length").toLongLong(&ok);
        if (!ok || contentLength < 0) {
            fail(connection, 400, "Invalid Content-Length.");
            return;
        }
        if (contentLength > MaxBodyBytes) {
            fail(connection, 413, "The request body is too large.");
            return;
        }
    } else if (request.method == "POST" || request.method == "PUT" || request.method == "PATCH") {
        fail(connection, 411, "A request body needs a Content-Length header.");
        return;
    }
    const qsizetype total = headerEnd + 4 + contentLength;
    if (connection->buffer.size() < total)
        return; // wait for the rest of the body
    request.body = connection->buffer.mid(headerEnd + 4, contentLength);
    connection->buffer.remove(0, total);

    const QUrl url = QUrl::fromEncoded(request.target);
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);

    const QByteArray connectionHeader = request.header("connection").toLower();
    const bool closeAfter
        = connectionHeader.contains("close") || (version == "HTTP/1.0" && !connectionHeader.contains("keep-alive"));

    setBusy(connection, true);
    const HttpAction action = m_handler
        ? m_handler(request)
        : HttpAction {HttpAction::Kind::Respond, {404, "text/plain", {}, "no handler"}, 0, 0};
    perform(connection, action, closeAfter);
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
        }
    };
    if (action.delayMs > 0)
        QTimer::singleShot(action.delayMs, connection, act);
    else
        act();
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
        connection->socket->disconnectFromHost();
        return;
    }
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
    connection->buffer.clear();
    connection->socket->write(serialize(response, true));
    connection->socket->disconnectFromHost();
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
