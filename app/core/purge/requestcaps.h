#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace PurgeDesk::Purge {

struct PurgeSpec;

// How many URLs one purge request may carry for an account, as Cloudflare's answers taught us.
// Cloudflare documents 100 (500 on Enterprise), but some older accounts still refuse more than
// 30. A refusal is learned once and kept on disk (shared by every PurgeDesk process of this user),
// so the next run plans with 30 from the start; after a week 100 is tried again, and whichever
// works is kept. Until an account's cap is known, a run sends its first URL request alone, so a
// 30-cap account costs at most one refused request.
class RequestCaps final
{
public:
    static constexpr int LegacyFilesCap = 30;
    static constexpr qint64 RememberMs = 7LL * 24 * 3600 * 1000;

    explicit RequestCaps(QString path);

    // The account's caps (kept in the cache folder); `accountKey` as the rate limiter's.
    static std::shared_ptr<RequestCaps> forAccount(const QString &accountKey);
    static QString defaultPath(const QString &accountKey);
    // Plans `spec` with the cap learned for its account (at `apiBase`), if one is.
    static void apply(PurgeSpec &spec, const QString &apiBase);

    // The URL cap to plan with: LegacyFilesCap when Cloudflare refused more within the last week,
    // else 0 (the plan's own).
    int filesCap(qint64 nowMs) const;
    // True when Cloudflare accepted more than LegacyFilesCap URLs, or refused them, within the week.
    bool knowsFilesCap(qint64 nowMs) const;
    // Cloudflare refused a request of more than LegacyFilesCap URLs as too long.
    void learnRefused(qint64 nowMs);
    // Cloudflare accepted a request of `urls` URLs. Written at most once an hour: the requests of a
    // run after the first neither read nor write the file.
    void noteAccepted(int urls, qint64 nowMs);

private:
    struct State
    {
        qint64 refusedMs = 0; // when more than LegacyFilesCap URLs were last refused
        qint64 acceptedMs = 0; // when more than LegacyFilesCap URLs were last accepted
    };
    static State stateOf(const QByteArray &contents);
    State read() const;
    void write(const State &state) const;

    QString m_path;
    qint64 m_acceptedKnownMs = 0; // the file said "accepted" then (this object read or wrote it)
};

} // namespace PurgeDesk::Purge
