#include "networksettings.h"

#include "storage/appfiles.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk {

namespace {
const QString kApiBase = u"Network/apiBase"_s;
const QString kTimeout = u"Network/timeoutSeconds"_s;
const QString kConcurrency = u"Network/concurrency"_s;
const QString kProxy = u"Network/proxy"_s;
const QString kProxyHost = u"Network/proxyHost"_s;
const QString kProxyPort = u"Network/proxyPort"_s;
const QString kProxyUser = u"Network/proxyUser"_s;
const QString kHistoryRetention = u"History/retentionDays"_s;

QString proxyName(NetworkSettings::Proxy proxy)
{
    switch (proxy) {
    case NetworkSettings::Proxy::None:
        return u"none"_s;
    case NetworkSettings::Proxy::Manual:
        return u"manual"_s;
    case NetworkSettings::Proxy::System:
        break;
    }
    return u"system"_s;
}
} // namespace

NetworkSettings NetworkSettings::load()
{
    const QSettings settings = appSettings();
    NetworkSettings s;
    s.apiBase = settings.value(kApiBase).toString().trimmed();
    s.timeoutSeconds
        = qBound(MinTimeoutSeconds, settings.value(kTimeout, DefaultTimeoutSeconds).toInt(), MaxTimeoutSeconds);
    s.concurrency = qBound(1, settings.value(kConcurrency, DefaultConcurrency).toInt(), MaxConcurrency);
    const QString proxy = settings.value(kProxy).toString();
    s.proxy = proxy == u"none"_s ? Proxy::None : proxy == u"manual"_s ? Proxy::Manual : Proxy::System;
    s.proxyHost = settings.value(kProxyHost).toString();
    s.proxyPort = qBound(1, settings.value(kProxyPort, 8080).toInt(), 65535);
    s.proxyUser = settings.value(kProxyUser).toString();
    s.historyRetentionDays = qBound(0, settings.value(kHistoryRetention, 0).toInt(), MaxHistoryRetentionDays);
    return s;
}

void NetworkSettings::save() const
{
    QSettings settings = appSettings();
    settings.setValue(kApiBase, apiBase);
    settings.setValue(kTimeout, timeoutSeconds);
    settings.setValue(kConcurrency, concurrency);
    settings.setValue(kProxy, proxyName(proxy));
    settings.setValue(kProxyHost, proxyHost);
    settings.setValue(kProxyPort, proxyPort);
    settings.setValue(kProxyUser, proxyUser);
    settings.setValue(kHistoryRetention, historyRetentionDays);
}

QString NetworkSettings::proxyPasswordKey()
{
    return u"proxy/password"_s;
}

QNetworkProxy NetworkSettings::networkProxy(const QString &password) const
{
    switch (proxy) {
    case Proxy::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Proxy::Manual:
        return QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost, quint16(proxyPort), proxyUser, password);
    case Proxy::System:
        break;
    }
    return QNetworkProxy(QNetworkProxy::DefaultProxy);
}

} // namespace PurgeDesk
