#pragma once

#include <QNetworkProxy>
#include <QString>

namespace PurgeDesk {

// Edit > Settings, stored in settings.ini: how the application reaches Cloudflare, and how long
// the history keeps purges. The proxy password is not here: it lives in the keychain under
// proxyPasswordKey().
struct NetworkSettings
{
    enum class Proxy { System, None, Manual };

    static constexpr int MinTimeoutSeconds = 5;
    static constexpr int MaxTimeoutSeconds = 300;
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MaxConcurrency = 6; // HTTP/1.1: Qt opens at most 6 connections per host
    static constexpr int DefaultConcurrency = 6;

    QString apiBase; // empty: Cloudflare's (or PURGEDESK_API_BASE)
    int timeoutSeconds = DefaultTimeoutSeconds;
    int concurrency = DefaultConcurrency;
    Proxy proxy = Proxy::System;
    QString proxyHost;
    int proxyPort = 8080;
    QString proxyUser;
    // Purges older than this many days are removed from the history when the window opens it
    // (HistoryService::ensureOpen()); 0 keeps them all.
    int historyRetentionDays = 0;
    static constexpr int MaxHistoryRetentionDays = 3650;

    static NetworkSettings load();
    void save() const;

    static QString proxyPasswordKey();
    // The proxy to give the API client (DefaultProxy: the system's configuration).
    QNetworkProxy networkProxy(const QString &password) const;
};

} // namespace PurgeDesk
