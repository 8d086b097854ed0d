#include "desktopnotifier.h"

#include "appinfo.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QVariantMap>
#include <QWidget>

#ifdef PURGEDESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

using namespace Qt::Literals::StringLiterals;

namespace PurgeDesk::Gui {

namespace {
#ifdef PURGEDESK_HAVE_DBUS
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
#endif
} // namespace

DesktopNotifier::DesktopNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
#ifdef PURGEDESK_HAVE_DBUS
    QDBusConnection::sessionBus().connect(
        kService, kPath, kInterface, u"ActionInvoked"_s, this, SLOT(actionInvoked(uint, QString)));
#endif
}

DesktopNotifier::~DesktopNotifier()
{
    setProgress(-1);
}

void DesktopNotifier::notify(const QString &title, const QString &body, bool problem)
{
#ifdef PURGEDESK_HAVE_DBUS
    if (QDBusConnection::sessionBus().isConnected()) {
        QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
        QVariantMap hints;
        hints.insert(u"desktop-entry"_s, applicationId());
        hints.insert(u"urgency"_s, QVariant::fromValue(uchar(problem ? 2 : 1)));
        call << QCoreApplication::applicationName() << m_lastId << applicationId() << title << body
             << QStringList {u"default"_s, tr("Show PurgeDesk")} << hints << int(-1);
        auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            const QDBusPendingReply<uint> reply = *finished;
            if (reply.isValid())
                m_lastId = reply.value();
        });
        return;
    }
#endif
    // Elsewhere (or with no session bus): the system tray's balloon, where there is a tray.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifier::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, &DesktopNotifier::activated);
    }
    m_tray->show();
    m_tray->showMessage(title, body, problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void DesktopNotifier::setProgress(double progress)
{
    // Whole percents: the taskbar needs no more, and the bus no more traffic.
    if ((progress < 0) == (m_progress < 0) && qRound(progress * 100) == qRound(m_progress * 100))
        return;
    const bool wasShown = m_progress >= 0;
    m_progress = progress;
    if (progress < 0 && !wasShown)
        return;
#ifdef PURGEDESK_HAVE_DBUS
    if (!QDBusConnection::sessionBus().isConnected())
        return;
    QDBusMessage update = QDBusMessage::createSignal(
        u"/io/github/purgedesk/PurgeDesk"_s, u"com.canonical.Unity.LauncherEntry"_s, u"Update"_s);
    QVariantMap properties;
    properties.insert(u"progress-visible"_s, progress >= 0);
    if (progress >= 0)
        properties.insert(u"progress"_s, qBound(0.0, progress, 1.0));
    update << u"application://%1.desktop"_s.arg(applicationId()) << properties;
    QDBusConnection::sessionBus().send(update);
#endif
}

void DesktopNotifier::actionInvoked(uint id, const QString &action)
{
    Q_UNUSED(action);
    if (id == m_lastId && m_lastId != 0)
        Q_EMIT activated();
}

} // namespace PurgeDesk::Gui
