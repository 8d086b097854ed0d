#pragma once

// Helpers shared by the widget tests.

#include <QApplication>
#include <QDir>
#include <QWidget>

namespace PurgeDesk::Test {

// The child widget named `name` (warns when there is none, so a renamed control fails loudly).
template<typename T>
T *child(const QWidget &window, const QString &name)
{
    auto *found = window.findChild<T *>(name);
    if (!found)
        qWarning("no child named %s", qPrintable(name));
    return found;
}

// With PURGEDESK_SCREENSHOT_DIR set, saves what the window looks like in this state (for review
// and the README); otherwise does nothing.
inline void snapshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("PURGEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace PurgeDesk::Test
