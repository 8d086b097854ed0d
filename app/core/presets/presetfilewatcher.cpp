#include "presetfilewatcher.h"

#include "storage/appfiles.h"

#include <QDir>
#include <QFileInfo>

namespace PurgeDesk::Presets {

namespace {

constexpr int SettleMs = 200;

} // namespace

PresetFileWatcher::PresetFileWatcher(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_watcher(this)
    , m_settle(this)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &PresetFileWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
}

void PresetFileWatcher::expect(const QByteArray &content)
{
    m_expected = content;
    watch();
    // A change made between the owner's read or write and this call has no event left to report it.
    if (read() != m_expected)
        m_settle.start();
}

void PresetFileWatcher::check()
{
    m_settle.stop();
    watch(); // a replaced file is no longer watched; a created one is watched from now on
    const QByteArray content = read();
    if (content == m_expected)
        return;
    m_expected = content; // reported once
    Q_EMIT changedElsewhere();
}

void PresetFileWatcher::watch()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (QFileInfo::exists(m_path)) {
        m_watcher.addPath(m_path);
        if (!m_watcher.directories().isEmpty())
            m_watcher.removePaths(m_watcher.directories());
    } else if (const QString folder = QFileInfo(m_path).absolutePath();
               m_watcher.directories().isEmpty() && QDir().mkpath(folder)) {
        m_watcher.addPath(folder);
    }
}

QByteArray PresetFileWatcher::read() const
{
    QByteArray data;
    QString error;
    readWholeFile(m_path, &data, &error); // missing or unreadable: nothing to compare
    return data;
}

} // namespace PurgeDesk::Presets
