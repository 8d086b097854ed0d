#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace PurgeDesk::Gui {

// Tells the desktop about the window's long work: a notification when something finishes while the
// user looks elsewhere (freedesktop Notifications over D-Bus on Linux, the system tray's balloon
// elsewhere), and the progress on the window's taskbar entry where the desktop shows one (the
// Unity LauncherEntry API, which KDE Plasma, Ubuntu's dock and Dash to Dock read). A click on the
// notification brings the window back.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QWidget *window);
    ~DesktopNotifier() override;

    void notify(const QString &title, const QString &body, bool problem);
    // 0..1 shows the progress on the taskbar entry; a negative value hides it.
    void setProgress(double progress);

Q_SIGNALS:
    // The user clicked the notification.
    void activated();

private Q_SLOTS:
    void actionInvoked(uint id, const QString &action);

private:
    QWidget *m_window;
    QPointer<QSystemTrayIcon> m_tray;
    uint m_lastId = 0;
    double m_progress = -1;
};

} // namespace PurgeDesk::Gui
