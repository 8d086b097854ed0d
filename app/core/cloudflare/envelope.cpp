#include "envelope.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Cloudflare {

namespace {

// A JSON number as an int. Out-of-range values saturate: casting them would be undefined
// behaviour (an error code of 1e109 was seen by the fuzzer).
int saturatedInt(double value)
{
    if (std::isnan(value))
        return 0;
    return int(std::clamp(value, double(std::numeric_limits<int>::min()), double(std::numeric_limits<int>::max())));
}

bool readMessages(const QJsonValue &value, QList<Message> *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const auto &item : value.toArray()) {
        if (item.isString()) { // seen in the wild: a bare string instead of an object
            out->append({0, item.toString()});
            continue;
        }
        if (!item.isObject())
            return false;
        const QJsonObject object = item.toObject();
        const QJsonValue code = object.value(u"code"_s);
        Message message;
        message.code = code.isDouble() ? saturatedInt(code.toDouble()) : code.toString().toInt();
        message.message = object.value(u"message"_s).toString();
        out->append(message);
        if (!readMessages(object.value(u"error_chain"_s), out))
            return false;
    }
    return true;
}

int readInt(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? saturatedInt(value.toDouble()) : 0;
}

} // namespace

bool parseEnvelope(const QByteArray &body, Envelope *envelope, QString *problem)
{
    *envelope = {};
    if (body.trimmed().isEmpty()) {
        *problem = u"empty body"_s;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray start = body.trimmed().left(15).toLower();
        *problem = (start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith('<'))
            ? u"an HTML page, not JSON"_s
            : u"invalid JSON: %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *problem = u"JSON that is not an object"_s;
        return false;
    }
    const QJsonObject root = document.object();
    if (!root.value(u"success"_s).isBool()) {
        *problem = u"JSON without a true/false \"success\""_s;
        return false;
    }
    envelope->success = root.value(u"success"_s).toBool();
    if (!readMessages(root.value(u"errors"_s), &envelope->errors)
        || !readMessages(root.value(u"messages"_s), &envelope->messages)) {
        *problem = u"malformed \"errors\" or \"messages\""_s;
        return false;
    }
    envelope->result = root.value(u"result"_s);

    const QJsonValue info = root.value(u"result_info"_s);
    if (info.isObject()) {
        const QJsonObject object = info.toObject();
        envelope->hasResultInfo = true;
        envelope->page = readInt(object, u"page"_s);
        envelope->perPage = readInt(object, u"per_page"_s);
        envelope->count = readInt(object, u"count"_s);
        envelope->totalCount = readInt(object, u"total_count"_s);
        envelope->totalPages = readInt(object, u"total_pages"_s);
        if (!object.contains(u"total_pages"_s) && envelope->perPage > 0)
            envelope->totalPages = saturatedInt(std::ceil(double(envelope->totalCount) / envelope->perPage));
    }
    return true;
}

ApiError classifyResponse(int httpStatus, const QByteArray &body, int retryAfterSeconds, Envelope *envelope)
{
    ApiError error;
    error.httpStatus = httpStatus;
    QString problem;
    const bool parsed = parseEnvelope(body, envelope, &problem);
    if (parsed)
        error.errors = envelope->errors;

    if (httpStatus == 429) {
        error.kind = ApiError::Kind::RateLimited;
        error.retryAfterSeconds = retryAfterSeconds;
        return error;
    }
    if (httpStatus >= 500) {
        error.kind = ApiError::Kind::Server;
        if (!parsed)
            error.detail = problem;
        return error;
    }
    if (!parsed) {
        error.kind = ApiError::Kind::BadResponse;
        error.detail = problem;
        return error;
    }
    if (envelope->success && httpStatus >= 200 && httpStatus < 300) {
        error.kind = ApiError::Kind::None;
        return error;
    }
    error.kind = ApiError::Kind::Api;
    return error;
}

int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Seconds. A number too large for an int is still a request to wait (very long): saturate.
        bool ok = false;
        const qulonglong seconds = trimmed.toULongLong(&ok);
        return ok && seconds <= qulonglong(std::numeric_limits<int>::max()) ? int(seconds)
                                                                            : std::numeric_limits<int>::max();
    }
    // An HTTP date ("Sun, 22 Nov 2026 10:00:30 GMT"); Qt's RFC 2822 parser wants a numeric zone.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(u" GMT"_s) || date.endsWith(u" UTC"_s))
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(nowUtc.secsTo(when), 0, std::numeric_limits<int>::max()));
}

} // namespace PurgeDesk::Cloudflare
