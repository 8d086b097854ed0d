// Cloudflare's JSON envelope, as the sandbox's answers wrap their results and errors.
#include "sandboxapi.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Sandbox {

namespace {

QByteArray envelope(bool success, const QJsonValue &result, const QList<ApiError> &errors = {},
    const QJsonObject &resultInfo = {}, const QJsonArray &messages = {})
{
    QJsonArray errorArray;
    for (const ApiError &error : errors) {
        QJsonObject object {{u"code"_s, error.code}, {u"message"_s, error.message}};
        if (!error.chain.isEmpty())
            object.insert(u"error_chain"_s, error.chain);
        errorArray.append(object);
    }
    QJsonObject root {
        {u"success"_s, success}, {u"errors"_s, errorArray}, {u"messages"_s, messages}, {u"result"_s, result}};
    if (!resultInfo.isEmpty())
        root.insert(u"result_info"_s, resultInfo);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

HttpResponse ok(const QJsonValue &result, const QJsonObject &resultInfo, const QJsonArray &messages)
{
    return {200, "application/json", {}, envelope(true, result, {}, resultInfo, messages)};
}

HttpResponse failure(int status, const QList<ApiError> &errors)
{
    return {status, "application/json", {}, envelope(false, QJsonValue::Null, errors)};
}

} // namespace PurgeDesk::Sandbox
