#include "requestcaps.h"

#include "logging.h"
#include "purge/purgespec.h"
#include "storage/sharedstatefile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Purge {

namespace {
constexpr int Schema = 1;
}

RequestCaps::RequestCaps(QString path)
    : m_path(std::move(path))
{ }

QString RequestCaps::defaultPath(const QString &accountKey)
{
    const QByteArray name = QCryptographicHash::hash(accountKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(u"requestcaps/"_s + QString::fromLatin1(name) + u".json"_s);
}

std::shared_ptr<RequestCaps> RequestCaps::forAccount(const QString &accountKey)
{
    return std::make_shared<RequestCaps>(defaultPath(accountKey));
}

void RequestCaps::apply(PurgeSpec &spec, const QString &apiBase)
{
    if (spec.action != PurgeAction::Files)
        return;
    spec.filesCap = forAccount(apiBase + u'|' + spec.limiterKey())->filesCap(QDateTime::currentMSecsSinceEpoch());
}

int RequestCaps::filesCap(qint64 nowMs) const
{
    const State state = read();
    // Refused within the week, and not accepted since: plan with the legacy cap.
    return state.refusedMs > 0 && nowMs - state.refusedMs < RememberMs && state.refusedMs >= state.acceptedMs
        ? LegacyFilesCap
        : 0;
}

bool RequestCaps::knowsFilesCap(qint64 nowMs) const
{
    const State state = read();
    return nowMs - std::max(state.refusedMs, state.acceptedMs) < RememberMs;
}

void RequestCaps::learnRefused(qint64 nowMs)
{
    m_acceptedKnownMs = 0;
    State state = read();
    state.refusedMs = nowMs;
    write(state);
    qCInfo(lcApp) << "request caps: Cloudflare refused more than" << LegacyFilesCap << "URLs per request; using"
                  << LegacyFilesCap << "for a week";
}

void RequestCaps::noteAccepted(int urls, qint64 nowMs)
{
    constexpr qint64 FreshMs = 3600 * 1000LL;
    if (urls <= LegacyFilesCap || (m_acceptedKnownMs > 0 && nowMs - m_acceptedKnownMs < FreshMs))
        return; // known and fresh: no file read or write for every request
    State state = read();
    if (nowMs - state.acceptedMs < FreshMs && state.acceptedMs >= state.refusedMs) {
        m_acceptedKnownMs = state.acceptedMs;
        return;
    }
    state.acceptedMs = nowMs;
    write(state);
    m_acceptedKnownMs = nowMs;
}

RequestCaps::State RequestCaps::stateOf(const QByteArray &contents)
{
    State state;
    const QJsonObject root = QJsonDocument::fromJson(contents).object();
    if (root.value(u"schema"_s).toInt() != Schema)
        return state;
    state.refusedMs = root.value(u"files_refused_ms"_s).toInteger();
    state.acceptedMs = root.value(u"files_accepted_ms"_s).toInteger();
    return state;
}

RequestCaps::State RequestCaps::read() const
{
    // Under a shared lock: never a half-written file.
    return stateOf(SharedStateFile(m_path).read(200));
}

void RequestCaps::write(const State &state) const
{
    // Rewritten in place under a lock on the file, with no disk flush: this runs on the window's
    // thread as a request is answered. Each time is the later of this process's and the file's, so
    // what another process learned since read() is kept. A cache: a lost write is taught again by
    // the next refusal.
    SharedStateFile file(m_path);
    const auto merged = [&state](const QByteArray &contents) {
        const State saved = stateOf(contents);
        return QJsonDocument(
            QJsonObject {{u"schema"_s, Schema}, {u"files_refused_ms"_s, std::max(state.refusedMs, saved.refusedMs)},
                {u"files_accepted_ms"_s, std::max(state.acceptedMs, saved.acceptedMs)}})
            .toJson(QJsonDocument::Compact);
    };
    if (file.update(2000, merged) != SharedStateFile::Update::Written)
        qCDebug(lcApp) << "request caps: could not be written:" << file.error();
}

} // namespace PurgeDesk::Purge
