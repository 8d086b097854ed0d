#pragma once

// Shared by the sandbox's API handlers: Cloudflare's error codes, who is asking, answers in its envelope.

#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace PurgeDesk::Sandbox {

// Error codes and messages as Cloudflare sends them where known (see shared/cloudflare-api.md);
// 1012-1014 are the sandbox's own for body validation (Cloudflare publishes no catalogue).
namespace Code {
constexpr int InvalidToken = 1000;
constexpr int PerPage = 1004;
constexpr int Selector = 1012;
constexpr int InvalidItem = 1013;
constexpr int TooManyItems = 1014;
constexpr int InvalidHeaders = 6003;
constexpr int MalformedJson = 6007;
constexpr int BadAuthKeyFormat = 6103;
constexpr int BadAuthorizationFormat = 6111;
constexpr int NoRoute = 7000;
constexpr int MethodNotAllowed = 7001;
constexpr int CouldNotRoute = 7003;
constexpr int RateLimited = 971;
constexpr int UnknownKey = 9103;
constexpr int MissingAuth = 9106;
constexpr int Unauthorized = 9109;
constexpr int AuthenticationError = 10000;
} // namespace Code

// Who is asking: an API token or a global key.
struct SandboxServer::Principal
{
    const Token *token = nullptr; // API token auth
    const GlobalKey *key = nullptr; // global key auth
    QString name() const; // "token:<id>" or "key:<email>"
};

struct ApiError
{
    int code;
    QString message;
    QJsonArray chain = {};
};

// A success: `result` in Cloudflare's envelope (with result_info and messages when given).
HttpResponse ok(const QJsonValue &result, const QJsonObject &resultInfo = {}, const QJsonArray &messages = {});
// A failure with its status and errors, in Cloudflare's envelope.
HttpResponse failure(int status, const QList<ApiError> &errors);

} // namespace PurgeDesk::Sandbox
